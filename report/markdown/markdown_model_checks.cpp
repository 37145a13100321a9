#include "report/markdown/markdown_model_checks.hpp"

#include <cmath>
#include <functional>

#include "engine/errors.hpp"
#include "report/common/markdown_table.hpp"
#include "report/common/number_format.hpp"
#include "report/fit/model_check_notes.hpp"
#include "report/fit/model_check_summaries.hpp"
#include "report/common/report_messages.hpp"

namespace jalur::report {

namespace {

constexpr const char* kNone = "—";  // a value that could not be computed

std::string apa(double value) { return std::isfinite(value) ? apa_decimal(value) : kNone; }

std::string note(Language language, std::string_view text) {
    return "*" + std::string(label(language, "Note")) + ".* " + markdown_text(text) + "\n\n";
}

// A matrix as a table: one row per `rows` name, one column per `columns` name, cells from `cell(i, j)`
// (empty above the diagonal of a lower triangle is the caller's choice).
MarkdownTable matrix_table(const std::vector<std::string>& rows, const std::vector<std::string>& columns,
                           const std::function<std::string(std::size_t, std::size_t)>& cell) {
    MarkdownTable table{{""}, {false}, {}};
    for (const auto& name : columns) {
        table.header.push_back(markdown_text(name));
        table.right_aligned.push_back(true);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::vector<std::string> cells{markdown_text(rows[i])};
        for (std::size_t j = 0; j < columns.size(); ++j) cells.push_back(cell(i, j));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

double at(const Eigen::MatrixXd& m, std::size_t i, std::size_t j) {
    return m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
}

}  // namespace

std::string markdown_validity_section(const ConstructValidity& v, Language language) {
    auto L = [&](std::string_view english) { return std::string(label(language, english)); };
    std::string out = "## " + L("Construct reliability and validity") + "\n\n";
    if (!v.factors.empty()) {
        MarkdownTable table{{L("Factor"), L("Indicators"), "Omega (ω)", L("Composite reliability (CR)"),
                             L("Average variance extracted (AVE)"), "√AVE", "Fornell–Larcker"},
                            {false, false, true, true, true, true, false},
                            {}};
        std::vector<std::string> names;
        for (std::size_t i = 0; i < v.factors.size(); ++i) {
            const auto& f = v.factors[i];
            names.push_back(f.factor);
            table.rows.push_back({markdown_text(f.factor), markdown_text(join(f.indicators)), apa(f.omega),
                                  apa(f.composite_reliability), apa(f.ave), apa(std::sqrt(f.ave)),
                                  std::isnan(f.ave) ? kNone : L(v.fornell_larcker_holds(i) ? "holds" : "violated")});
        }
        out += render_markdown_table(table) + note(language, label(language, kValidityNote));

        const Eigen::MatrixXd fornell_larcker = v.fornell_larcker();
        out += "### " + L("Fornell–Larcker criterion") + "\n\n" +
               render_markdown_table(matrix_table(names, names, [&](std::size_t i, std::size_t j) {
                   return j <= i ? apa(at(fornell_larcker, i, j)) : std::string();
               })) +
               note(language, label(language, kFornellLarckerNote));
        if (names.size() > 1) {  // below the diagonal only: HTMT of a factor with itself is 1 by definition
            const std::vector<std::string> rows(names.begin() + 1, names.end()), columns(names.begin(), names.end() - 1);
            out += "### " + L("Heterotrait–monotrait ratio (HTMT)") + "\n\n" +
                   render_markdown_table(matrix_table(rows, columns, [&](std::size_t i, std::size_t j) {
                       return j <= i ? apa(at(v.htmt, i + 1, j)) : std::string();
                   })) +
                   note(language, label(language, kHtmtNote));
        }
    }
    for (const auto& engine_note : v.notes) out += note(language, report_message(language, engine_note));
    return out;
}

std::string markdown_modification_indices_section(const std::vector<ModificationIndex>& indices, double min_mi,
                                                  Language language) {
    const std::string threshold = mi_threshold_text(min_mi);
    std::string out = "## " + std::string(label(language, "Modification indices")) + "\n\n";
    if (indices.empty())
        return out + markdown_text(label(language, "No modification indices: no parameter the model fixes at zero "
                                                   "could be freed and estimated.")) +
               "\n\n";
    const auto listed = listed_modification_indices(indices, min_mi);
    if (listed.empty())
        return out + markdown_text(format_label(language,
                                                indices.size() == 1
                                                    ? "No modification index reaches {} ({} candidate parameter)."
                                                    : "No modification index reaches {} ({} candidate parameters).",
                                                threshold, indices.size())) +
               "\n\n";
    MarkdownTable table{{"lhs", "op", "rhs", "MI", "EPC", std::string(label(language, "Std. EPC"))},
                        {false, false, false, true, true, true},
                        {}};
    for (const ModificationIndex* m : listed)
        table.rows.push_back({markdown_text(m->lhs), markdown_text(op_symbol(m->op)), markdown_text(m->rhs),
                              fixed_number(m->mi, 2), fixed_number(m->epc, 3), fixed_number(m->sepc_all, 3)});
    std::string text = format_label(language, kModificationIndicesNote, threshold);
    if (listed.size() < indices.size())
        text += " " + format_label(language, "{} of {} candidate parameters have MI < {} and are not listed.",
                                   indices.size() - listed.size(), indices.size(), threshold);
    return out + render_markdown_table(table) + note(language, text);
}

std::string markdown_residuals_section(const Residuals& residuals, const std::vector<std::string>& observed,
                                       Language language) {
    const Eigen::MatrixXd& z = residuals.standardized;
    std::string out = "## " + std::string(label(language, "Standardized residuals")) + "\n\n";
    if (const auto summary = summarize_standardized_residuals(z, observed))
        out += markdown_text(format_label(language, kLargestResidualLine, fixed_number(summary->largest, 2),
                                          summary->row, summary->column, summary->large, summary->finite)) +
               "\n\n";
    out += render_markdown_table(matrix_table(observed, observed, [&](std::size_t i, std::size_t j) {
        if (j > i) return std::string();
        const double value = at(z, i, j);
        if (!std::isfinite(value)) return std::string(kNone);
        const std::string text = fixed_number(value, 2);
        return std::abs(value) > kLargeStandardizedResidual ? "**" + text + "**" : text;
    }));
    return out + note(language, label(language, kResidualsNote));
}

std::string markdown_wald_tests_section(const ConstraintWaldTests& tests, Language language) {
    MarkdownTable table{{std::string(label(language, "Constraint")), "lhs − rhs", "*W*", "*df*", "*p*"},
                        {false, true, true, true, true},
                        {}};
    for (const WaldTableRow& row : wald_table_rows(tests, language)) {
        const ConstraintWaldTest& t = *row.test;
        table.rows.push_back({markdown_text(row.name), std::isfinite(t.value) ? fixed_number(t.value, 3) : "",
                              fixed_number(t.statistic, 2), std::to_string(t.df), apa_p_value(t.pvalue)});
    }
    return "## " + std::string(label(language, "Wald tests of the constraints")) + "\n\n" +
           render_markdown_table(table) + note(language, label(language, kWaldTestsNote));
}

}  // namespace jalur::report

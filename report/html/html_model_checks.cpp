#include "report/html/html_model_checks.hpp"

#include <cmath>
#include <functional>

#include "engine/errors.hpp"
#include "report/common/html_text.hpp"
#include "report/common/number_format.hpp"
#include "report/fit/model_check_notes.hpp"
#include "report/fit/model_check_summaries.hpp"
#include "report/html/html_sections.hpp"
#include "report/common/report_messages.hpp"

namespace jalur::report {

namespace {

constexpr const char* kNone = "—";  // a value that could not be computed

std::string number(double value) { return std::isfinite(value) ? fixed_number(value, 3) : kNone; }

std::string note(std::string_view text) { return html_element("p", html_escape(text), "class=\"note\"") + "\n"; }

// A matrix with named rows and columns; `cell(i, j)` gives the HTML of each cell.
std::string matrix_table(const std::vector<std::string>& rows, const std::vector<std::string>& columns,
                         const std::function<std::string(std::size_t, std::size_t)>& cell) {
    std::vector<std::string> header{""};
    header.insert(header.end(), columns.begin(), columns.end());
    std::vector<std::vector<std::string>> body;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::vector<std::string> cells{html_text_cell(rows[i])};
        for (std::size_t j = 0; j < columns.size(); ++j) cells.push_back(cell(i, j));
        body.push_back(std::move(cells));
    }
    return html_table(header, body);
}

double at(const Eigen::MatrixXd& m, std::size_t i, std::size_t j) {
    return m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
}

// Lower triangle (diagonal included) of a factors × factors or variables × variables matrix.
std::function<std::string(std::size_t, std::size_t)> lower_cells(const Eigen::MatrixXd& m, std::size_t row_offset = 0) {
    return [&m, row_offset](std::size_t i, std::size_t j) {
        return j <= i ? html_number_cell(number(at(m, i + row_offset, j))) : html_element("td", "");
    };
}

}  // namespace

std::string html_validity_section(const ReportContext& context) {
    if (!context.validity) return {};
    const ConstructValidity& v = *context.validity;
    const Language lang = context.language;
    auto L = [&](std::string_view english) { return std::string(label(lang, english)); };
    std::string out = html_section_heading(context, "Construct reliability and validity", "validity");
    if (!v.factors.empty()) {
        std::vector<std::string> names;
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < v.factors.size(); ++i) {
            const auto& f = v.factors[i];
            names.push_back(f.factor);
            const std::string indicators = join(f.indicators);
            const bool holds = v.fornell_larcker_holds(i);
            rows.push_back({html_text_cell(f.factor), html_text_cell(indicators), html_number_cell(number(f.omega)),
                            html_number_cell(number(f.composite_reliability)), html_number_cell(number(f.ave)),
                            html_number_cell(number(std::sqrt(f.ave))),
                            std::isnan(f.ave) ? html_text_cell(kNone)
                                              : html_element("td", html_escape(L(holds ? "holds" : "violated")),
                                                             holds ? "" : "class=\"ns\"")});
        }
        out += html_table({L("Factor"), L("Indicators"), "Omega (ω)", L("Composite reliability (CR)"),
                           L("Average variance extracted (AVE)"), "√AVE", "Fornell–Larcker"},
                          rows) +
               note(label(lang, kValidityNote));
        const Eigen::MatrixXd fornell_larcker = v.fornell_larcker();
        out += html_element("h3", html_escape(L("Fornell–Larcker criterion"))) + "\n" +
               matrix_table(names, names, lower_cells(fornell_larcker)) + note(label(lang, kFornellLarckerNote));
        if (names.size() > 1) {  // below the diagonal only: HTMT of a factor with itself is 1 by definition
            const std::vector<std::string> rows_below(names.begin() + 1, names.end()),
                columns(names.begin(), names.end() - 1);
            out += html_element("h3", html_escape(L("Heterotrait–monotrait ratio (HTMT)"))) + "\n" +
                   matrix_table(rows_below, columns, lower_cells(v.htmt, 1)) + note(label(lang, kHtmtNote));
        }
    }
    for (const auto& engine_note : v.notes) out += note(report_message(lang, engine_note));
    return out;
}

std::string html_modification_indices_section(const ReportContext& context) {
    if (!context.modification_indices) return {};
    const auto& indices = *context.modification_indices;
    const Language lang = context.language;
    const std::string threshold = mi_threshold_text(context.mi_min);
    std::string out = html_section_heading(context, "Modification indices", "mi");
    if (indices.empty())
        return out + note(label(lang, "No modification indices: no parameter the model fixes at zero could be "
                                      "freed and estimated."));
    const auto listed = listed_modification_indices(indices, context.mi_min);
    if (listed.empty())
        return out + note(format_label(lang,
                                       indices.size() == 1 ? "No modification index reaches {} ({} candidate parameter)."
                                                           : "No modification index reaches {} ({} candidate parameters).",
                                       threshold, indices.size()));
    std::vector<std::vector<std::string>> rows;
    for (const ModificationIndex* m : listed)
        rows.push_back({html_text_cell(m->lhs + " " + op_symbol(m->op) + " " + m->rhs), html_number_cell(number(m->mi)),
                        html_number_cell(number(m->epc)), html_number_cell(number(m->sepc_all))});
    std::string text = format_label(lang, kModificationIndicesNote, threshold);
    if (listed.size() < indices.size())
        text += " " + format_label(lang, "{} of {} candidate parameters have MI < {} and are not listed.",
                                   indices.size() - listed.size(), indices.size(), threshold);
    return out + html_table({std::string(label(lang, "Parameter")), "MI", "EPC", std::string(label(lang, "Std. EPC"))},
                            rows) +
           note(text);
}

std::string html_residuals_section(const FitResult& result, const ReportContext& context) {
    if (!context.residuals) return {};
    const Eigen::MatrixXd& z = context.residuals->standardized;
    const Language lang = context.language;
    std::string out = html_section_heading(context, "Standardized residuals", "residuals");
    if (const auto summary = summarize_standardized_residuals(z, result.observed))
        out += html_element("p", html_escape(format_label(lang, kLargestResidualLine, number(summary->largest),
                                                          summary->row, summary->column, summary->large,
                                                          summary->finite)),
                            "class=\"summary\"") +
               "\n";
    out += matrix_table(result.observed, result.observed, [&](std::size_t i, std::size_t j) {
        if (j > i) return html_element("td", "");
        const double value = at(z, i, j);
        return html_number_cell(number(value), std::abs(value) > kLargeStandardizedResidual ? "large" : "");
    });
    return out + note(label(lang, kResidualsNote));
}

std::string html_wald_tests_section(const ReportContext& context) {
    if (!context.wald_tests) return {};
    const Language lang = context.language;
    std::vector<std::vector<std::string>> rows;
    for (const WaldTableRow& row : wald_table_rows(*context.wald_tests, lang)) {
        const ConstraintWaldTest& t = *row.test;
        rows.push_back({html_text_cell(row.name), html_number_cell(std::isfinite(t.value) ? number(t.value) : ""),
                        html_number_cell(number(t.statistic)), html_number_cell(std::to_string(t.df)),
                        html_number_cell(apa_p_value(t.pvalue))});
    }
    return html_section_heading(context, "Wald tests of the constraints", "wald") +
           html_table({std::string(label(lang, "Constraint")), "lhs − rhs", "W", "df", "p"}, rows) +
           note(label(lang, kWaldTestsNote));
}

}  // namespace jalur::report

#include "report/text/text_model_checks.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/fit/model_check_summaries.hpp"
#include "report/text/lisrel_matrix.hpp"
#include "report/text/text_section.hpp"
#include "report/text/text_variables.hpp"

namespace jalur::report {

namespace {

// Lines "label = value", labels right-aligned on "=", values right-aligned too.
std::string aligned_lines(const std::vector<std::pair<std::string, std::string>>& lines) {
    std::size_t label_width = 0, value_width = 0;
    for (const auto& [label, value] : lines) {
        label_width = std::max(label_width, display_width(label));
        value_width = std::max(value_width, display_width(value));
    }
    std::string out;
    for (const auto& [label, value] : lines)
        out += " " + pad_left(label, label_width) + " = " + pad_left(value, value_width) + "\n";
    return out;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// One residual matrix (lower triangle) and LISREL's "Summary Statistics for <kind> Residuals".
std::string residual_section(std::string_view english_kind, const Eigen::MatrixXd& m,
                             const std::vector<std::string>& observed, const std::vector<std::string>& names,
                             Language lang) {
    const std::string_view kind = label(lang, english_kind);
    LisrelMatrix matrix{format_label(lang, "{} Residuals", kind), "", names, names, {}, true};
    std::vector<double> values;  // the finite values of the lower triangle, diagonal included
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::vector<std::optional<MatrixEntry>> row;
        for (std::size_t j = 0; j < names.size(); ++j) {
            const double value = element(observed, m, names[i], names[j]);
            if (!std::isfinite(value)) {
                row.emplace_back();
                continue;
            }
            row.emplace_back(MatrixEntry{value, kNaN, kNaN});
            if (j <= i) values.push_back(value);
        }
        matrix.entries.push_back(std::move(row));
    }
    std::string out = render_matrix(matrix);
    if (values.empty()) return out;
    out += section_title(format_label(lang, "Summary Statistics for {} Residuals", kind));
    const auto [smallest, largest] = std::minmax_element(values.begin(), values.end());
    out += aligned_lines({{format_label(lang, "Smallest {} Residual", kind), lisrel_number(*smallest)},
                          {format_label(lang, "Median {} Residual", kind), lisrel_number(median(values))},
                          {format_label(lang, "Largest {} Residual", kind), lisrel_number(*largest)}});
    return out + "\n";
}

}  // namespace

std::string residual_sections(const Residuals& residuals, const std::vector<std::string>& observed,
                              const std::vector<std::string>& names, Language language) {
    return residual_section("Fitted", residuals.raw, observed, names, language) +
           residual_section("Standardized", residuals.standardized, observed, names, language) +
           residual_section("Normalized", residuals.normalized, observed, names, language);
}

std::string modification_index_section(const std::vector<ModificationIndex>& indices, double min_mi,
                                       Language language) {
    const std::vector<const ModificationIndex*> shown = listed_modification_indices(indices, min_mi);
    const std::string threshold = mi_threshold_text(min_mi);
    std::string out = section_title(label(language, "Modification Indices"));
    if (indices.empty())
        return out + " " +
               std::string(label(language, "No modification indices: no parameter the model fixes at zero could be "
                                           "freed and estimated.")) +
               "\n\n";
    if (shown.empty())
        return out + " " +
               format_label(language,
                            indices.size() == 1 ? "No modification index reaches {} ({} candidate parameter)."
                                                : "No modification index reaches {} ({} candidate parameters).",
                            threshold, indices.size()) +
               "\n\n";

    out += " " + format_label(language, "The Modification Indices Suggest to Add (MI >= {}, largest first)", threshold) +
           "\n\n";
    std::vector<std::vector<std::string>> rows{{"lhs", "op", "rhs", "mi", "epc", "sepc.lv", "sepc.all"}};
    for (const ModificationIndex* m : shown)
        rows.push_back({m->lhs, op_symbol(m->op), m->rhs, fixed_number(m->mi, 3), fixed_number(m->epc, 3),
                        fixed_number(m->sepc_lv, 3), fixed_number(m->sepc_all, 3)});
    out += render_columns(rows, {false, false, false, true, true, true, true}, 2);
    const std::size_t below = indices.size() - shown.size();
    if (below > 0)
        out += "\n " +
               format_label(language, "{} of {} candidate parameters have MI < {} and are not listed.", below,
                            indices.size(), threshold) +
               "\n";
    return out + "\n";
}

std::string wald_test_section(const ConstraintWaldTests& tests, Language language) {
    std::string out = section_title(label(language, "Wald Tests of the Constraints"));
    std::vector<std::vector<std::string>> rows{
        {std::string(label(language, "Constraint")), "lhs - rhs", "W", "df", "p"}};
    for (const WaldTableRow& row : wald_table_rows(tests, language)) {
        const ConstraintWaldTest& t = *row.test;
        rows.push_back({row.name, std::isfinite(t.value) ? fixed_number(t.value, 3) : "", fixed_number(t.statistic, 3),
                        std::to_string(t.df), fixed_number(t.pvalue, 3)});
    }
    out += render_columns(rows, {false, true, true, true, true}, 2) + "\n";
    constexpr std::string_view note =
        " Each equality constraint tested in the model fitted without the equality constraints (lavaan's\n"
        " lavTestWald); W is chi-square with df degrees of freedom when the constraints hold.\n";
    return out + std::string(label(language, note)) + "\n";
}

}  // namespace jalur::report

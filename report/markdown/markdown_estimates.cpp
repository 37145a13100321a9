#include "report/markdown/markdown_estimates.hpp"

#include <cmath>
#include <functional>

#include "report/common/confidence_interval_text.hpp"
#include "report/common/markdown_table.hpp"
#include "report/common/number_format.hpp"

namespace jalur::report {

namespace {

constexpr const char* kNone = "—";  // a cell without a value: the SE of a fixed parameter, a missing Std.

std::string decimals(double value, int places) { return std::isfinite(value) ? fixed_number(value, places) : kNone; }

// Estimate (with marks), SE, CI, t, p, Std.; a fixed parameter (se NaN), or an effect along fixed paths only
// (SE 0, no p), has only its estimate and Std.
std::vector<std::string> estimate_cells(const Estimate& e) {
    const bool tested = std::isfinite(e.se) && std::isfinite(e.pvalue);
    const std::string interval = interval_text(e.ci, 3);
    return {decimals(e.est, 3) + (tested ? markdown_text(significance_marks(e.pvalue)) : ""),
            tested ? decimals(e.se, 3) : kNone,
            tested && !interval.empty() ? interval : kNone,
            tested ? decimals(e.z, 2) : kNone,
            tested ? apa_p_value(e.pvalue) : kNone,
            decimals(e.std_all, 3)};
}

std::vector<std::string> estimate_header(Language language, double ci_level) {
    return {std::string(label(language, "Estimate")), std::string(label(language, "SE")),
            ci_heading(language, ci_level), std::string(label(language, "t")), "p",
            std::string(label(language, "Std."))};
}

// A title, the table, and the note that explains the marks and the Std. column.
std::string titled_table(Language language, const std::string& title, MarkdownTable table) {
    if (table.rows.empty()) return {};
    return "## " + title + "\n\n" + render_markdown_table(table) + "*" + std::string(label(language, "Note")) +
           ".* " + markdown_text(label(language, "Std. = completely standardized estimate (std_all); a fixed "
                                                 "parameter has no SE, t or p.")) +
           " \\*p < .05. \\*\\*p < .01. \\*\\*\\*p < .001.\n\n";
}

// One table per ParameterGroup; `names` gives the cells before the estimate.
struct ParameterKind {
    ParameterGroup group;
    const char* title;
    std::vector<const char*> name_columns;
    std::function<std::vector<std::string>(const ParameterRow&)> names;
};

std::vector<ParameterKind> parameter_kinds() {
    auto lhs_rhs = [](const ParameterRow& r) { return std::vector<std::string>{r.lhs, r.rhs}; };
    auto lhs = [](const ParameterRow& r) { return std::vector<std::string>{r.lhs}; };
    return {
        {ParameterGroup::Loadings, "Factor loadings", {"Factor", "Indicator"}, lhs_rhs},
        {ParameterGroup::Regressions, "Regressions", {"Outcome", "Predictor"}, lhs_rhs},
        {ParameterGroup::Covariances, "Covariances", {"Variable", "With"}, lhs_rhs},
        {ParameterGroup::Variances, "Variances", {"Variable"}, lhs},
        {ParameterGroup::Intercepts, "Intercepts", {"Variable"}, lhs},
        {ParameterGroup::Defined, "Defined parameters", {"Parameter", "Definition"}, lhs_rhs},
    };
}

}  // namespace

std::string markdown_parameter_tables(const FitResult& result, Language language) {
    std::string out;
    for (const ParameterKind& kind : parameter_kinds()) {
        MarkdownTable table;
        for (const char* name : kind.name_columns) table.header.emplace_back(label(language, name));
        table.right_aligned.assign(table.header.size(), false);
        for (auto& column : estimate_header(language, result.ci_level)) {
            table.header.push_back(std::move(column));
            table.right_aligned.push_back(true);
        }
        for (const ParameterRow& row : result.table.rows) {
            if (parameter_group(row) != kind.group) continue;
            std::vector<std::string> cells;
            for (const std::string& name : kind.names(row)) cells.push_back(markdown_text(name));
            for (auto& cell : estimate_cells(reported_estimate(row))) cells.push_back(std::move(cell));
            table.rows.push_back(std::move(cells));
        }
        out += titled_table(language, std::string(label(language, kind.title)), std::move(table));
    }
    if (!result.table.constraints.empty()) {
        MarkdownTable table;
        table.header = {std::string(label(language, "Constraint")), "lhs - rhs"};
        table.right_aligned = {false, true};
        for (const Constraint& c : result.table.constraints)
            table.rows.push_back({markdown_text(c.text()), apa_decimal(c.slack)});
        out += titled_table(language, std::string(label(language, "Constraints")), std::move(table));
    }
    return out;
}

std::string markdown_effects_table(const FitResult& result, Language language) {
    MarkdownTable table;
    table.header = {std::string(label(language, "From")), std::string(label(language, "To")),
                    std::string(label(language, "Effect"))};
    table.right_aligned = {false, false, false};
    for (auto& column : estimate_header(language, result.ci_level)) {
        table.header.push_back(std::move(column));
        table.right_aligned.push_back(true);
    }
    for (const Effect& effect : result.effects)
        for (const EffectPart& part : effect_parts(effect)) {
            std::vector<std::string> cells{markdown_text(effect.from), markdown_text(effect.to),
                                           std::string(label(language, part.label))};
            for (auto& cell : estimate_cells(part.estimate)) cells.push_back(std::move(cell));
            table.rows.push_back(std::move(cells));
        }
    return titled_table(language, std::string(label(language, "Direct, indirect and total effects")), std::move(table));
}

}  // namespace jalur::report

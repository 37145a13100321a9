#include "report/html/html_sections.hpp"

#include <cmath>
#include <fmt/format.h>
#include <set>

#include "engine/errors.hpp"
#include "report/common/confidence_interval_text.hpp"
#include "report/common/fit_measure_catalogue.hpp"
#include "report/common/html_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/report_messages.hpp"
#include "report/diagram/graphviz_render.hpp"
#include "report/diagram/path_diagram.hpp"
#include "report/fit/apa_fit_line.hpp"
#include "report/html/fit_cutoffs.hpp"

namespace jalur::report {

namespace {



// Report labels in the report's language (table headers); "p" and "R²" are symbols, the same in every language.
std::vector<std::string> labels(const ReportContext& context, std::initializer_list<std::string_view> english) {
    std::vector<std::string> out;
    for (std::string_view e : english)
        out.emplace_back(e == "p" || e == "R²" ? e : label(context.language, e));
    return out;
}

// A cell with a report label in the report's language.
std::string label_cell(const ReportContext& context, std::string_view english) {
    return html_text_cell(std::string(label(context.language, english)));
}

std::string number(double value) { return std::isnan(value) ? std::string() : fixed_number(value, 3); }

// Estimate, SE, CI, t, p (APA: ".023", "< .001"), std_all cells; a t-value below 1.96 in absolute value is marked
// "ns" (drawn red). A fixed parameter (SE NaN), or an effect along fixed paths only (SE 0, no p), has only its
// estimate and std_all, as in the Markdown tables.
std::vector<std::string> estimate_cells(const Estimate& e) {
    const bool tested = std::isfinite(e.se) && std::isfinite(e.pvalue);
    if (!tested)
        return {html_number_cell(number(e.est)), html_number_cell(""), html_number_cell(""), html_number_cell(""),
                html_number_cell(""), html_number_cell(number(e.std_all))};
    return {html_number_cell(number(e.est)), html_number_cell(number(e.se)), html_number_cell(interval_text(e.ci, 3)),
            html_number_cell(number(e.z), std::abs(e.z) < kCriticalT ? "ns" : ""),
            html_number_cell(apa_p_value(e.pvalue)), html_number_cell(number(e.std_all))};
}

// The headings of estimate_cells' columns after `names`.
std::vector<std::string> estimate_header(const ReportContext& context, double ci_level,
                                         std::initializer_list<std::string_view> names) {
    std::vector<std::string> header = labels(context, names);
    for (auto& h : labels(context, {"Estimate", "SE"})) header.push_back(std::move(h));
    header.push_back(ci_heading(context.language, ci_level));
    for (auto& h : labels(context, {"t", "p", "Standardized estimate"})) header.push_back(std::move(h));
    return header;
}

std::string list_text(const std::vector<std::string>& names) { return names.empty() ? "–" : join(names); }

const char* data_kind_text(DataKind kind) {
    switch (kind) {
        case DataKind::Covariance: return "covariance matrix";
        case DataKind::Correlation: return "correlation matrix and standard deviations";
        case DataKind::Raw: return "raw data";
    }
    return "";
}

std::string missing_data_text(const ReportContext& context) {
    if (context.data_kind != DataKind::Raw) return std::string(label(context.language, "not known (matrix input)"));
    if (context.rows_dropped == 0) return std::string(label(context.language, "none"));
    return fmt::format("{} ({})", context.rows_dropped, label(context.language, "rows dropped, listwise deletion"));
}

// The parameter tables' titles, in the order of ParameterGroup.
constexpr std::pair<ParameterGroup, const char*> kParameterGroups[] = {
    {ParameterGroup::Loadings, "Factor loadings"},
    {ParameterGroup::Regressions, "Regressions"},
    {ParameterGroup::Covariances, "Covariances"},
    {ParameterGroup::Variances, "Variances and error variances"},
    {ParameterGroup::Intercepts, "Intercepts and means"},
    {ParameterGroup::Defined, "Defined parameters"},
};

}  // namespace

std::string html_section_heading(const ReportContext& context, std::string_view english, std::string_view id) {
    return html_element("h2", html_escape(label(context.language, english)), "id=\"" + std::string(id) + "\"") +
           "\n";
}

std::string html_summary_section(const FitResult& r, const ReportContext& context) {
    const Language lang = context.language;
    std::vector<std::string> latent = r.table.latent();
    std::vector<std::vector<std::string>> rows{
        {label_cell(context, "Observations (N)"), html_text_cell(std::to_string(r.n))},
        {label_cell(context, "n in chi-square and standard errors"),
         html_text_cell(r.estimator == Estimator::ML ? fmt::format("{} ({})", r.n_inference, likelihood_name(r.likelihood))
                                                     : fmt::format("{}", r.n_inference))},
        {label_cell(context, "Data"), html_text_cell(std::string(label(lang, data_kind_text(context.data_kind))))},
        {label_cell(context, "Missing data"), html_text_cell(missing_data_text(context))},
        {label_cell(context, "Observed variables"),
         html_text_cell(fmt::format("{}: {}", r.observed.size(), list_text(r.observed)))},
        {label_cell(context, "Latent variables"),
         html_text_cell(fmt::format("{}: {}", latent.size(), list_text(latent)))},
        {label_cell(context, "Estimator"),
         html_text_cell(fmt::format("{}, {} ({} {})", r.estimator_label,
                               label(lang, r.optimizer.converged() ? "converged" : "not converged"),
                               r.optimizer.iterations, label(lang, "iterations")))},
        {label_cell(context, "Free parameters"), html_text_cell(std::to_string(r.fit.npar))},
        {label_cell(context, "Degrees of freedom"), html_text_cell(std::to_string(r.fit.df))},
    };
    return html_section_heading(context, "Model and data", "summary") + html_table({}, rows);
}

std::string html_warnings_section(const FitResult& r, const ReportContext& context) {
    std::string items;
    const Language lang = context.language;
    for (const auto& note : context.notes) items += html_element("li", html_escape(report_message(lang, note))) + "\n";
    for (const auto& warning : r.warnings)
        items += html_element("li", html_escape(report_message(lang, warning)), "class=\"warning\"") + "\n";
    if (items.empty()) items = html_element("li", html_escape(label(lang, "No warnings."))) + "\n";
    return html_section_heading(context, "Warnings and notes", "warnings") + html_element("ul", "\n" + items) + "\n";
}

std::string html_diagrams_section(const FitResult& r, const ReportContext& context) {
    std::string out = html_section_heading(context, "Path diagrams", "diagrams");
    const std::pair<DiagramValues, const char*> views[] = {{DiagramValues::Estimates, "Estimates"},
                                                           {DiagramValues::Standardized, "Standardized solution"},
                                                           {DiagramValues::TValues, "T-values"}};
    for (const auto& [values, caption] : views) {
        const std::string svg = render_graph(path_diagram_dot(r, values, context.language), DiagramFormat::Svg);
        // Inline SVG: the XML prolog and doctype of a stand-alone file are not allowed inside HTML.
        const std::size_t start = svg.find("<svg");
        out += html_element("figure", svg.substr(start == std::string::npos ? 0 : start) +
                                          html_element("figcaption", html_escape(label(context.language, caption))));
        out += "\n";
    }
    return out;
}

std::string html_parameters_section(const FitResult& r, const ReportContext& context) {
    const Language lang = context.language;
    const std::vector<std::string> header =
        estimate_header(context, r.ci_level, {"Parameter"});
    std::string out = html_section_heading(context, "Parameter Estimates", "parameters");
    for (const auto& [group, title] : kParameterGroups) {
        std::vector<std::vector<std::string>> rows;
        for (const ParameterRow& row : r.table.rows) {
            if (parameter_group(row) != group) continue;
            std::vector<std::string> cells{html_text_cell(row.lhs + " " + op_symbol(row.op) + " " + row.rhs)};
            for (auto& cell : estimate_cells(reported_estimate(row))) cells.push_back(std::move(cell));
            rows.push_back(std::move(cells));
        }
        if (rows.empty()) continue;
        out += html_element("h3", html_escape(label(lang, title))) + "\n";
        out += html_table(header, rows);
    }
    if (!r.table.constraints.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const Constraint& c : r.table.constraints)
            rows.push_back({html_text_cell(c.text()), html_number_cell(apa_decimal(c.slack))});
        out += html_element("h3", html_escape(label(lang, "Constraints"))) + "\n";
        out += html_table({std::string(label(lang, "Constraint")), "lhs - rhs"}, rows);
    }
    return out;
}

std::string html_effects_section(const FitResult& r, const ReportContext& context) {
    std::vector<std::vector<std::string>> rows;
    for (const Effect& e : r.effects)
        for (const EffectPart& part : effect_parts(e)) {
            std::vector<std::string> cells{html_text_cell(e.from), html_text_cell(e.to), label_cell(context, part.label)};
            for (auto& cell : estimate_cells(part.estimate)) cells.push_back(std::move(cell));
            rows.push_back(std::move(cells));
        }
    std::vector<std::vector<std::string>> r2_rows;
    for (const auto& [variable, value] : r.r2)
        r2_rows.push_back({html_text_cell(variable), html_number_cell(std::isnan(value) ? "" : apa_decimal(value))});
    return html_section_heading(context, "Direct, indirect and total effects", "effects") +
           html_table(estimate_header(context, r.ci_level, {"From", "To", "Effect"}), rows) +
           html_section_heading(context, "Explained variance (R²)", "r2") +
           html_table(labels(context, {"Variable", "R²"}), r2_rows);
}

std::string html_fit_section(const FitResult& r, const ReportContext& context) {
    const Language lang = context.language;
    const FitMeasures& f = r.fit;
    std::string out = html_section_heading(context, "Goodness of fit", "fit");
    std::string summary = apa_fit_line(f, lang);
    if (f.saturated())
        summary += " — " + std::string(label(lang, "The model is saturated: the fit is perfect by construction."));
    out += html_element("p", html_escape(summary), "class=\"chisq\"") + "\n";
    std::vector<std::vector<std::string>> rows;
    const std::vector<FitCutoff> cutoffs = fit_cutoffs(f, lang);
    for (const FitCutoff& c : cutoffs) {
        std::string verdict = !c.met ? "–" : *c.met ? "✓" : "✗";
        const std::string value = std::isnan(c.value) ? std::string() : apa_fit_value(c.key, c.value);
        rows.push_back({html_text_cell(c.name), html_number_cell(value), html_text_cell(c.cutoff),
                        html_text_cell(c.source), html_element("td", verdict, c.met && !*c.met ? "class=\"ns\"" : "")});
    }
    out += html_table(labels(context, {"Measure", "Value", "Usual cut-off", "Source", "Met"}), rows);
    // The sources in full, as a thesis's reference list has them (alphabetical, each once).
    std::set<std::string> references;
    for (const FitCutoff& c : cutoffs)
        if (!c.reference.empty()) references.insert(c.reference);
    out += html_element("p", html_escape(label(lang, "Cut-offs are conventions, not tests. The sources:")),
                        "class=\"note\"") +
           "\n";
    for (const std::string& reference : references)
        out += html_element("p", html_escape(reference), "class=\"note reference\"") + "\n";
    return out;
}

}  // namespace jalur::report

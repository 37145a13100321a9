#include "report/markdown/markdown_report.hpp"

#include <cmath>
#include <fmt/format.h>

#include "engine/results/named_fit_measures.hpp"
#include "report/common/fit_measure_catalogue.hpp"
#include "report/common/markdown_table.hpp"
#include "report/common/number_format.hpp"
#include "report/fit/apa_fit_line.hpp"
#include "report/markdown/markdown_estimates.hpp"
#include "report/markdown/markdown_bootstrap.hpp"
#include "report/markdown/markdown_model_checks.hpp"
#include "report/common/report_messages.hpp"

namespace jalur::report {

namespace {

std::string header(const FitResult& r, const ReportContext& context) {
    const Language language = context.language;
    std::string out = "# " + markdown_text(context.title.empty() ? std::string(label(language, "Model")) : context.title) +
                      "\n\n";
    // Two trailing spaces end a line without starting a paragraph.
    if (!context.model_path.empty())
        out += std::string(label(language, "Model file")) + ": " + markdown_text(context.model_path) + "  \n";
    out += fmt::format("{}: N = {}  \n", label(language, "Observations"), r.n);
    const std::string_view status = label(language, r.optimizer.converged() ? "converged" : "not converged");
    out += (r.estimator == Estimator::ML
                ? format_label(language, "Estimator: {} ({} likelihood, n = {} in χ² and SEs), {}", r.estimator_label,
                               likelihood_name(r.likelihood), r.n_inference, status)
                : format_label(language, "Estimator: {} (n = {} in χ² and SEs), {}", r.estimator_label,
                               r.n_inference, status)) +
           "  \n";
    if (robust_inference(r))
        out += format_label(language, "Standard errors {}, test {}", standard_error_name(r), r.tests.back().name) +
               "  \n";
    const std::string fit = apa_fit_line(r.fit, language);
    if (!fit.empty()) out += std::string(label(language, "Fit")) + ": " + fit + "\n";
    for (const auto& note : context.notes)
        out += "\n*" + std::string(label(language, "Note")) + ".* " + markdown_text(report_message(language, note)) + "\n";
    return out + "\n";
}

std::string r2_table(const FitResult& r, Language language) {
    MarkdownTable table{{std::string(label(language, "Variable")), "R²"}, {false, true}, {}};
    for (const auto& [variable, value] : r.r2)
        table.rows.push_back({markdown_text(variable), std::isfinite(value) ? apa_decimal(value) : "—"});
    if (table.rows.empty()) return {};
    return "## " + std::string(label(language, "Explained variance (R²)")) + "\n\n" + render_markdown_table(table);
}

std::string fit_table(const FitMeasures& f, Language language) {
    MarkdownTable table{{std::string(label(language, "Measure")), std::string(label(language, "Value"))}, {false, true}, {}};
    const std::string lower = "_ci_lower";
    for (const FitMeasureEntry& entry : fit_measure_catalogue()) {
        if (!(entry.tables & kMarkdownTable)) continue;
        const std::string name(entry.name), symbol(fit_measure_symbol(language, entry));
        const double value = fit_measure(f, name);
        if (name.size() > lower.size() && name.compare(name.size() - lower.size(), lower.size(), lower) == 0) {
            // One row for the interval, [lower, upper].
            const FitMeasureEntry& upper = fit_measure_entry(name.substr(0, name.size() - lower.size()) + "_ci_upper");
            const double upper_value = fit_measure(f, upper.name);
            if (std::isfinite(value) && std::isfinite(upper_value))
                table.rows.push_back(
                    {symbol, "[" + apa_fit_value(entry, value) + number_separator() + apa_fit_value(upper, upper_value) +
                                 "]"});
            continue;
        }
        if (std::isfinite(value)) table.rows.push_back({symbol, apa_fit_value(entry, value)});
        // The ratio many theses quote, after the p of the test.
        if (name == "pvalue" && f.df > 0 && std::isfinite(f.chisq))
            table.rows.push_back({"χ²/df", fixed_number(f.chisq / f.df, 2)});
    }
    std::string out = "## " + std::string(label(language, "Goodness of fit")) + "\n\n" + render_markdown_table(table);
    if (f.saturated())
        out += "*" + std::string(label(language, "Note")) + ".* " +
               std::string(label(language, "The model is saturated (df = 0): it fits perfectly and the fit indices "
                                           "say nothing about it.")) +
               "\n\n";
    return out;
}

std::string warnings(const FitResult& r, Language language) {
    if (r.warnings.empty()) return {};
    std::string out = "## " + std::string(label(language, "Warnings")) + "\n\n";
    for (const auto& warning : r.warnings) out += "- " + markdown_text(report_message(language, warning)) + "\n";
    return out + "\n";
}

}  // namespace

std::string render_markdown_report(const FitResult& result, const ReportContext& context) {
    const Language language = context.language;
    std::string out = header(result, context) + markdown_parameter_tables(result, language) +
                      markdown_effects_table(result, language) + r2_table(result, language) +
                      fit_table(result.fit, language);
    // The sections on request follow the fit, which they help to read: where the model holds, where it strains.
    if (context.validity) out += markdown_validity_section(*context.validity, language);
    if (context.modification_indices)
        out += markdown_modification_indices_section(*context.modification_indices, context.mi_min, language);
    if (context.wald_tests) out += markdown_wald_tests_section(*context.wald_tests, language);
    if (context.residuals) out += markdown_residuals_section(*context.residuals, result.observed, language);
    out += markdown_bootstrap_section(result, language);
    out += warnings(result, language);
    out.pop_back();  // one newline at the end, not an empty line
    return out;
}

}  // namespace jalur::report

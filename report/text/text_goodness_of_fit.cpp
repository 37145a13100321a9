#include "report/text/text_goodness_of_fit.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <utility>
#include <vector>

#include "engine/results/named_fit_measures.hpp"
#include "report/common/estimation_method.hpp"
#include "report/common/fit_measure_catalogue.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/text/text_section.hpp"

namespace jalur::report {

std::string render_goodness_of_fit(const FitResult& r, Language language) {
    const FitMeasures& f = r.fit;
    auto L = [&](std::string_view english) { return std::string(label(language, english)); };
    std::vector<std::pair<std::string, std::string>> lines;  // label, value; an empty label is an empty line
    auto M = [&](std::string_view name) { return std::string(fit_measure_label(language, name)); };
    auto add = [&](std::string_view name) {  // a measure of the catalogue on a line of its own, when it has a value
        const double value = fit_measure(f, name);
        if (std::isfinite(value)) lines.emplace_back(M(name), lisrel_number(value));
    };
    auto gap = [&] {
        if (!lines.empty() && !lines.back().first.empty()) lines.emplace_back("", "");
    };
    auto with_p = [](const std::string& value, double p) {
        return std::isfinite(p) ? value + " (P = " + lisrel_number(p) + ")" : value;
    };
    auto interval = [&](std::string_view name, double lower, double upper) {
        if (std::isfinite(lower) && std::isfinite(upper))
            lines.emplace_back(L(name), "(" + lisrel_number(lower) + " ; " + lisrel_number(upper) + ")");
    };

    lines.emplace_back(M("df"), std::to_string(f.df));
    if (f.saturated()) {
        lines.emplace_back(M("chisq"), lisrel_chi_square(std::max(f.chisq, 0.0)) + " (P = " + fixed_number(1.0, 2) + ")");
    } else {
        // LISREL 8's order and labels; the measures LISREL does not print follow at the end.
        if (std::isfinite(f.chisq))
            lines.emplace_back(M("chisq"), with_p(lisrel_chi_square(f.chisq), f.pvalue));
        if (f.scaled && std::isfinite(f.scaled->chisq)) {  // as LISREL prints Satorra-Bentler's
            lines.emplace_back(L(scaled_chi_square_label(f.scaled->test)),
                               with_p(lisrel_chi_square(f.scaled->chisq), f.scaled->pvalue));
            if (f.scaled->df != f.df) add("df_scaled");  // the mean-and-variance adjusted test's df*
            add("chisq_scaling_factor");
            add("chisq_shift");
        }
        if (r.bootstrap && r.bootstrap->options.type == BootstrapType::BollenStine)
            lines.emplace_back(L("Bollen-Stine Bootstrap P-Value"),
                               lisrel_number(r.bootstrap->bollen_stine_pvalue) + " (" +
                                   format_label(language, "{} replicates", r.bootstrap->used) + ")");
        add("ncp");
        interval("90 Percent Confidence Interval for NCP", f.ncp_ci_lower, f.ncp_ci_upper);
        gap();
        add("minimum_fit_function");
        add("f0");
        interval("90 Percent Confidence Interval for F0", f.f0_ci_lower, f.f0_ci_upper);
        add("rmsea");
        interval("90 Percent Confidence Interval for RMSEA", f.rmsea_ci_lower, f.rmsea_ci_upper);
        add("rmsea_pvalue");
        if (f.scaled) {
            add("rmsea_robust");
            interval("90 Percent Confidence Interval for Robust RMSEA", f.scaled->rmsea_robust.ci_lower,
                     f.scaled->rmsea_robust.ci_upper);
        }
        gap();
        add("ecvi");
        interval("90 Percent Confidence Interval for ECVI", f.ecvi_ci_lower, f.ecvi_ci_upper);
        add("ecvi_saturated");
        add("ecvi_independence");
        gap();
        if (std::isfinite(f.baseline_chisq))
            lines.emplace_back(format_label(language, "Chi-Square for Independence Model with {} Degrees of Freedom", f.baseline_df),
                               with_p(lisrel_chi_square(f.baseline_chisq), f.baseline_pvalue));
        // LISREL's AIC and CAIC are on the chi-square scale (chi-square + 2q, chi-square + (1 + ln N) q),
        // not lavaan's -2logL + 2q further down.
        add("aic_independence");
        add("aic_model");
        add("aic_saturated");
        add("caic_independence");
        add("caic_model");
        add("caic_saturated");
        gap();
        add("nfi");
        add("tli");
        add("pnfi");
        add("cfi");
        add("ifi");
        add("rfi");
        if (f.scaled) {
            add("cfi_robust");
            add("tli_robust");
        }
        gap();
        add("cn_05");
        add("cn_01");
        gap();
        add("rmr");
        add("srmr");
        add("gfi");
        add("agfi");
        add("pgfi");
        gap();
        add("rni");
        lines.emplace_back(M("npar"), std::to_string(f.npar));
        lines.emplace_back(M("moments"), std::to_string(f.moments));
        add("logl");
        add("unrestricted_logl");
        add("aic");
        add("bic");
        add("bic2");
    }
    while (!lines.empty() && lines.back().first.empty()) lines.pop_back();

    std::size_t width = 0;
    for (const auto& [label, value] : lines) width = std::max(width, display_width(label));
    std::string out = section_title(label(language, "Goodness of Fit Statistics"));
    for (const auto& [label, value] : lines)
        out += label.empty() ? "\n" : " " + pad_left(label, width) + " = " + value + "\n";
    if (f.saturated()) out += "\n " + L("The Model is Saturated, the Fit is Perfect !") + "\n";
    return out + "\n";
}

}  // namespace jalur::report

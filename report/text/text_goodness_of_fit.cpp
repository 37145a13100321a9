#include "report/text/text_goodness_of_fit.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <utility>
#include <vector>

#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/text/text_section.hpp"

namespace jalur::report {

std::string render_goodness_of_fit(const FitResult& r, Language language) {
    const FitMeasures& f = r.fit;
    auto L = [&](std::string_view english) { return std::string(label(language, english)); };
    std::vector<std::pair<std::string, std::string>> lines;  // label, value; an empty label is an empty line
    auto add = [&](std::string_view name, double value) {
        if (std::isfinite(value)) lines.emplace_back(L(name), lisrel_number(value));
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

    lines.emplace_back(L("Degrees of Freedom"), std::to_string(f.df));
    if (f.saturated()) {
        lines.emplace_back(L("Minimum Fit Function Chi-Square"), lisrel_chi_square(std::max(f.chisq, 0.0)) + " (P = 1.00)");
    } else {
        // LISREL 8's order and labels; the measures LISREL does not print follow at the end.
        if (std::isfinite(f.chisq))
            lines.emplace_back(L("Minimum Fit Function Chi-Square"), with_p(lisrel_chi_square(f.chisq), f.pvalue));
        add("Estimated Non-centrality Parameter (NCP)", f.ncp);
        interval("90 Percent Confidence Interval for NCP", f.ncp_ci_lower, f.ncp_ci_upper);
        gap();
        add("Minimum Fit Function Value", f.fmin);
        add("Population Discrepancy Function Value (F0)", f.f0);
        interval("90 Percent Confidence Interval for F0", f.f0_ci_lower, f.f0_ci_upper);
        add("Root Mean Square Error of Approximation (RMSEA)", f.rmsea);
        interval("90 Percent Confidence Interval for RMSEA", f.rmsea_ci_lower, f.rmsea_ci_upper);
        add("P-Value for Test of Close Fit (RMSEA < 0.05)", f.rmsea_pvalue);
        gap();
        add("Expected Cross-Validation Index (ECVI)", f.ecvi);
        interval("90 Percent Confidence Interval for ECVI", f.ecvi_ci_lower, f.ecvi_ci_upper);
        add("ECVI for Saturated Model", f.ecvi_saturated);
        add("ECVI for Independence Model", f.ecvi_independence);
        gap();
        if (std::isfinite(f.baseline_chisq))
            lines.emplace_back(format_label(language, "Chi-Square for Independence Model with {} Degrees of Freedom", f.baseline_df),
                               with_p(lisrel_chi_square(f.baseline_chisq), f.baseline_pvalue));
        // LISREL's AIC and CAIC are on the chi-square scale (chi-square + 2q, chi-square + (1 + ln N) q),
        // not lavaan's -2logL + 2q further down.
        add("Independence AIC", f.aic_independence);
        add("Model AIC", f.aic_model);
        add("Saturated AIC", f.aic_saturated);
        add("Independence CAIC", f.caic_independence);
        add("Model CAIC", f.caic_model);
        add("Saturated CAIC", f.caic_saturated);
        gap();
        add("Normed Fit Index (NFI)", f.nfi);
        add("Non-Normed Fit Index (NNFI)", f.tli);
        add("Parsimony Normed Fit Index (PNFI)", f.pnfi);
        add("Comparative Fit Index (CFI)", f.cfi);
        add("Incremental Fit Index (IFI)", f.ifi);
        add("Relative Fit Index (RFI)", f.rfi);
        gap();
        add("Critical N (CN)", f.cn_05);
        add("Critical N (CN) at P = 0.01", f.cn_01);
        gap();
        add("Root Mean Square Residual (RMR)", f.rmr);
        add("Standardized RMR", f.srmr);
        add("Goodness of Fit Index (GFI)", f.gfi);
        add("Adjusted Goodness of Fit Index (AGFI)", f.agfi);
        add("Parsimony Goodness of Fit Index (PGFI)", f.pgfi);
        gap();
        add("Relative Noncentrality Index (RNI)", f.rni);
        lines.emplace_back(L("Number of Free Parameters (q)"), std::to_string(f.npar));
        lines.emplace_back(L("Number of Distinct Sample Moments"), std::to_string(f.moments));
        add("Log-Likelihood of the Model (logL)", f.logl);
        add("Log-Likelihood of the Saturated Model", f.unrestricted_logl);
        add("Akaike Information Criterion (-2logL + 2q)", f.aic);
        add("Bayesian Information Criterion (-2logL + q log N)", f.bic);
        add("Sample-Size Adjusted BIC", f.bic2);
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

#include "report/fit/apa_fit_line.hpp"

#include <cmath>
#include <fmt/format.h>
#include <vector>

#include "report/common/number_format.hpp"

namespace jalur::report {

namespace {

// "= .329" or "< .001", as APA writes p after its letter.
std::string p_relation(double p) {
    const std::string text = apa_p_value(p);
    return text.front() == '<' ? text : "= " + text;
}

}  // namespace

std::string apa_fit_line(const FitMeasures& f, Language language) {
    std::vector<std::string> parts;
    const bool scaled = f.scaled.has_value();
    const double chisq = scaled ? f.scaled->chisq : f.chisq, pvalue = scaled ? f.scaled->pvalue : f.pvalue;
    if (std::isfinite(chisq))
        parts.push_back(fmt::format("χ²({}) = {}", f.df, fixed_number(chisq, 2)) +
                        (scaled ? fmt::format(" ({})", label(language, "scaled")) : std::string()) +
                        (std::isfinite(pvalue) ? ", p " + p_relation(pvalue) : ""));
    auto add = [&](const char* name, double value) {
        if (std::isfinite(value)) parts.push_back(std::string(name) + " = " + apa_decimal(value));
    };
    add(scaled ? "CFI (robust)" : "CFI", scaled ? f.scaled->robust.cfi : f.cfi);
    add(scaled ? "TLI (robust)" : "TLI", scaled ? f.scaled->robust.tli : f.tli);
    const Rmsea rmsea_values = scaled ? f.scaled->rmsea_robust
                                      : Rmsea{f.rmsea, f.rmsea_ci_lower, f.rmsea_ci_upper, f.rmsea_pvalue};
    if (std::isfinite(rmsea_values.rmsea)) {
        std::string rmsea = (scaled ? "RMSEA (robust) = " : "RMSEA = ") + apa_decimal(rmsea_values.rmsea);
        if (std::isfinite(rmsea_values.ci_lower) && std::isfinite(rmsea_values.ci_upper))
            rmsea += ", " + format_label(language, "{}% CI", 90) + " [" + apa_decimal(rmsea_values.ci_lower) +
                     number_separator() + apa_decimal(rmsea_values.ci_upper) + "]";
        parts.push_back(rmsea);
    }
    add("SRMR", f.srmr);
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
    return out;
}

}  // namespace jalur::report

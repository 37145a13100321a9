#include "engine/results/named_fit_measures.hpp"

#include <stdexcept>
#include <string>

namespace jalur {

namespace {

// A scaled test's measures (FitMeasures::scaled), lavaan's "*.scaled" and "*.robust" with underscores.
std::vector<NamedFitMeasure> scaled_measures(const ScaledFitMeasures& s) {
    return {{"chisq_scaled", s.chisq},
            {"df_scaled", s.df},
            {"pvalue_scaled", s.pvalue},
            {"chisq_scaling_factor", s.scaling_factor},
            {"chisq_shift", s.shift},
            {"baseline_chisq_scaled", s.baseline_chisq},
            {"baseline_df_scaled", s.baseline_df},
            {"baseline_pvalue_scaled", s.baseline_pvalue},
            {"baseline_chisq_scaling_factor", s.baseline_scaling_factor},
            {"cfi_scaled", s.indices.cfi},
            {"tli_scaled", s.indices.tli},
            {"nfi_scaled", s.indices.nfi},
            {"rfi_scaled", s.indices.rfi},
            {"ifi_scaled", s.indices.ifi},
            {"rni_scaled", s.indices.rni},
            {"pnfi_scaled", s.indices.pnfi},
            {"rmsea_scaled", s.rmsea.rmsea},
            {"rmsea_scaled_ci_lower", s.rmsea.ci_lower},
            {"rmsea_scaled_ci_upper", s.rmsea.ci_upper},
            {"rmsea_scaled_pvalue", s.rmsea.pvalue},
            {"cfi_robust", s.robust.cfi},
            {"tli_robust", s.robust.tli},
            {"rni_robust", s.robust.rni},
            {"rmsea_robust", s.rmsea_robust.rmsea},
            {"rmsea_robust_ci_lower", s.rmsea_robust.ci_lower},
            {"rmsea_robust_ci_upper", s.rmsea_robust.ci_upper},
            {"rmsea_robust_pvalue", s.rmsea_robust.pvalue}};
}

}  // namespace

bool is_scaled_measure(std::string_view name) {
    for (const NamedFitMeasure& measure : scaled_measures(ScaledFitMeasures{}))
        if (measure.name == name) return true;
    return false;
}

std::vector<NamedFitMeasure> named_fit_measures(const FitMeasures& f) {
    std::vector<NamedFitMeasure> all = plain_measures(f);
    if (f.scaled) {
        const std::vector<NamedFitMeasure> scaled = scaled_measures(*f.scaled);
        all.insert(all.end(), scaled.begin(), scaled.end());
    }
    return all;
}

std::vector<NamedFitMeasure> plain_measures(const FitMeasures& f) {
    return {{"fmin", f.fmin},
            {"chisq", f.chisq},
            {"df", static_cast<double>(f.df)},
            {"pvalue", f.pvalue},
            {"npar", static_cast<double>(f.npar)},
            {"moments", static_cast<double>(f.moments)},
            {"baseline_chisq", f.baseline_chisq},
            {"baseline_df", static_cast<double>(f.baseline_df)},
            {"baseline_pvalue", f.baseline_pvalue},
            {"cfi", f.cfi},
            {"tli", f.tli},
            {"nfi", f.nfi},
            {"rfi", f.rfi},
            {"ifi", f.ifi},
            {"rni", f.rni},
            {"pnfi", f.pnfi},
            {"rmsea", f.rmsea},
            {"rmsea_ci_lower", f.rmsea_ci_lower},
            {"rmsea_ci_upper", f.rmsea_ci_upper},
            {"rmsea_pvalue", f.rmsea_pvalue},
            {"srmr", f.srmr},
            {"rmr", f.rmr},
            {"gfi", f.gfi},
            {"agfi", f.agfi},
            {"pgfi", f.pgfi},
            {"logl", f.logl},
            {"unrestricted_logl", f.unrestricted_logl},
            {"aic", f.aic},
            {"bic", f.bic},
            {"bic2", f.bic2},
            {"ecvi", f.ecvi},
            {"cn_05", f.cn_05},
            {"cn_01", f.cn_01},
            {"minimum_fit_function", f.minimum_fit_function},
            {"ncp", f.ncp},
            {"ncp_ci_lower", f.ncp_ci_lower},
            {"ncp_ci_upper", f.ncp_ci_upper},
            {"f0", f.f0},
            {"f0_ci_lower", f.f0_ci_lower},
            {"f0_ci_upper", f.f0_ci_upper},
            {"ecvi_ci_lower", f.ecvi_ci_lower},
            {"ecvi_ci_upper", f.ecvi_ci_upper},
            {"ecvi_saturated", f.ecvi_saturated},
            {"ecvi_independence", f.ecvi_independence},
            {"aic_model", f.aic_model},
            {"aic_saturated", f.aic_saturated},
            {"aic_independence", f.aic_independence},
            {"caic_model", f.caic_model},
            {"caic_saturated", f.caic_saturated},
            {"caic_independence", f.caic_independence}};
}

double fit_measure(const FitMeasures& fit, std::string_view name) {
    for (const NamedFitMeasure& measure : named_fit_measures(fit))
        if (measure.name == name) return measure.value;
    if (is_scaled_measure(name)) return kNaN;  // a fit without a scaled test
    throw std::logic_error("'" + std::string(name) +
                           "' is not the name of a fit measure (engine/results/named_fit_measures.cpp)");
}

}  // namespace jalur

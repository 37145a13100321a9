#include "report/common/fit_measure_catalogue.hpp"

#include <stdexcept>
#include <string>

#include "report/common/number_format.hpp"

namespace jalur::report {

namespace {

using K = FitMeasureKind;

// Fit index names stay English with their abbreviation, as Indonesian theses cite them.
const std::vector<FitMeasureEntry> kCatalogue = {
    // The tables for reading, in their order
    {"chisq", K::Statistic, 2, kMarkdownTable, "Minimum Fit Function Chi-Square", "Chi-square fungsi fit minimum",
     "χ²"},
    {"df", K::Count, 0, kMarkdownTable, "Degrees of Freedom", "Derajat bebas", "df"},
    {"pvalue", K::PValue, 3, kBothTables, "P-Value of the Chi-Square", "Nilai-p chi-square", "p"},
    {"cfi", K::Index, 3, kBothTables, "Comparative Fit Index (CFI)", "Comparative Fit Index (CFI)", "CFI"},
    {"tli", K::Index, 3, kBothTables, "Non-Normed Fit Index (NNFI)", "Non-Normed Fit Index (NNFI)", "TLI"},
    {"nfi", K::Index, 3, kBothTables, "Normed Fit Index (NFI)", "Normed Fit Index (NFI)", "NFI"},
    {"rmsea", K::Index, 3, kBothTables, "Root Mean Square Error of Approximation (RMSEA)",
     "Root Mean Square Error of Approximation (RMSEA)", "RMSEA"},
    {"rmsea_ci_lower", K::Index, 3, kMarkdownTable, "Lower Bound of the 90 Percent Confidence Interval for RMSEA",
     "Batas bawah interval kepercayaan 90 persen untuk RMSEA", "RMSEA 90% CI", "Interval kepercayaan 90% RMSEA"},
    {"rmsea_ci_upper", K::Index, 3, kHtmlTable, "Upper Bound of the 90 Percent Confidence Interval for RMSEA",
     "Batas atas interval kepercayaan 90 persen untuk RMSEA", "RMSEA 90% CI upper", "Batas atas IK 90% RMSEA"},
    {"rmsea_pvalue", K::PValue, 3, kBothTables, "P-Value for Test of Close Fit (RMSEA < 0.05)",
     "Nilai-p uji close fit (RMSEA < 0.05)", "p of close fit (RMSEA ≤ .05)", "p uji close fit (RMSEA ≤ .05)"},
    {"srmr", K::Index, 3, kBothTables, "Standardized RMR", "RMR terstandar (SRMR)", "SRMR"},
    {"gfi", K::Index, 3, kBothTables, "Goodness of Fit Index (GFI)", "Goodness of Fit Index (GFI)", "GFI"},
    {"agfi", K::Index, 3, kBothTables, "Adjusted Goodness of Fit Index (AGFI)", "Adjusted Goodness of Fit Index (AGFI)",
     "AGFI"},
    {"cn_05", K::Statistic, 0, kHtmlTable, "Critical N (CN)", "Critical N (CN)", "CN"},
    {"aic", K::Statistic, 2, kBothTables, "Akaike Information Criterion (-2logL + 2q)",
     "Akaike Information Criterion (-2logL + 2q)", "AIC"},
    {"bic", K::Statistic, 2, kBothTables, "Bayesian Information Criterion (-2logL + q log N)",
     "Bayesian Information Criterion (-2logL + q log N)", "BIC"},
    // A scaled test's (MLM, MLMV, MLR), in the tables when the fit has one
    {"chisq_scaled", K::Statistic, 2, kBothTables, "Scaled Chi-Square", "Chi-square terskala", "χ² (scaled)",
     "χ² (terskala)"},
    {"pvalue_scaled", K::PValue, 3, kBothTables, "P-Value of the Scaled Chi-Square", "Nilai-p chi-square terskala",
     "p (scaled)", "p (terskala)"},
    {"cfi_robust", K::Index, 3, kBothTables, "Robust Comparative Fit Index (CFI)",
     "Comparative Fit Index (CFI) robust", "CFI (robust)"},
    {"tli_robust", K::Index, 3, kBothTables, "Robust Non-Normed Fit Index (NNFI)",
     "Non-Normed Fit Index (NNFI) robust", "TLI (robust)"},
    {"rmsea_robust", K::Index, 3, kBothTables, "Robust Root Mean Square Error of Approximation (RMSEA)",
     "Root Mean Square Error of Approximation (RMSEA) robust", "RMSEA (robust)"},
    {"rmsea_robust_ci_lower", K::Index, 3, kMarkdownTable,
     "Lower Bound of the 90 Percent Confidence Interval for Robust RMSEA",
     "Batas bawah interval kepercayaan 90 persen untuk RMSEA robust", "RMSEA (robust) 90% CI",
     "Interval kepercayaan 90% RMSEA robust"},
    {"rmsea_robust_ci_upper", K::Index, 3, kHtmlTable,
     "Upper Bound of the 90 Percent Confidence Interval for Robust RMSEA",
     "Batas atas interval kepercayaan 90 persen untuk RMSEA robust", "RMSEA (robust) 90% CI upper", "Batas atas IK 90% RMSEA (robust)"},
    // The others, in the order of the engine's list
    {"fmin", K::Statistic, 3, kNoTable, "lavaan's Minimum of the Fit Function (F/2)",
     "Minimum fungsi fit menurut lavaan (F/2)", "F/2"},
    {"npar", K::Count, 0, kNoTable, "Number of Free Parameters (q)", "Jumlah parameter bebas (q)", "q"},
    {"moments", K::Count, 0, kNoTable, "Number of Distinct Sample Moments", "Jumlah momen sampel yang berbeda",
     "moments", "momen"},
    {"baseline_chisq", K::Statistic, 2, kNoTable, "Chi-Square for Independence Model", "Chi-square model independen",
     "χ² (baseline)", "χ² (model dasar)"},
    {"baseline_df", K::Count, 0, kNoTable, "Degrees of Freedom for Independence Model",
     "Derajat bebas model independen", "df (baseline)", "df (model dasar)"},
    {"baseline_pvalue", K::PValue, 3, kNoTable, "P-Value for Independence Model", "Nilai-p model independen",
     "p (baseline)", "p (model dasar)"},
    {"rfi", K::Index, 3, kNoTable, "Relative Fit Index (RFI)", "Relative Fit Index (RFI)", "RFI"},
    {"ifi", K::Index, 3, kNoTable, "Incremental Fit Index (IFI)", "Incremental Fit Index (IFI)", "IFI"},
    {"rni", K::Index, 3, kNoTable, "Relative Noncentrality Index (RNI)", "Relative Noncentrality Index (RNI)", "RNI"},
    {"pnfi", K::Index, 3, kNoTable, "Parsimony Normed Fit Index (PNFI)", "Parsimony Normed Fit Index (PNFI)", "PNFI"},
    {"rmr", K::Index, 3, kNoTable, "Root Mean Square Residual (RMR)", "Root Mean Square Residual (RMR)", "RMR"},
    {"pgfi", K::Index, 3, kNoTable, "Parsimony Goodness of Fit Index (PGFI)",
     "Parsimony Goodness of Fit Index (PGFI)", "PGFI"},
    {"logl", K::Statistic, 2, kNoTable, "Log-Likelihood of the Model (logL)", "Log-likelihood model (logL)", "logL"},
    {"unrestricted_logl", K::Statistic, 2, kNoTable, "Log-Likelihood of the Saturated Model",
     "Log-likelihood model jenuh", "logL (saturated)", "logL (model jenuh)"},
    {"bic2", K::Statistic, 2, kNoTable, "Sample-Size Adjusted BIC", "BIC terkoreksi ukuran sampel", "BIC (adjusted)", "BIC (terkoreksi)"},
    {"ecvi", K::Statistic, 3, kNoTable, "Expected Cross-Validation Index (ECVI)",
     "Expected Cross-Validation Index (ECVI)", "ECVI"},
    {"cn_01", K::Statistic, 0, kNoTable, "Critical N (CN) at P = 0.01", "Critical N (CN) pada P = 0.01", "CN (1%)"},
    {"minimum_fit_function", K::Statistic, 3, kNoTable, "Minimum Fit Function Value", "Nilai fungsi fit minimum", "F"},
    {"ncp", K::Statistic, 2, kNoTable, "Estimated Non-centrality Parameter (NCP)",
     "Estimasi parameter non-sentralitas (NCP)", "NCP"},
    {"ncp_ci_lower", K::Statistic, 2, kNoTable, "Lower Bound of the 90 Percent Confidence Interval for NCP",
     "Batas bawah interval kepercayaan 90 persen untuk NCP", "NCP 90% CI lower", "Batas bawah IK 90% NCP"},
    {"ncp_ci_upper", K::Statistic, 2, kNoTable, "Upper Bound of the 90 Percent Confidence Interval for NCP",
     "Batas atas interval kepercayaan 90 persen untuk NCP", "NCP 90% CI upper", "Batas atas IK 90% NCP"},
    {"f0", K::Statistic, 3, kNoTable, "Population Discrepancy Function Value (F0)",
     "Nilai fungsi diskrepansi populasi (F0)", "F0"},
    {"f0_ci_lower", K::Statistic, 3, kNoTable, "Lower Bound of the 90 Percent Confidence Interval for F0",
     "Batas bawah interval kepercayaan 90 persen untuk F0", "F0 90% CI lower", "Batas bawah IK 90% F0"},
    {"f0_ci_upper", K::Statistic, 3, kNoTable, "Upper Bound of the 90 Percent Confidence Interval for F0",
     "Batas atas interval kepercayaan 90 persen untuk F0", "F0 90% CI upper", "Batas atas IK 90% F0"},
    {"ecvi_ci_lower", K::Statistic, 3, kNoTable, "Lower Bound of the 90 Percent Confidence Interval for ECVI",
     "Batas bawah interval kepercayaan 90 persen untuk ECVI", "ECVI 90% CI lower", "Batas bawah IK 90% ECVI"},
    {"ecvi_ci_upper", K::Statistic, 3, kNoTable, "Upper Bound of the 90 Percent Confidence Interval for ECVI",
     "Batas atas interval kepercayaan 90 persen untuk ECVI", "ECVI 90% CI upper", "Batas atas IK 90% ECVI"},
    {"ecvi_saturated", K::Statistic, 3, kNoTable, "ECVI for Saturated Model", "ECVI model jenuh", "ECVI (saturated)", "ECVI (model jenuh)"},
    {"ecvi_independence", K::Statistic, 3, kNoTable, "ECVI for Independence Model", "ECVI model independen",
     "ECVI (independence)", "ECVI (model independen)"},
    {"aic_model", K::Statistic, 2, kNoTable, "Model AIC", "AIC model", "AIC (χ² scale)", "AIC (skala χ²)"},
    {"aic_saturated", K::Statistic, 2, kNoTable, "Saturated AIC", "AIC model jenuh", "AIC (saturated)", "AIC (model jenuh)"},
    {"aic_independence", K::Statistic, 2, kNoTable, "Independence AIC", "AIC model independen", "AIC (independence)", "AIC (model independen)"},
    {"caic_model", K::Statistic, 2, kNoTable, "Model CAIC", "CAIC model", "CAIC"},
    {"caic_saturated", K::Statistic, 2, kNoTable, "Saturated CAIC", "CAIC model jenuh", "CAIC (saturated)", "CAIC (model jenuh)"},
    {"caic_independence", K::Statistic, 2, kNoTable, "Independence CAIC", "CAIC model independen",
     "CAIC (independence)", "CAIC (model independen)"},
    {"df_scaled", K::Statistic, 3, kNoTable, "Degrees of Freedom of the Scaled Chi-Square",
     "Derajat bebas chi-square terskala", "df (scaled)", "df (terskala)"},
    {"chisq_scaling_factor", K::Statistic, 3, kNoTable, "Scaling Correction Factor", "Faktor koreksi skala", "c"},
    {"chisq_shift", K::Statistic, 3, kNoTable, "Shift Parameter of the Scaled and Shifted Chi-Square",
     "Parameter geser chi-square terskala dan tergeser", "b"},
    {"baseline_chisq_scaled", K::Statistic, 2, kNoTable, "Scaled Chi-Square for Independence Model",
     "Chi-square terskala model independen", "χ² (baseline, scaled)", "χ² (model dasar, terskala)"},
    {"baseline_df_scaled", K::Statistic, 3, kNoTable, "Degrees of Freedom of the Scaled Chi-Square for Independence Model",
     "Derajat bebas chi-square terskala model independen", "df (baseline, scaled)", "df (model dasar, terskala)"},
    {"baseline_pvalue_scaled", K::PValue, 3, kNoTable, "P-Value of the Scaled Chi-Square for Independence Model",
     "Nilai-p chi-square terskala model independen", "p (baseline, scaled)", "p (model dasar, terskala)"},
    {"baseline_chisq_scaling_factor", K::Statistic, 3, kNoTable, "Scaling Correction Factor for Independence Model",
     "Faktor koreksi skala model independen", "c (baseline)", "c (model dasar)"},
    {"cfi_scaled", K::Index, 3, kNoTable, "Scaled Comparative Fit Index (CFI)", "Comparative Fit Index (CFI) terskala",
     "CFI (scaled)", "CFI (terskala)"},
    {"tli_scaled", K::Index, 3, kNoTable, "Scaled Non-Normed Fit Index (NNFI)", "Non-Normed Fit Index (NNFI) terskala",
     "TLI (scaled)", "TLI (terskala)"},
    {"nfi_scaled", K::Index, 3, kNoTable, "Scaled Normed Fit Index (NFI)", "Normed Fit Index (NFI) terskala",
     "NFI (scaled)", "NFI (terskala)"},
    {"rfi_scaled", K::Index, 3, kNoTable, "Scaled Relative Fit Index (RFI)", "Relative Fit Index (RFI) terskala",
     "RFI (scaled)", "RFI (terskala)"},
    {"ifi_scaled", K::Index, 3, kNoTable, "Scaled Incremental Fit Index (IFI)", "Incremental Fit Index (IFI) terskala",
     "IFI (scaled)", "IFI (terskala)"},
    {"rni_scaled", K::Index, 3, kNoTable, "Scaled Relative Noncentrality Index (RNI)",
     "Relative Noncentrality Index (RNI) terskala", "RNI (scaled)", "RNI (terskala)"},
    {"pnfi_scaled", K::Index, 3, kNoTable, "Scaled Parsimony Normed Fit Index (PNFI)",
     "Parsimony Normed Fit Index (PNFI) terskala", "PNFI (scaled)", "PNFI (terskala)"},
    {"rmsea_scaled", K::Index, 3, kNoTable, "Scaled Root Mean Square Error of Approximation (RMSEA)",
     "Root Mean Square Error of Approximation (RMSEA) terskala", "RMSEA (scaled)", "RMSEA (terskala)"},
    {"rmsea_scaled_ci_lower", K::Index, 3, kNoTable,
     "Lower Bound of the 90 Percent Confidence Interval for Scaled RMSEA",
     "Batas bawah interval kepercayaan 90 persen untuk RMSEA terskala", "RMSEA (scaled) 90% CI lower", "Batas bawah IK 90% RMSEA (terskala)"},
    {"rmsea_scaled_ci_upper", K::Index, 3, kNoTable,
     "Upper Bound of the 90 Percent Confidence Interval for Scaled RMSEA",
     "Batas atas interval kepercayaan 90 persen untuk RMSEA terskala", "RMSEA (scaled) 90% CI upper", "Batas atas IK 90% RMSEA (terskala)"},
    {"rmsea_scaled_pvalue", K::PValue, 3, kNoTable, "P-Value for Test of Close Fit of Scaled RMSEA",
     "Nilai-p uji close fit RMSEA terskala", "p of close fit (RMSEA scaled)", "p uji close fit (RMSEA terskala)"},
    {"rni_robust", K::Index, 3, kNoTable, "Robust Relative Noncentrality Index (RNI)",
     "Relative Noncentrality Index (RNI) robust", "RNI (robust)"},
    {"rmsea_robust_pvalue", K::PValue, 3, kNoTable, "P-Value for Test of Close Fit of Robust RMSEA",
     "Nilai-p uji close fit RMSEA robust", "p of close fit (RMSEA robust)", "p uji close fit (RMSEA robust)"},
};

}  // namespace

const std::vector<FitMeasureEntry>& fit_measure_catalogue() { return kCatalogue; }

std::string apa_fit_value(const FitMeasureEntry& entry, double value) {
    switch (entry.kind) {
        case FitMeasureKind::Count: return std::to_string(static_cast<long long>(value));
        case FitMeasureKind::PValue: return apa_p_value(value);
        case FitMeasureKind::Index: return apa_decimal(value, entry.digits);
        case FitMeasureKind::Statistic: break;
    }
    return fixed_number(value, entry.digits);
}

std::string apa_fit_value(std::string_view name, double value) { return apa_fit_value(fit_measure_entry(name), value); }

const FitMeasureEntry& fit_measure_entry(std::string_view name) {
    for (const FitMeasureEntry& entry : kCatalogue)
        if (entry.name == name) return entry;
    throw std::logic_error("the fit measure '" + std::string(name) +
                           "' is not in the catalogue (report/common/fit_measure_catalogue.cpp)");
}

std::string_view fit_measure_label(Language language, std::string_view name) {
    const FitMeasureEntry& entry = fit_measure_entry(name);
    return language == Language::Indonesian ? entry.indonesian : entry.label;
}

std::string_view fit_measure_symbol(Language language, const FitMeasureEntry& entry) {
    const bool translated = language == Language::Indonesian && !entry.symbol_indonesian.empty();
    return translated ? entry.symbol_indonesian : entry.symbol;
}

const LabelList& fit_measure_labels() {
    static const LabelList labels = [] {
        LabelList all;
        for (const FitMeasureEntry& entry : kCatalogue) {
            all.emplace_back(entry.label, entry.indonesian);
            if (!entry.symbol_indonesian.empty()) all.emplace_back(entry.symbol, entry.symbol_indonesian);
        }
        return all;
    }();
    return labels;
}

}  // namespace jalur::report

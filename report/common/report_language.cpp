#include "report/common/report_language.hpp"

#include <stdexcept>
#include <string>
#include <unordered_map>

#include "report/common/fit_measure_catalogue.hpp"
#include "report/common/report_labels.hpp"

namespace jalur::report {

namespace {

// English → Indonesian (the labels of the sections on request are in report_labels_model_checks.cpp, those of
// the fit measures in fit_measure_catalogue.cpp), in the terms Indonesian theses use (Koefisien, Galat baku,
// Nilai-t, Pengaruh langsung). Fit index names stay English with their abbreviation, as Indonesian theses cite
// them; LISREL's matrix names (BETA, GAMMA, PSI), lavaan's column names (lhs, op, rhs, std_all, epc) and
// LISREL's notation (Errorvar., R²) are not labels and never come here.
const LabelList kReportLabels = {
    // Header of the text and Markdown reports
    {"Model", "Model"},
    {"Model file", "Berkas model"},
    {"Observations", "Jumlah observasi"},
    {"Observations N = {} (likelihood {}, n = {} in chi-square and SEs)",
     "Jumlah observasi N = {} (likelihood {}, n = {} untuk chi-square dan galat baku)"},
    {"Observations N = {} (n = {} in chi-square and SEs)", "Jumlah observasi N = {} (n = {} untuk chi-square dan galat baku)"},
    {"Estimator {}, {} after {} iterations ({} evaluation)", "Metode estimasi {}, {} setelah {} iterasi ({} evaluasi)"},
    {"Estimator {}, {} after {} iterations ({} evaluations)", "Metode estimasi {}, {} setelah {} iterasi ({} evaluasi)"},
    {"Estimator: {} ({} likelihood, n = {} in χ² and SEs), {}",
     "Metode estimasi: {} (likelihood {}, n = {} untuk χ² dan galat baku), {}"},
    {"Estimator: {} (n = {} in χ² and SEs), {}", "Metode estimasi: {} (n = {} untuk χ² dan galat baku), {}"},
    {"converged", "konvergen"},
    {"scaled", "terskala"},
    {"Satorra-Bentler Scaled Chi-Square", "Chi-square terskala Satorra-Bentler"},
    {"Yuan-Bentler Scaled Chi-Square", "Chi-square terskala Yuan-Bentler"},
    {"Scaled and Shifted Chi-Square", "Chi-square terskala dan tergeser"},
    {"Mean and Variance Adjusted Chi-Square", "Chi-square terkoreksi rerata dan varians"},
    {"90 Percent Confidence Interval for Robust RMSEA", "Interval kepercayaan 90 persen untuk RMSEA robust"},
    {"Standard errors {}, test {}", "Galat baku {}, uji {}"},
    {"not converged", "tidak konvergen"},
    {"Free parameters = {}, sample moments = {}, degrees of freedom = {}",
     "Parameter bebas = {}, momen sampel = {}, derajat bebas = {}"},
    {"Note", "Catatan"},
    {"Fit", "Kecocokan model"},
    {"Warnings", "Peringatan"},
    {"W_A_R_N_I_N_G", "P_E_R_I_N_G_A_T_A_N"},
    // Parameter tables
    {"Parameter Estimates", "Estimasi parameter"},
    {"Defined Parameters", "Parameter turunan"},
    {"Constraints", "Kendala"},
    {"Constraint", "Kendala"},
    {"label", "label"},
    {"est", "Koefisien"},
    {"se", "Galat baku"},
    {"z", "Nilai-t"},
    {"Estimate", "Koefisien"},
    {"SE", "Galat baku"},
    {"t", "Nilai-t"},
    {"Std.", "Terstandar"},
    {"{}% CI", "IK {}%"},
    {"Confidence Intervals of the Indirect and Total Effects", "Interval Kepercayaan Pengaruh Tidak Langsung dan Total"},
    {"Std. = completely standardized estimate (std_all); a fixed parameter has no SE, t or p.",
     "Terstandar = koefisien terstandar penuh (std_all); parameter tetap tidak memiliki galat baku, nilai-t, dan p."},
    {"Factor loadings", "Muatan faktor"},
    {"Regressions", "Regresi"},
    {"Covariances", "Kovarians"},
    {"Variances", "Varians"},
    {"Intercepts", "Intersep"},
    {"Defined parameters", "Parameter turunan"},
    {"Factor", "Faktor"},
    {"Indicator", "Indikator"},
    {"Indicators", "Indikator"},
    {"Outcome", "Variabel terikat"},
    {"Predictor", "Prediktor"},
    {"Variable", "Variabel"},
    {"With", "Dengan"},
    {"Parameter", "Parameter"},
    {"Definition", "Definisi"},
    // Effects
    {"From", "Dari"},
    {"To", "Ke"},
    {"Effect", "Pengaruh"},
    {"Direct effect", "Pengaruh langsung"},
    {"Indirect effect", "Pengaruh tidak langsung"},
    {"Total effect", "Pengaruh total"},
    {"Direct, indirect and total effects", "Pengaruh langsung, tidak langsung, dan total"},
    {"Total and Indirect Effects", "Pengaruh total dan tidak langsung"},
    {"Standardized Total and Indirect Effects", "Pengaruh total dan tidak langsung terstandar"},
    {"Total Effects of X on Y", "Pengaruh total X terhadap Y"},
    {"Indirect Effects of X on Y", "Pengaruh tidak langsung X terhadap Y"},
    {"Total Effects of Y on Y", "Pengaruh total Y terhadap Y"},
    {"Indirect Effects of Y on Y", "Pengaruh tidak langsung Y terhadap Y"},
    {"Standardized Total Effects of X on Y", "Pengaruh total terstandar X terhadap Y"},
    {"Standardized Indirect Effects of X on Y", "Pengaruh tidak langsung terstandar X terhadap Y"},
    {"Standardized Total Effects of Y on Y", "Pengaruh total terstandar Y terhadap Y"},
    {"Standardized Indirect Effects of Y on Y", "Pengaruh tidak langsung terstandar Y terhadap Y"},
    // LISREL sections of the text report
    {"Covariance Matrix", "Matriks kovarians"},
    {"Number of Iterations = {}", "Jumlah iterasi = {}"},
    {"LISREL Estimates ({})", "Estimasi LISREL ({})"},
    {"Measurement Equations", "Persamaan pengukuran"},
    {"Structural Equations", "Persamaan struktural"},
    {"Reduced Form Equations", "Persamaan bentuk tereduksi"},
    {"Error Covariance Matrix (PSI)", "Matriks kovarians galat (PSI)"},
    {"Variances of Independent Variables", "Varians variabel bebas"},
    {"Covariance Matrix of Independent Variables", "Matriks kovarians variabel bebas"},
    {"Fitted Covariance Matrix", "Matriks kovarians hasil estimasi"},
    {"Covariance Matrix of Y and X", "Matriks kovarians Y dan X"},
    {"Standardized Solution", "Solusi terstandar"},
    {"Fitted Correlation Matrix", "Matriks korelasi hasil estimasi"},
    {"Correlation Matrix of Y and X", "Matriks korelasi Y dan X"},
    {"Note: This matrix is diagonal.", "Catatan: Matriks ini diagonal."},
    {"Regression Matrix Y on X (Standardized)", "Matriks regresi Y atas X (terstandar)"},
    // Goodness of fit
    {"Goodness of Fit Statistics", "Statistik kecocokan model (Goodness of Fit)"},
    {"Goodness of fit", "Kecocokan model (Goodness of Fit)"},
    {"Measure", "Ukuran"},
    {"Value", "Nilai"},
    {"Explained variance (R²)", "Koefisien determinasi (R²)"},
    {"The model is saturated (df = 0): it fits perfectly and the fit indices say nothing about it.",
     "Model jenuh (df = 0): model cocok sempurna dan indeks kecocokan tidak memberi informasi tentangnya."},
    {"The Model is Saturated, the Fit is Perfect !", "Model jenuh, kecocokan sempurna !"},
    {"90 Percent Confidence Interval for NCP", "Interval kepercayaan 90 persen untuk NCP"},
    {"90 Percent Confidence Interval for F0", "Interval kepercayaan 90 persen untuk F0"},
    {"90 Percent Confidence Interval for RMSEA", "Interval kepercayaan 90 persen untuk RMSEA"},
    {"90 Percent Confidence Interval for ECVI", "Interval kepercayaan 90 persen untuk ECVI"},
    {"Chi-Square for Independence Model with {} Degrees of Freedom",
     "Chi-square model independen dengan {} derajat bebas"},
    // HTML report
    {"Model report", "Laporan model"},
    {"Model and data", "Model dan data"},
    {"Observations (N)", "Jumlah observasi (N)"},
    {"n in chi-square and standard errors", "n untuk chi-square dan galat baku"},
    {"Data", "Data"},
    {"covariance matrix", "matriks kovarians"},
    {"correlation matrix and standard deviations", "matriks korelasi dan simpangan baku"},
    {"raw data", "data mentah"},
    {"Missing data", "Data hilang"},
    {"none", "tidak ada"},
    {"not known (matrix input)", "tidak diketahui (input matriks)"},
    {"rows dropped, listwise deletion", "baris dibuang, listwise deletion"},
    {"Observed variables", "Variabel teramati"},
    {"Latent variables", "Variabel laten"},
    {"Estimator", "Metode estimasi"},
    {"iterations", "iterasi"},
    {"Free parameters", "Parameter bebas"},
    {"Degrees of freedom", "Derajat bebas"},
    {"Warnings and notes", "Peringatan dan catatan"},
    {"No warnings.", "Tidak ada peringatan."},
    {"Path diagrams", "Diagram jalur"},
    {"Estimates", "Estimasi"},
    {"Standardized solution", "Solusi terstandar"},
    {"T-values", "Nilai-t"},
    {"Standardized estimate", "Koefisien terstandar"},
    {"Variances and error variances", "Varians dan varians galat"},
    {"Intercepts and means", "Intersep dan rata-rata"},
    {"Explained variance", "Varians yang dijelaskan"},
    {"Usual cut-off", "Batas yang lazim"},
    {"Source", "Sumber"},
    {"Met", "Terpenuhi"},
    {"The model is saturated: the fit is perfect by construction.",
     "Model jenuh (saturated): kecocokannya sempurna menurut konstruksinya."},
    {"Cut-offs are conventions, not tests. The sources:", "Batas-batas ini konvensi, bukan uji statistik. Sumbernya:"},
};

}  // namespace

std::optional<Language> parse_language(std::string_view code) {
    if (code == "en") return Language::English;
    if (code == "id") return Language::Indonesian;
    return std::nullopt;
}

std::string_view label(Language language, std::string_view english) {
    static const std::unordered_map<std::string_view, std::string_view> translations(label_catalogue().begin(),
                                                                                      label_catalogue().end());
    const auto it = translations.find(english);
    if (it == translations.end())
        throw std::logic_error("the report label '" + std::string(english) + "' is not in the catalogue "
                               "(report/common/report_language.cpp, report/common/report_labels_model_checks.cpp, "
                               "report/common/report_labels_bootstrap.cpp, report/common/report_labels_simulation.cpp, "
                               "report/common/report_labels_survey.cpp, report/common/fit_measure_catalogue.cpp)");
    return language == Language::Indonesian ? it->second : english;
}

const LabelList& label_catalogue() {
    static const LabelList catalogue = [] {
        LabelList all = kReportLabels;
        all.insert(all.end(), model_check_labels().begin(), model_check_labels().end());
        all.insert(all.end(), bootstrap_labels().begin(), bootstrap_labels().end());
        all.insert(all.end(), simulation_labels().begin(), simulation_labels().end());
        all.insert(all.end(), fit_measure_labels().begin(), fit_measure_labels().end());
        all.insert(all.end(), survey_labels().begin(), survey_labels().end());
        return all;
    }();
    return catalogue;
}

}  // namespace jalur::report

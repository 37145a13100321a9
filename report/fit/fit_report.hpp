#pragma once
// The reports of `jalur fit`: what every format needs besides the fit itself, and the one call that renders them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/results/construct_validity.hpp"
#include "engine/results/fit_result.hpp"
#include "engine/inference/constraint_wald.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/results/residuals.hpp"
#include "models/model_spec.hpp"
#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// The table a CSV report holds (--table); one CSV file is one table.
enum class CsvTable {
    Parameters, Effects, RSquared, ReducedForm, Fit, ModificationIndices, Residuals, Validity, Wald, Bootstrap
};

// "parameters", "effects", "r2", "reduced_form", "fit", "mi", "residuals", "validity", "wald" or "bootstrap";
// nullopt otherwise.
std::optional<CsvTable> parse_csv_table(std::string_view name);

// The default threshold of --mi-min: 3.84, the 5% critical value of chi-square with one degree of freedom
// (3.8415 rounded as it is usually quoted, and as the report prints it).
constexpr double kDefaultMiMin = 3.84;

// What the reports show besides the FitResult: the model's title and file, notes from reading it, and
// what is computed only on request because it costs time on big models (--mi, --residuals).
struct ReportContext {
    std::string title;
    std::string model_path;
    std::vector<std::string> notes;
    DataKind data_kind = DataKind::Covariance;  // what the sample moments were computed from
    int rows_dropped = 0;                       // raw data: rows dropped for missing values (listwise)
    std::optional<std::vector<ModificationIndex>> modification_indices{};  // engine order, every candidate
    double mi_min = kDefaultMiMin;         // the text report lists the MIs of at least this size
    std::optional<Residuals> residuals{};  // matrices in the order of FitResult::observed
    std::optional<ConstructValidity> validity{};  // --validity: omega, CR, AVE, Fornell-Larcker, HTMT
    std::optional<ConstraintWaldTests> wald_tests{};  // --wald: the equality constraints tested, each and jointly
    Language language = Language::English;  // --lang: the labels of text, Markdown and HTML reports
    CsvTable csv_table = CsvTable::Parameters;  // --table: the table of a CSV report
};

// |t| below it: not significant at the 5% level; the diagrams and the HTML report draw such values red, as
// LISREL draws its t-values.
constexpr double kCriticalT = 1.96;

// Bootstrap standard errors (lavaan's se = "bootstrap"): not for a Bollen–Stine run, a test only.
inline bool bootstrap_standard_errors(const FitResult& r) {
    return r.bootstrap && r.bootstrap->options.type != BootstrapType::BollenStine;
}

// Standard SEs from the observed information (information: observed), which the headers say.
inline bool observed_standard_errors(const FitResult& r) {
    return r.vcov_kind == VcovKind::Expected && r.information == Information::Observed && !bootstrap_standard_errors(r);
}

// The standard errors in lavaan's word: "standard", "robust.sem", "robust.huber.white" or "bootstrap".
inline const char* standard_error_name(const FitResult& r) {
    if (bootstrap_standard_errors(r)) return "bootstrap";
    return observed_standard_errors(r) ? "standard (observed information)" : vcov_kind_name(r.vcov_kind);
}

// Robust, bootstrap or observed-information standard errors or a scaled test (MLM, MLR, ...): the headers name
// both in lavaan's words.
inline bool robust_inference(const FitResult& r) {
    return !r.tests.empty() && (r.tests.size() > 1 || r.vcov_kind != VcovKind::Expected ||
                                bootstrap_standard_errors(r) || observed_standard_errors(r));
}

// A fixed parameter (not free, not a defined parameter) has no sampling variability: every report prints
// it without standard error, z or p, whatever the engine left in the row.
inline bool is_fixed(const ParameterRow& row) { return !row.free && row.op != Op::Defined; }

// The tables the Markdown and HTML reports group parameters into, in the order a reader looks for them.
enum class ParameterGroup { Loadings, Regressions, Covariances, Variances, Intercepts, Defined };
inline ParameterGroup parameter_group(const ParameterRow& row) {
    switch (row.op) {
        case Op::Loading: return ParameterGroup::Loadings;
        case Op::Regression: return ParameterGroup::Regressions;
        case Op::Covariance: return row.is_variance() ? ParameterGroup::Variances : ParameterGroup::Covariances;
        case Op::Intercept: return ParameterGroup::Intercepts;
        case Op::Defined: return ParameterGroup::Defined;
    }
    return ParameterGroup::Defined;
}

// A parameter row as the tables report it: a fixed one without SE, z, p and interval.
inline Estimate reported_estimate(const ParameterRow& row) {
    if (is_fixed(row)) return Estimate{row.est, kNaN, kNaN, kNaN, row.std_all, {}};
    return Estimate{row.est, row.se, row.z, row.pvalue, row.std_all, row.ci};
}

// The parts of an effect the model has, in the order the tables list them: direct, indirect, total.
struct EffectPart {
    const char* key;    // "direct", "indirect", "total": the JSON and CSV names
    const char* label;  // "Direct effect", …: the report label
    const Estimate& estimate;
};
inline std::vector<EffectPart> effect_parts(const Effect& effect) {
    std::vector<EffectPart> parts;
    if (effect.direct) parts.push_back({"direct", "Direct effect", *effect.direct});
    if (effect.indirect) parts.push_back({"indirect", "Indirect effect", *effect.indirect});
    if (effect.total) parts.push_back({"total", "Total effect", *effect.total});
    return parts;
}

// The complete report, ready to be written in one piece. A CSV report is the table context.csv_table names.
std::string render_report(ReportFormat format, const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

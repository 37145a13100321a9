#pragma once
// Everything a fit produces. The parameter table carries estimates, SEs, z, p and standardized values;
// the rest is organised for reports.
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

#include "engine/estimation/estimation_options.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/estimation/optimizer.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/resampling/bootstrap_result.hpp"
#include "engine/results/incremental_indices.hpp"
#include "engine/results/rmsea.hpp"

namespace jalur {

// An estimate with its delta-method standard error and its completely standardized value.
struct Estimate {
    double est = kNaN;
    double se = kNaN;
    double z = kNaN;       // est / se (LISREL's t-value)
    double pvalue = kNaN;  // two-sided, standard normal
    double std_all = kNaN;
    ConfidenceInterval ci;  // at FitResult::ci_level
};

// Effect of `from` on `to`. A part is empty when the model has no such path (no direct arrow,
// or no path through other variables).
struct Effect {
    std::string from;
    std::string to;
    std::optional<Estimate> direct;
    std::optional<Estimate> indirect;
    std::optional<Estimate> total;
};

// LISREL's reduced form: an endogenous variable on the exogenous variables alone.
struct ReducedFormEquation {
    std::string outcome;
    std::vector<std::pair<std::string, Estimate>> terms;  // exogenous variable, total effect
    double error_variance = kNaN;
    double r2 = kNaN;
};

// With a scaled test (MLM, MLMV, MLR): lavaan's "*.scaled" and "*.robust" fit measures.
struct ScaledFitMeasures {
    std::string test;                    // lavaan's name of the scaled test ("satorra.bentler", …)
    double chisq = kNaN;                 // chisq.scaled
    double df = 0;                       // df.scaled: the model's, or the mean-and-variance adjusted test's df*
    double pvalue = kNaN;
    double scaling_factor = kNaN;        // chisq.scaling.factor (1/a for the scaled-and-shifted test)
    double shift = kNaN;                 // the scaled-and-shifted test's b; NaN for the others
    double baseline_chisq = kNaN, baseline_pvalue = kNaN, baseline_scaling_factor = kNaN;
    double baseline_df = 0;
    IncrementalIndices indices;          // cfi.scaled, tli.scaled, …: with the scaled statistics
    IncrementalIndices robust;           // cfi.robust, tli.robust, rni.robust
    Rmsea rmsea;                         // rmsea.scaled with its interval and p
    Rmsea rmsea_robust;                  // rmsea.robust with its interval and p
};

struct FitMeasures {
    // F at the solution (for ML: log|Σ| + tr(SΣ⁻¹) − log|S| − p), LISREL's "Minimum Fit Function Value"
    double minimum_fit_function = kNaN;
    double fmin = kNaN;      // lavaan's fmin: F/2 (lavaan's discrepancy functions carry the factor ½)
    double chisq = kNaN;     // the first test's (FitResult::tests): n · F for the standard test
    int df = 0;
    double pvalue = kNaN;
    int npar = 0;
    int moments = 0;         // p(p+1)/2 (+ p with a mean structure), less a fixed x block's
    double baseline_chisq = kNaN;  // the baseline model's (baseline_model.hpp), with the same test
    int baseline_df = 0;
    double baseline_pvalue = kNaN;
    double cfi = kNaN, tli = kNaN, nfi = kNaN, rfi = kNaN, ifi = kNaN, rni = kNaN, pnfi = kNaN;
    double rmsea = kNaN, rmsea_ci_lower = kNaN, rmsea_ci_upper = kNaN, rmsea_pvalue = kNaN;
    double srmr = kNaN, rmr = kNaN;
    double gfi = kNaN, agfi = kNaN, pgfi = kNaN;
    double logl = kNaN, unrestricted_logl = kNaN;
    double aic = kNaN, bic = kNaN, bic2 = kNaN;  // bic2: sample-size adjusted BIC
    double ecvi = kNaN;
    double cn_05 = kNaN, cn_01 = kNaN;            // Hoelter's critical N
    // LISREL's extras: non-centrality λ = max(χ² − df, 0) with its 90% interval, F0 = λ/n, ECVI's interval
    // and its values for the saturated and independence models, and AIC/CAIC on the chi-square scale
    // (χ² + 2q, χ² + (1 + ln N) q) for the model, the saturated and the independence model.
    double ncp = kNaN, ncp_ci_lower = kNaN, ncp_ci_upper = kNaN;
    double f0 = kNaN, f0_ci_lower = kNaN, f0_ci_upper = kNaN;
    double ecvi_ci_lower = kNaN, ecvi_ci_upper = kNaN, ecvi_saturated = kNaN, ecvi_independence = kNaN;
    double aic_model = kNaN, aic_saturated = kNaN, aic_independence = kNaN;
    double caic_model = kNaN, caic_saturated = kNaN, caic_independence = kNaN;
    std::optional<ScaledFitMeasures> scaled;
    bool saturated() const { return df == 0; }
};

struct FitResult {
    ParameterTable table;               // the completed table (defaults added) with results
    OptimizerSummary optimizer;
    Eigen::VectorXd theta;              // θ̂: the free parameters at the estimates, in RamModel order
    Estimator estimator = Estimator::ML;
    std::string estimator_label = "ML";  // lavaan's shorthand with the SE and test kinds: MLM, MLMV, MLR, or the name
    VcovKind vcov_kind = VcovKind::Expected;
    Information information = Information::Expected;  // the one the SEs (or the sandwich's bread) inverted
    Likelihood likelihood = Likelihood::Wishart;
    int n = 0;                          // N, the number of observations
    double n_inference = 0;             // the n of chi-square and SEs (N − 1, N or the user's inference_n)
    int rows_dropped = 0;               // raw data: rows dropped by listwise deletion
    std::vector<std::string> data_notes;  // about the data (the listwise deletion), for the report's notes

    std::vector<std::string> observed;    // variables of the model, in data order
    std::vector<std::string> endogenous;  // outcomes of at least one regression, in data order
    std::vector<std::string> exogenous;   // the others
    std::vector<std::string> fixed_exogenous;  // `exogenous: fixed`: those whose moments are fixed at the sample's
    Eigen::MatrixXd sample_covariance;    // S as fitted (divisor N for normal likelihood), observed order
    Eigen::MatrixXd implied_covariance;   // Σ at the estimates
    bool meanstructure = false;           // intercepts and means were fitted
    Eigen::VectorXd sample_means;         // ȳ (observed order), with a mean structure
    Eigen::VectorXd implied_means;        // μ̂ at the estimates, with a mean structure
    std::optional<MomentWeight> moment_weight;  // ULS, DWLS, WLS: the weight F had, for the score tests
    Eigen::MatrixXd vcov;                 // covariance matrix of the free parameters

    std::vector<std::pair<std::string, double>> r2;  // endogenous variable (observed, then latent) → R²
    std::vector<ReducedFormEquation> reduced_form;
    std::vector<Effect> effects;          // every ordered pair with a path, in causal order
    std::vector<ModelTest> tests;         // the tests EstimationOptions::tests asked for, in its order
    double ci_level = kDefaultCiLevel;    // the level of every confidence interval (EstimationOptions::ci_level)
    FitMeasures fit;                      // computed from the first test
    std::vector<std::string> warnings;    // Heywood cases and other things a reader must see
    // With EstimationOptions::bootstrap: the run (its SEs and intervals replace the delta-method ones unless it
    // is a Bollen–Stine test).
    std::optional<BootstrapResult> bootstrap;
};

}  // namespace jalur

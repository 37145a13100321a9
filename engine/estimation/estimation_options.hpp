#pragma once
// How a model is estimated. Defaults follow LISREL for matrix input and lavaan for raw data.
#include <optional>
#include <string>
#include <vector>

#include "engine/resampling/bootstrap_options.hpp"

namespace jalur {

// The estimators jalur knows (engine/estimation/estimator.hpp gives each its discrepancy).
enum class Estimator {
    ML,    // maximum likelihood (normal theory)
    GLS,   // normal-theory generalized least squares, weight S⁻¹
    WLS,   // weighted least squares with the ADF weight Γ⁻¹ (Browne 1984; LISREL's WLS, "ADF")
    ULS,   // unweighted least squares
    DWLS,  // diagonally weighted least squares, weight diag(Γ)⁻¹
};
const char* estimator_name(Estimator estimator);  // "ML", "GLS", "WLS", "ULS", "DWLS"

enum class Likelihood {
    Wishart,  // n = N - 1 in chi-square and standard errors (LISREL, EQS)
    Normal,   // n = N, with S rescaled to divisor N (lavaan's default)
};

const char* likelihood_name(Likelihood likelihood);  // "wishart" / "normal"
std::optional<Likelihood> parse_likelihood(const std::string& name);  // the reverse; nothing for other names

// How latent variables get their scale.
enum class Identification {
    Marker,  // the first loading of each factor fixed to 1 (LISREL, lavaan's default)
    StdLv,   // factor variances fixed to 1, all loadings free (lavaan's std.lv = TRUE)
};

// The variances, covariances (and means) of the exogenous observed variables — lavaan's ov.x: predictors in
// regressions that are outcomes of none and measure nothing. The YAML words are "free" and "fixed".
enum class ExogenousMoments {
    Free,   // estimated, as LISREL estimates Φ (lavaan's fixed.x = FALSE); jalur's default
    Fixed,  // fixed at their sample values (lavaan's sem() default, fixed.x = TRUE): the model is conditional on
            // them, so npar, the log-likelihood, AIC, BIC and GFI are lavaan's; estimates, SEs, χ² and df the same
};

// How the infer stage computes the sampling covariance of θ̂ (lavaan's se =).
enum class VcovKind {
    Expected,          // "standard": the inverse expected information with the discrepancy's weight, divided by n
    RobustSem,         // "robust.sem": E⁻¹ B E⁻¹ / N, E the expected information, B the casewise scores' second
                       // moment (Satorra–Bentler's sandwich; MLM, MLMV, MLMVS)
    RobustHuberWhite,  // "robust.huber.white": H⁻¹ B H⁻¹ / N with H the observed information (MLR; or the expected)
};
const char* vcov_kind_name(VcovKind kind);  // lavaan's names: "standard", "robust.sem", "robust.huber.white"
std::optional<VcovKind> parse_vcov_kind(const std::string& name);  // the reverse; nothing for other names

// Which information matrix the standard errors invert (lavaan's information =).
enum class Information {
    Expected,  // "expected": ΔᵀWΔ at θ̂ (jalur's and lavaan's default for ML, LISREL's)
    Observed,  // "observed": ½ ∂²F/∂θ² at θ̂, the Hessian of the discrepancy (lavaan's default for MLR's sandwich)
};
const char* information_name(Information information);                  // "expected" / "observed"
std::optional<Information> parse_information(const std::string& name);  // the reverse

// A test of the model against the saturated one (lavaan's test =). The fit measures come from the first; a
// scaled test after it gives the scaled and robust fit measures.
enum class TestStatistic {
    Standard,          // "standard": n·F, referred to χ²(df)
    SatorraBentler,    // "satorra.bentler": T / c, c = tr(UΓ)/df (MLM)
    YuanBentlerMplus,  // "yuan.bentler.mplus": T / c, c = [tr(A₁Γ) − tr(H⁻¹B)]/df (MLR)
    ScaledShifted,     // "scaled.shifted": a·T + b matching the mean and variance of χ²(df) (MLMV)
    MeanVarAdjusted,   // "mean.var.adjusted": T / c on Satterthwaite's df* = tr(UΓ)²/tr((UΓ)²) (MLMVS)
};

const char* test_statistic_name(TestStatistic statistic);  // lavaan's: "standard", "satorra.bentler", …
std::optional<TestStatistic> parse_test_statistic(const std::string& name);  // the reverse

// lavaan's shorthands for ML with robust standard errors and a scaled test, and the estimators of their own.
struct EstimatorChoice {
    Estimator estimator = Estimator::ML;
    VcovKind vcov = VcovKind::Expected;
    std::vector<TestStatistic> tests = {TestStatistic::Standard};
};
// ML, GLS, WLS (ADF as its synonym), ULS, DWLS, MLM, MLMV, MLMVS, MLR, in any letter case; nothing for other names.
std::optional<EstimatorChoice> parse_estimator_choice(const std::string& name);
// The list the messages give: "ML, GLS, WLS (or ADF), ULS, DWLS, MLM, MLMV, MLMVS or MLR".
extern const char* const kEstimatorChoices;

// The ranges of the numeric options (docs/model-spec.md). A sample size beyond a billion is a typing error
// and pushes the non-central chi-square past what it can evaluate; a ridge above 1 more than doubles every
// variance, which replaces the matrix rather than smoothing it.
constexpr int kLargestSampleSize = 1000000000;  // n of the data, inference_n, SIMPLIS' Sample Size
constexpr double kLargestRidge = 1.0;
constexpr int kLargestEvaluationLimit = 1000000000;
constexpr double kDefaultCiLevel = 0.95;  // the level of the confidence intervals, as lavaan's

struct EstimationOptions {
    Estimator estimator = Estimator::ML;
    // ML only: the least-squares estimators always fit S with divisor N − 1 and take n = N − 1 (lavaan).
    Likelihood likelihood = Likelihood::Wishart;
    Identification identification = Identification::Marker;
    // Overrides the n that multiplies the fit function in chi-square and divides the information matrix
    // in standard errors (default N - 1 for wishart, N for normal). See docs/reproducing-lisrel.md.
    std::optional<double> inference_n;
    // A sample covariance matrix that is not positive definite is refused, unless a ridge is given: then
    // its diagonal is multiplied by (1 + ridge), as LISREL's ridge option does, and a warning says so.
    std::optional<double> ridge;
    // Fit a mean structure (intercepts of the observed variables, latent means fixed at 0), as lavaan's
    // meanstructure = TRUE. Also on when the table has intercept rows (~1). Needs sample means.
    bool meanstructure = false;
    ExogenousMoments exogenous = ExogenousMoments::Free;
    int max_evaluations = 10000;       // objective evaluations the optimizer may spend
    double gradient_tolerance = 1e-6;  // converged when every |dF/dtheta| is below this
    double relative_tolerance = 1e-12; // stop when F changes less than this, relatively
    VcovKind vcov = VcovKind::Expected;
    // The information the standard SEs (vcov Expected) invert, the expected one unless given; the robust kinds
    // bring their own (robust.sem the expected, robust.huber.white the observed, or the expected one when given:
    // lavaan's MLR with information = "expected"); robust.sem with the observed one is not available yet.
    std::optional<Information> information;
    // The tests computed; the first is the standard one the fit measures are computed from, a scaled one after
    // it gives the scaled and robust fit measures.
    std::vector<TestStatistic> tests = {TestStatistic::Standard};
    // The level of the Wald confidence intervals of the estimates, effects and standardized values; strictly
    // between 0 and 1.
    double ci_level = kDefaultCiLevel;
    // A bootstrap after the fit (lavaan's se = "bootstrap", or test = "bollen.stine" with type BollenStine).
    std::optional<BootstrapOptions> bootstrap;

    // What parse_estimator_choice gave: the estimator, its vcov kind and its tests.
    void choose(const EstimatorChoice& choice) {
        estimator = choice.estimator;
        vcov = choice.vcov;
        tests = choice.tests;
    }
    // A robust vcov or a scaled test: they need the raw rows.
    bool robust() const { return vcov != VcovKind::Expected || tests.size() > 1; }
    // lavaan's shorthand for the estimator with its vcov kind and tests (MLM, MLMV, MLMVS, MLR), else its name.
    std::string estimator_label() const;

    // Empty when the options are usable, else what is wrong with them.
    std::string validate() const;
};

}  // namespace jalur

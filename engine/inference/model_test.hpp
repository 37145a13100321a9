#pragma once
// A test of the model against the saturated one (the infer stage computes those EstimationOptions::tests asks
// for). The fit measures are computed from the first.
#include <string>

#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"

namespace jalur {

struct ModelTest {
    TestStatistic statistic = TestStatistic::Standard;
    std::string name;        // "standard"
    double chisq = kNaN;     // the statistic (scaled, for a scaled test)
    int df = 0;
    double pvalue = kNaN;    // upper tail of χ²(df)
    double scaling = 1;      // the scaling factor of a scaled test (1/a of scaled.shifted); 1 for the standard one
    double shift = 0;        // scaled.shifted's b
    double trace_ugamma = kNaN;  // a scaled test's tr(UΓ) (c·df; lavaan's trace.UGamma), the df of scaled RMSEA
    double df_scaled = kNaN;     // a scaled test's reference df: df, or the mean-and-variance adjusted test's df*
};

// The traces a scaled test is computed from (robust.hpp); NaN where not computed.
struct ScalingTraces {
    double trace_ugamma = kNaN;   // tr(UΓ) (Satorra–Bentler)
    double trace_ugamma2 = kNaN;  // tr((UΓ)²) (scaled and shifted)
    double yuan_bentler = kNaN;   // tr(A₁ᵤΓ) − tr(H⁻¹B₀) (Yuan–Bentler, Mplus)
};

// A scaled test from the standard one: Satorra–Bentler T/c with c = tr(UΓ)/df, Yuan–Bentler (Mplus) T/c with
// c = its trace/df, scaled-and-shifted a·T + b with a = √(df/tr((UΓ)²)), b = df − a·tr(UΓ), mean-and-variance
// adjusted T/c with c = tr(UΓ)/df* on df* = tr(UΓ)²/tr((UΓ)²) (fractional). A scaling factor that is not
// positive (tr(UΓ) < 0 in a small or heavy-tailed sample) leaves the scaled χ² and its p undefined (NaN), as lavaan
// leaves them NA.
ModelTest scaled_test(TestStatistic statistic, const ModelTest& standard, const ScalingTraces& traces);

// The standard test of a fit of `estimator` with discrepancy F at θ̂ (F ≥ 0: a perfect fit can land a rounding
// error below), multiplier n and df degrees of freedom; no p-value where its T has no known reference
// distribution (ULS: lavaan's NA).
ModelTest model_test(double fmin, double n, int df, Estimator estimator = Estimator::ML);

// Upper-tail probability of a (central) chi-square; 1 for df = 0 (a saturated model, whose χ² is 0 up to rounding).
double chisq_pvalue(double statistic, double df);

}  // namespace jalur

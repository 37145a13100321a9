#pragma once
// What the draws of one quantity say about it: the bootstrap SE, bias and the five intervals, as lavaan's
// parameterEstimates(boot.ci.type = ) computes them (estimation-notes §4.2): quantiles interpolated on the normal
// scale as the boot package's norm.inter, the SE with the 1/B variance.
#include <Eigen/Dense>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "engine/resampling/bootstrap_options.hpp"

namespace jalur {

struct BootstrapSummary {
    int replicates = 0;  // the finite draws the summary is made of
    double mean = kNaN;
    double se = kNaN;    // √(Σ(t* − t̄*)² / B), or with B − 1 (SeDivisor)
    double bias = kNaN;  // t̄* − θ̂
    ConfidenceInterval percentile, bca, bca_simple, basic, normal;
};

// The summary's interval of that kind.
ConfidenceInterval interval_of(const BootstrapSummary& summary, BootstrapInterval kind);

// boot's norm.inter: the α quantile of the sorted draws t_(1) ≤ … ≤ t_(B). With k = ⌊(B + 1) α⌋: t_(k) when
// (B + 1) α is a whole number, else t_(k) and t_(k+1) interpolated on the normal quantile scale; t_(1) or t_(B)
// beyond the ends.
double normal_scale_quantile(const std::vector<double>& sorted, double alpha);

// The divisor of the draws' variance. lavaan 0.6.14 takes B for the free parameters (its vcov, N·cov(θ*)·(B−1)/B)
// and B − 1 for the defined ones (their cov()); jalur does the same, and takes B − 1 for the quantities lavaan
// does not bootstrap (standardized values, R², effects), as sd() does.
enum class SeDivisor { Replicates, ReplicatesLessOne };

// The summary of a quantity estimated at `estimate` from its draws (non-finite ones are left out) at `level`.
// `acceleration`: BCa's a (NaN when unknown: then the BCa interval is NaN too).
BootstrapSummary summarize_draws(double estimate, const Eigen::Ref<const Eigen::VectorXd>& draws, double level,
                                 double acceleration, SeDivisor divisor);

// BCa's acceleration of every column of `draws` (a replicate per row, all finite) from the case counts of the
// replicates' resamples (`counts`: a replicate per row, a case per column), by the regression estimate of the
// empirical influence values (boot's empinf(type = "reg"), lavaan's "bca"): the draws regressed on the counts
// with an intercept, the first case left out; L = (0, β) centred, a = ΣL³ / (6 (ΣL²)^{3/2}). NaN for every
// column when there are no more replicates than cases (the regression has no unique solution).
Eigen::VectorXd bca_acceleration(const Eigen::MatrixXd& draws, const Eigen::MatrixXd& counts);

}  // namespace jalur

#pragma once
// z = est / se (LISREL's t-value) and its two-sided p-value under the standard normal.
#include "engine/results/fit_result.hpp"

namespace jalur {

double two_sided_pvalue(double z);

// An Estimate with z and p filled from est and se (NaN when se is not positive).
Estimate wald_estimate(double est, double se, double std_all);

// Standard error of a linear function jᵀθ: √(jᵀ V j); NaN (not available) when jᵀ V j is not finite or
// negative beyond rounding, never 0 in its place.
double delta_se(const Eigen::VectorXd& gradient, const Eigen::MatrixXd& vcov);

}  // namespace jalur

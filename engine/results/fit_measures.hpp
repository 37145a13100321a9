#pragma once
// Fit statistics as lavaan 0.6 computes them (sem-numerics §4). n is the multiplier of the fit function
// (N − 1 for the Wishart likelihood, N for the normal one); N the number of observations.
#include <Eigen/Dense>
#include <optional>
#include <vector>

#include "engine/estimation/estimation_options.hpp"
#include "engine/results/fit_result.hpp"

namespace jalur {

struct FitInput {
    Eigen::MatrixXd sample;   // S as fitted
    Eigen::MatrixXd implied;  // Σ̂
    double fmin = 0;          // F_ML at the solution
    int npar = 0;             // distinct free parameters
    int n_observations = 0;   // N
    double n = 0;             // multiplier of F in chi-square
    // With a mean structure: ȳ and μ̂. Moments become p(p+1)/2 + p; the baseline keeps its means free (so its
    // chi-square and df do not change); SRMR/RMR include the mean residuals, GFI the mean part of the
    // normal-theory weight (Σ̂⁻¹), the log-likelihood the mean term.
    std::optional<Eigen::VectorXd> sample_means, implied_means;
    std::vector<int> exogenous;  // observed exogenous variables: the baseline keeps their covariances free
};

FitMeasures compute_fit_measures(const FitInput& input);

// Upper-tail probability of a (central) chi-square; 1 for df = 0 and statistic 0 (a saturated model).
double chisq_pvalue(double statistic, int df);

}  // namespace jalur

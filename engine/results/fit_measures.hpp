#pragma once
// Fit statistics as lavaan 0.6 computes them (sem-numerics §4). n is the multiplier of the fit function
// (N − 1 for the Wishart likelihood, N for the normal one, or inference_n); N the number of observations.
#include <Eigen/Dense>
#include <optional>

#include "engine/estimation/estimation_options.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/results/fit_result.hpp"

namespace jalur {

struct FitInput {
    Estimator estimator = Estimator::ML;
    Eigen::MatrixXd sample;   // S as fitted
    Eigen::MatrixXd implied;  // Σ̂
    double fmin = 0;          // F at the solution (FitMeasures::minimum_fit_function; lavaan's fmin is F/2)
    ModelTest test;           // the test the measures are computed from (its χ², df and p)
    // The baseline (independence) model's test, fitted as the model was (baseline_model.hpp); without it the
    // baseline and the indices that compare with it are not available.
    std::optional<ModelTest> baseline;
    // A scaled test (the fit's second) and the baseline's: the scaled and robust measures.
    std::optional<ModelTest> scaled, baseline_scaled;
    int npar = 0;             // distinct free parameters
    int n = 0;                // N, the number of observations (as FitResult::n)
    double n_inference = 0;   // n, the multiplier of F in chi-square (as FitResult::n_inference)
    // With a mean structure: ȳ and μ̂. Moments become p(p+1)/2 + p; SRMR/RMR include the mean residuals, GFI
    // the mean part of the normal-theory weight (Σ̂⁻¹), the log-likelihood the mean term.
    std::optional<Eigen::VectorXd> sample_means, implied_means;
    // `exogenous: fixed`: the positions of the variables whose moments are fixed at the sample's. The
    // log-likelihoods are then conditional on them (less the x block's marginal at its sample moments) and GFI
    // leaves their moments out of its weight, as lavaan computes both; `moments` counts the fitted ones (npar +
    // df), SRMR, RMR, AGFI and PGFI all, as lavaan does.
    std::vector<int> fixed_exogenous;
    // A least-squares estimator's F at Σ = 0, μ = 0: oᵀWo with its own weight, GFI's denominator (lavaan's GFI
    // for GLS, WLS, ULS, DWLS is 1 − eᵀWe / oᵀWo, and eᵀWe is F).
    double null_fmin = kNaN;
};

[[nodiscard]] FitMeasures compute_fit_measures(const FitInput& input);

}  // namespace jalur

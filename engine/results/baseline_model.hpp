#pragma once
// The baseline (independence) model the incremental fit indices (CFI, TLI, NFI, ...) compare a model with, as
// lavaan's with fixed.x = FALSE: every observed variable with its own variance, uncorrelated except the
// exogenous ones, whose covariances stay free, and with a mean structure each its own mean. It is fitted through
// the same stages as the model — prepared, estimated with the problem's estimator, tested with its first test —
// starting from the closed-form ML solution (Σ₀ = S on those blocks, μ₀ = ȳ), where ML stops at once. Where the
// problem's discrepancy is stationary at that start (ML always is), baseline_test evaluates it there once
// instead: the same F, bit for bit, without a problem, a workspace and a search.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/estimation/discrepancy.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/model/prepare.hpp"

namespace jalur {

// What a baseline is built from: the fitted problem's options and moments, by reference (a FitResult has them
// all), so that the usual case, one evaluation, copies nothing.
struct BaselineInput {
    const EstimationOptions& options;
    Estimator estimator;
    const std::vector<std::string>& observed;   // in data order
    const std::vector<std::string>& exogenous;  // the observed exogenous variables
    const Eigen::MatrixXd& sample_covariance;   // S as fitted
    const Eigen::VectorXd& sample_means;        // with a mean structure; empty otherwise
    bool meanstructure;
    int n;
    double n_inference;
    const MomentWeight* weight = nullptr;       // ULS, DWLS, WLS: the fitted problem's weight on the moments
    const Eigen::MatrixXd* rows = nullptr;      // robust options: the fitted problem's complete rows
};

// The baseline as a prepared problem: its table, moments and start values (the closed-form ML solution).
PreparedProblem baseline_problem(const BaselineInput& input);

// Its tests (those of options.tests: the standard one, and a scaled one with the traces of the baseline's own
// fit); χ² not available (NaN) when its estimation did not converge. `sample_discrepancy`, when given, is the
// fitted problem's discrepancy of the same sample (a workspace's), used for the one evaluation at the
// closed-form start instead of a new one.
std::vector<ModelTest> baseline_tests(const BaselineInput& input, Discrepancy* sample_discrepancy = nullptr);

}  // namespace jalur

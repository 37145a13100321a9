#pragma once
// Start values close to the solution, so that most searches take few steps (a saturated recursive path
// model takes none, as in LISREL): regressions by least squares per equation from the sample covariances,
// residual variances from those regressions, exogenous moments at their sample values, the rest zero.
// A user's start value always wins.
#include <Eigen/Dense>

#include "engine/model/parameter_table.hpp"
#include "engine/model/ram_model.hpp"

namespace jalur {

// With a mean structure, `means` are the sample means (observed order): intercepts of observed variables
// start at ȳ minus the least-squares fit of their observed predictors' means; a free latent mean starts where
// an indicator with a fixed intercept puts it (κ = (ȳ − τ) / λ, the marker's when it has one, else 0), and the
// intercepts of its indicators at ȳ − λ κ.
Eigen::VectorXd start_values(const ParameterTable& table, const RamModel& model, const Eigen::MatrixXd& sample,
                             const Eigen::VectorXd* means = nullptr);

// Safe fallback: zero paths and covariances, variances at their sample values (a diagonal Σ, always
// positive definite).
Eigen::VectorXd diagonal_start_values(const ParameterTable& table, const RamModel& model,
                                      const Eigen::MatrixXd& sample);

}  // namespace jalur

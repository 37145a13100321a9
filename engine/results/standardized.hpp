#pragma once
// The standardized solution (lavaan's std.all and std.lv, sem-numerics §5), written into the table with
// delta-method standard errors: with v = diag(C) the model-implied variances,
//   a*_ij = a_ij √v_j / √v_i,  s*_ii = s_ii / v_i,  s*_ij = s_ij / √(s_ii s_jj);
// std.lv rescales latent variables only. The gradients are analytic: ∂v_i/∂a_rc = 2 B_ir C_ci,
// ∂v_i/∂s_rc = B_ir B_ic (twice for r ≠ c).
#include <Eigen/Dense>
#include <vector>

#include "engine/model/implied_moments.hpp"
#include "engine/model/parameter_table.hpp"

namespace jalur {

// Gradients of every row's standardized values with respect to θ (empty for defined rows).
struct StandardizedGradients {
    std::vector<Eigen::VectorXd> all;
    std::vector<Eigen::VectorXd> lv;
};

// The factors that turn a row's value into its std.all and std.lv values at these moments (a loading,
// regression, (co)variance or intercept; the row need not be in the model, e.g. a modification index's EPC).
struct StandardizationFactors {
    double all;
    double lv;
};
StandardizationFactors standardization_factors(const ParameterRow& row, const ImpliedMoments& implied);

// Requires est on every row and the implied moments at the estimates.
StandardizedGradients standardize(ParameterTable& table, const ImpliedMoments& implied, const Eigen::MatrixXd& vcov);

}  // namespace jalur

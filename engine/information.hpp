#pragma once
// Expected information of the ML discrepancy and the identification check on it (sem-numerics §1, §8).
#include <Eigen/Dense>
#include <vector>

#include "engine/implied_moments.hpp"

namespace jalur {

// ∂Σ/∂θ_k for every free parameter k, each p × p, at the current implied moments:
// a_ij gives B_{·i} C_{j·} + its transpose; s_ij gives B_{·i} B_{·j}ᵀ (+ its transpose when i ≠ j).
std::vector<Eigen::MatrixXd> sigma_derivatives(const ImpliedMoments& implied);

// Unit expected information I_kl = ½ tr(Σ⁻¹ Σ_k Σ⁻¹ Σ_l); the covariance of θ̂ is I⁻¹ / n.
Eigen::MatrixXd expected_information(const ImpliedMoments& implied);

// Free parameters that span the (near) null space of the information matrix: empty when it is
// positive definite. A non-empty answer means the model is not (locally) identified.
std::vector<int> unidentified_parameters(const Eigen::MatrixXd& information);

}  // namespace jalur

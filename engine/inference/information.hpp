#pragma once
// Expected information of a normal-theory discrepancy and the identification check on it (sem-numerics §1, §8).
// Every function here needs the covariances of all variables (ImpliedMoments::compute_all_covariances).
#include <Eigen/Dense>
#include <vector>

#include "engine/estimation/discrepancy.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/progress.hpp"

namespace jalur {

// ∂Σ/∂θ_k for every free parameter k, each p × p, at the current implied moments:
// a_ij gives B_{·i} C_{j·} + its transpose; s_ij gives B_{·i} B_{·j}ᵀ (+ its transpose when i ≠ j).
std::vector<Eigen::MatrixXd> sigma_derivatives(const ImpliedMoments& implied);

// ∂μ/∂θ (p × q) of a mean structure μ = B_top m: a_ij gives B_{·i} (B m)_j, m_i gives B_{·i}
// (zero without a mean structure). sigma_derivatives gives zero matrices for intercepts and means.
Eigen::MatrixXd mean_derivatives(const ImpliedMoments& implied);

// Unit expected information with the normal-theory weight of Γ = `weight_covariance` (Discrepancy::
// weight_covariance): I_kl = ½ tr(Γ⁻¹ Σ_k Γ⁻¹ Σ_l) (+ μ_kᵀ Γ⁻¹ μ_l with a mean structure); for ML, Γ = Σ and the
// covariance of θ̂ is I⁻¹ / n. Reports to `progress` the entries (k, l ≤ k) done, of
// information_entries(q): rows grow longer, so a count of rows would misjudge the time left.
Eigen::MatrixXd expected_information(const ImpliedMoments& implied, const Eigen::MatrixXd& weight_covariance,
                                     Progress* progress = nullptr);
// The same with Γ = the implied Σ: ML's expected information.
inline Eigen::MatrixXd expected_information(const ImpliedMoments& implied, Progress* progress = nullptr) {
    return expected_information(implied, implied.sigma(), progress);
}

// Unit expected information ΔᵀWΔ of a weight on the moments (MomentWeight: ULS, DWLS, WLS), with
// Δ = ∂[μ; vech Σ]/∂θ in the weight's order.
Eigen::MatrixXd expected_information(const ImpliedMoments& implied, const MomentWeight& weight);

// The first `columns` columns of the information (all q rows) and its whole diagonal: what the score tests of
// the modification indices need (the model's own block, each candidate's row against it, each candidate's
// own entry), at O(q · columns) entries instead of O(q²). Reports the rows done, of q.
struct InformationColumns {
    Eigen::MatrixXd columns;   // q × columns
    Eigen::VectorXd diagonal;  // q
};
InformationColumns information_columns(const ImpliedMoments& implied, const Eigen::MatrixXd& weight_covariance,
                                       int columns, Progress* progress = nullptr);

// The number of entries expected_information computes for q free parameters: the stage total to announce.
inline std::size_t information_entries(int q) { return static_cast<std::size_t>(q) * (static_cast<std::size_t>(q) + 1) / 2; }

// Free parameters that span the (near) null space of the information matrix: empty when it is
// positive definite. A non-empty answer means the model is not (locally) identified.
std::vector<int> unidentified_parameters(const Eigen::MatrixXd& information);

}  // namespace jalur

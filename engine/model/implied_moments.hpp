#pragma once
// θ → model-implied moments of a RAM model: B = (I − A)⁻¹, Σ = B_top S B_topᵀ (B_top: the observed rows),
// μ = B_top m with a mean structure, and, when asked, C = B S Bᵀ (covariances of all variables, observed and
// latent; Σ is its observed block). Also the RAM chain rule ∂F/∂θ from ∂F/∂Σ and ∂F/∂μ, the same for every
// discrepancy. A per-thread workspace: update() and chain_rule() allocate nothing after their first call.
#include <Eigen/Dense>
#include <vector>

#include "engine/model/ram_model.hpp"

namespace jalur {

class ImpliedMoments {
public:
    explicit ImpliedMoments(const RamModel& model);

    // False when I − A is singular (a non-recursive model with a unit feedback loop). Recursive models
    // (no cycle of paths) get B from the finite series of A's powers, without a matrix inverse.
    // The search needs only Σ and μ: C is left out of date until compute_all_covariances().
    [[nodiscard]] bool update(const Eigen::VectorXd& theta);
    // C = B S Bᵀ at the point of the last update(); what the information, the effects and the standardized
    // solution need.
    void compute_all_covariances();

    // ∂F/∂θ (size: the free parameters) at the point of the last update(), from d_sigma = ∂F/∂Σ (symmetric,
    // every entry of Σ taken as its own variable) and d_mu = ∂F/∂μ (empty without a mean structure):
    // with d_S = B_topᵀ (∂F/∂Σ) B_top and d_m = B_topᵀ ∂F/∂μ (∂F/∂S and ∂F/∂m, every entry its own variable),
    // ∂F/∂a_ij = 2[d_S S Bᵀ]_ij + d_m,i (B m)_j, ∂F/∂s_ii = d_S,ii, ∂F/∂s_ij = 2 d_S,ij, ∂F/∂m_i = d_m,i
    // (sem-numerics §1).
    void chain_rule(const Eigen::MatrixXd& d_sigma, const Eigen::VectorXd& d_mu, Eigen::VectorXd& gradient);

    const RamModel& model() const { return *model_; }
    const Eigen::MatrixXd& A() const { return A_; }
    const Eigen::MatrixXd& S() const { return S_; }
    const Eigen::MatrixXd& B() const { return B_; }
    // Throws std::logic_error when compute_all_covariances() was not called since the last update().
    const Eigen::MatrixXd& C() const;
    bool has_all_covariances() const { return c_current_; }
    // True when the last update() was at θ and succeeded.
    bool is_at(const Eigen::VectorXd& theta) const { return current_ && theta_ == theta; }
    const Eigen::MatrixXd& sigma() const { return sigma_; }
    // The mean structure (when model().has_means): m (intercepts and means) and μ = B_top m.
    const Eigen::VectorXd& m() const { return m_; }
    const Eigen::VectorXd& mu() const { return mu_; }

private:
    const RamModel* model_;
    Eigen::MatrixXd A_, S_, B_, sigma_, I_minus_A_, BS_, power_, next_, C_;
    Eigen::VectorXd theta_, m_, mu_;
    bool current_ = false, c_current_ = false;
    Eigen::PartialPivLU<Eigen::MatrixXd> lu_;
    // The chain rule's buffers (d_S_ and d_m_ as in chain_rule's comment; m_ above is the vector m itself).
    Eigen::MatrixXd BtG_, d_S_, SBt_;
    Eigen::VectorXd Bm_, d_m_;
    std::vector<bool> column_ready_;
};

}  // namespace jalur

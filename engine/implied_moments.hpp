#pragma once
// θ → model-implied moments of a RAM model: B = (I − A)⁻¹, Σ = B_top S B_topᵀ (B_top: the observed rows)
// and, when asked, C = B S Bᵀ (covariances of all variables, observed and latent; Σ is its observed block).
// A workspace: update() allocates nothing after the first call. The search needs only Σ, so C is computed
// on first use after each update.
#include <Eigen/Dense>

#include "engine/ram_model.hpp"

namespace jalur {

class ImpliedMoments {
public:
    explicit ImpliedMoments(const RamModel& model);

    // False when I − A is singular (a non-recursive model with a unit feedback loop). Recursive models
    // (no cycle of paths) get B from the finite series of A's powers, without a matrix inverse.
    bool update(const Eigen::VectorXd& theta);

    const RamModel& model() const { return *model_; }
    const Eigen::MatrixXd& A() const { return A_; }
    const Eigen::MatrixXd& S() const { return S_; }
    const Eigen::MatrixXd& B() const { return B_; }
    const Eigen::MatrixXd& C() const;
    const Eigen::MatrixXd& sigma() const { return sigma_; }
    // The mean structure (when model().has_means): m (intercepts and means) and μ = B_top m.
    const Eigen::VectorXd& m() const { return M_; }
    const Eigen::VectorXd& mu() const { return mu_; }

private:
    const RamModel* model_;
    Eigen::MatrixXd A_, S_, B_, sigma_, I_minus_A_, BS_, power_, next_;
    Eigen::VectorXd M_, mu_;
    mutable Eigen::MatrixXd C_;
    mutable bool c_current_ = false;
    Eigen::PartialPivLU<Eigen::MatrixXd> lu_;
};

}  // namespace jalur

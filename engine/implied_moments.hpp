#pragma once
// θ → model-implied moments of a RAM model: B = (I − A)⁻¹, C = B S Bᵀ (covariances of all variables,
// observed and latent) and Σ, its observed block. A workspace: update() allocates nothing after the first call.
#include <Eigen/Dense>

#include "engine/ram_model.hpp"

namespace jalur {

class ImpliedMoments {
public:
    explicit ImpliedMoments(const RamModel& model);

    // False when I − A is singular (a non-recursive model with a unit feedback loop).
    bool update(const Eigen::VectorXd& theta);

    const RamModel& model() const { return *model_; }
    const Eigen::MatrixXd& A() const { return A_; }
    const Eigen::MatrixXd& S() const { return S_; }
    const Eigen::MatrixXd& B() const { return B_; }
    const Eigen::MatrixXd& C() const { return C_; }
    const Eigen::MatrixXd& sigma() const { return sigma_; }

private:
    const RamModel* model_;
    Eigen::MatrixXd A_, S_, B_, C_, sigma_, I_minus_A_;
    Eigen::PartialPivLU<Eigen::MatrixXd> lu_;
};

}  // namespace jalur

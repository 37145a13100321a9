#pragma once
// The maximum-likelihood discrepancy F = log|Σ| + tr(SΣ⁻¹) − log|S| − p and its analytic gradient
// (sem-numerics §1): with Ω = Σ⁻¹(S − Σ)Σ⁻¹ and M = Bᵀ Fᵀ Ω F B,
// ∂F/∂a_ij = −2[M S_ram Bᵀ]_ij, ∂F/∂s_ii = −M_ii, ∂F/∂s_ij = −2 M_ij.
#include <Eigen/Dense>
#include <vector>

#include "engine/implied_moments.hpp"
#include "engine/optimizer.hpp"
#include "engine/ram_model.hpp"

namespace jalur {

class MlObjective final : public Objective {
public:
    // `sample_covariance` must be positive definite (the pipeline checks it first).
    MlObjective(const RamModel& model, const Eigen::MatrixXd& sample_covariance);

    int dimension() const override { return model_->parameter_count; }
    bool evaluate(const Eigen::VectorXd& theta, double* value, Eigen::VectorXd* gradient) override;

    // The implied moments of the last evaluate() call.
    const ImpliedMoments& implied() const { return implied_; }

private:
    const RamModel* model_;
    ImpliedMoments implied_;
    Eigen::MatrixXd sample_;
    double log_det_sample_;
    Eigen::LLT<Eigen::MatrixXd> llt_;
    Eigen::MatrixXd sigma_inv_, omega_, M_, SBt_;
    std::vector<bool> column_ready_;
};

}  // namespace jalur

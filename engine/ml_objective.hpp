#pragma once
// The maximum-likelihood discrepancy F = log|Σ| + tr(SΣ⁻¹) − log|S| − p and its analytic gradient
// (sem-numerics §1): with Ω = Σ⁻¹(S − Σ)Σ⁻¹ and M = Bᵀ Fᵀ Ω F B,
// ∂F/∂a_ij = −2[M S_ram Bᵀ]_ij, ∂F/∂s_ii = −M_ii, ∂F/∂s_ij = −2 M_ij.
// With a mean structure (model.has_means, sample means ȳ given) F adds (ȳ − μ)ᵀΣ⁻¹(ȳ − μ), μ = B_top m;
// then Ω uses W̃ = S + (ȳ − μ)(ȳ − μ)ᵀ in place of S, and with ω = Σ⁻¹(ȳ − μ) the gradient adds
// −2[B_topᵀ ω mᵀ Bᵀ]_ij to ∂F/∂a_ij and ∂F/∂m_i = −2[B_topᵀ ω]_i.
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
    // With a mean structure: `sample_means` ȳ (required when model.has_means; empty otherwise).
    MlObjective(const RamModel& model, const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means);

    int dimension() const override { return model_->parameter_count; }
    bool evaluate(const Eigen::VectorXd& theta, double* value, Eigen::VectorXd* gradient) override;

    // The implied moments of the last evaluate() call.
    const ImpliedMoments& implied() const { return implied_; }

private:
    const RamModel* model_;
    ImpliedMoments implied_;
    Eigen::MatrixXd sample_;
    Eigen::VectorXd sample_means_, residual_, omega_vec_, Bm_, BtOmega_;
    Eigen::MatrixXd weight_;
    double log_det_sample_;
    Eigen::LLT<Eigen::MatrixXd> llt_;
    Eigen::MatrixXd sigma_inv_, omega_, M_, SBt_;
    std::vector<bool> column_ready_;
};

}  // namespace jalur

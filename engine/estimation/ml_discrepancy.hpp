#pragma once
// The maximum-likelihood discrepancy F = log|Σ| + tr(SΣ⁻¹) − log|S| − p (sem-numerics §1), with a mean
// structure plus (ȳ − μ)ᵀΣ⁻¹(ȳ − μ). Its derivatives: with W̃ = S + (ȳ − μ)(ȳ − μ)ᵀ (W̃ = S without means),
// ∂F/∂Σ = Σ⁻¹ − Σ⁻¹ W̃ Σ⁻¹ and ∂F/∂μ = −2 Σ⁻¹(ȳ − μ). Its weight is the normal-theory one at the implied Σ.
#include <Eigen/Dense>

#include "engine/estimation/discrepancy.hpp"

namespace jalur {

class MlDiscrepancy final : public Discrepancy {
public:
    // `sample_covariance` must be positive definite (the pipeline checks it first); `sample_means` ȳ with a
    // mean structure, empty otherwise.
    explicit MlDiscrepancy(const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means = {});

    bool has_means() const override { return sample_means_.size() > 0; }
    [[nodiscard]] bool evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                                bool derivatives) override;
    const Eigen::MatrixXd& weight_covariance(const ImpliedMoments& implied) const override { return implied.sigma(); }

private:
    Eigen::MatrixXd sample_;
    Eigen::VectorXd sample_means_;
    double log_det_sample_ = 0;
    Eigen::LLT<Eigen::MatrixXd> llt_;
    Eigen::MatrixXd sigma_inv_, weight_, product_;
    Eigen::VectorXd residual_, omega_;
};

}  // namespace jalur

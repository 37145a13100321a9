#pragma once
// Normal-theory generalized least squares (Browne 1974; lavaan's estimator "GLS"):
// F = ½ tr[(S⁻¹(S − Σ))²] (+ (ȳ − μ)ᵀS⁻¹(ȳ − μ) with a mean structure, not halved), ∂F/∂Σ = −S⁻¹(S − Σ)S⁻¹,
// ∂F/∂μ = −2S⁻¹(ȳ − μ). Its weight is the normal-theory one at S, which does not move with θ. Defined for
// every Σ.
#include <Eigen/Dense>

#include "engine/estimation/discrepancy.hpp"

namespace jalur {

class GlsDiscrepancy final : public Discrepancy {
public:
    // `sample_covariance` must be positive definite (the pipeline checks it first).
    explicit GlsDiscrepancy(const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means = {});

    bool has_means() const override { return sample_means_.size() > 0; }
    [[nodiscard]] bool evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                                bool derivatives) override;
    const Eigen::MatrixXd& weight_covariance(const ImpliedMoments&) const override { return sample_; }

private:
    Eigen::MatrixXd sample_, sample_inverse_;
    Eigen::VectorXd sample_means_;
    Eigen::MatrixXd scaled_residual_, product_;  // S⁻¹(S − Σ), and a buffer
    Eigen::VectorXd residual_, omega_;
};

}  // namespace jalur

#pragma once
// Least squares with a weight on the moments (lavaan's "WLS" family): F = eᵀWe with e = [ȳ − μ (with a mean
// structure); vech(S − Σ)], ∂F/∂e = 2We. ULS weighs every moment 1, DWLS by 1/diag(Γ), WLS (ADF, Browne 1984)
// by Γ⁻¹, with Γ the asymptotic covariance of the moments from the raw rows. The expected information is ΔᵀWΔ
// (moment_weight). Defined for every Σ.
#include <Eigen/Dense>

#include "engine/estimation/discrepancy.hpp"

namespace jalur {

class LeastSquaresDiscrepancy final : public Discrepancy {
public:
    // `weight` over the moments in e's order (p* = p(p+1)/2, plus p first with means).
    LeastSquaresDiscrepancy(const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means,
                            MomentWeight weight);

    bool has_means() const override { return sample_means_.size() > 0; }
    [[nodiscard]] bool evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                                bool derivatives) override;
    const MomentWeight* moment_weight() const override { return &weight_; }

private:
    Eigen::MatrixXd sample_, difference_;  // S, and S − Σ (a buffer)
    Eigen::VectorXd sample_means_;
    MomentWeight weight_;
    Eigen::VectorXd residual_, weighted_;  // e and We
};

}  // namespace jalur

#include "engine/estimation/ml_discrepancy.hpp"

#include <cmath>

namespace jalur {

namespace {
double log_det_from_cholesky(const Eigen::LLT<Eigen::MatrixXd>& llt) {
    return 2.0 * llt.matrixLLT().diagonal().array().log().sum();
}
}  // namespace

MlDiscrepancy::MlDiscrepancy(const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means)
    : sample_(sample_covariance), sample_means_(sample_means), llt_(sample_covariance) {
    log_det_sample_ = log_det_from_cholesky(llt_);
}

bool MlDiscrepancy::evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                             bool derivatives) {
    llt_.compute(sigma);
    if (llt_.info() != Eigen::Success) return false;
    const auto p = sigma.rows();
    sigma_inv_.setIdentity(p, p);
    llt_.solveInPlace(sigma_inv_);

    const bool means = has_means();
    double f = log_det_from_cholesky(llt_) + sample_.cwiseProduct(sigma_inv_).sum() - log_det_sample_ - static_cast<double>(p);
    if (means) {
        residual_ = sample_means_ - mu;
        omega_.noalias() = sigma_inv_ * residual_;  // ω = Σ⁻¹(ȳ − μ)
        f += residual_.dot(omega_);
    }
    if (!std::isfinite(f)) return false;
    value = f;
    if (!derivatives) return true;

    // ∂F/∂Σ = Σ⁻¹ − Σ⁻¹ W̃ Σ⁻¹; the product goes through a kept buffer so that nothing is allocated.
    if (means) {
        weight_ = sample_;
        weight_.noalias() += residual_ * residual_.transpose();
        product_.noalias() = sigma_inv_ * weight_;
    } else {
        product_.noalias() = sigma_inv_ * sample_;
    }
    d_sigma_.noalias() = product_ * sigma_inv_;
    d_sigma_ = sigma_inv_ - d_sigma_;
    if (means) d_mu_ = -2.0 * omega_;
    else d_mu_.resize(0);
    return true;
}

}  // namespace jalur

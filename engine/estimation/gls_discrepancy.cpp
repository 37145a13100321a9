#include "engine/estimation/gls_discrepancy.hpp"

#include <cmath>

namespace jalur {

GlsDiscrepancy::GlsDiscrepancy(const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means)
    : sample_(sample_covariance), sample_means_(sample_means) {
    sample_inverse_ = sample_covariance.llt().solve(Eigen::MatrixXd::Identity(sample_.rows(), sample_.cols()));
}

bool GlsDiscrepancy::evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                              bool derivatives) {
    product_ = sample_ - sigma;
    scaled_residual_.noalias() = sample_inverse_ * product_;  // S⁻¹(S − Σ)
    double f = 0.5 * scaled_residual_.cwiseProduct(scaled_residual_.transpose()).sum();  // ½ tr[(S⁻¹(S − Σ))²]
    const bool means = has_means();
    if (means) {
        residual_ = sample_means_ - mu;
        omega_.noalias() = sample_inverse_ * residual_;  // S⁻¹(ȳ − μ)
        f += residual_.dot(omega_);
    }
    if (!std::isfinite(f)) return false;
    value = f;
    if (!derivatives) return true;
    d_sigma_.noalias() = -scaled_residual_ * sample_inverse_;  // −S⁻¹(S − Σ)S⁻¹
    if (means) d_mu_ = -2.0 * omega_;
    else d_mu_.resize(0);
    return true;
}

}  // namespace jalur

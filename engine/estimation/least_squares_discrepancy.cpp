#include "engine/estimation/least_squares_discrepancy.hpp"

#include "engine/data/sample_moments.hpp"

#include <cmath>
#include <utility>

namespace jalur {

LeastSquaresDiscrepancy::LeastSquaresDiscrepancy(const Eigen::MatrixXd& sample_covariance,
                                                 const Eigen::VectorXd& sample_means, MomentWeight weight)
    : sample_(sample_covariance), sample_means_(sample_means), weight_(std::move(weight)) {}

bool LeastSquaresDiscrepancy::evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                                       bool derivatives) {
    const Eigen::Index p = sigma.rows();
    const Eigen::Index means = has_means() ? p : 0;
    residual_.resize(moment_count(p, has_means()));
    if (means) residual_.head(p) = sample_means_ - mu;
    difference_ = sample_ - sigma;
    write_vech(difference_, residual_.tail(residual_.size() - means));
    if (weight_.dense.size() > 0) weighted_.noalias() = weight_.dense * residual_;
    else weighted_ = weight_.diagonal.cwiseProduct(residual_);
    const double f = residual_.dot(weighted_);
    if (!std::isfinite(f)) return false;
    value = f;
    if (!derivatives) return true;
    // ∂F/∂σ_ij = −2(We)_ij; a covariance's is split between its two entries of Σ.
    d_sigma_.resize(p, p);
    Eigen::Index k = means;
    for (Eigen::Index j = 0; j < p; ++j)
        for (Eigen::Index i = j; i < p; ++i, ++k) {
            if (i == j) d_sigma_(i, i) = -2.0 * weighted_[k];
            else d_sigma_(i, j) = d_sigma_(j, i) = -weighted_[k];
        }
    if (means) d_mu_ = -2.0 * weighted_.head(p);
    else d_mu_.resize(0);
    return true;
}

}  // namespace jalur

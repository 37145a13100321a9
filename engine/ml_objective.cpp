#include "engine/ml_objective.hpp"

#include <cmath>
#include <stdexcept>

namespace jalur {

namespace {
double log_det_from_cholesky(const Eigen::LLT<Eigen::MatrixXd>& llt) {
    return 2.0 * llt.matrixLLT().diagonal().array().log().sum();
}
}  // namespace

MlObjective::MlObjective(const RamModel& model, const Eigen::MatrixXd& sample_covariance)
    : MlObjective(model, sample_covariance, Eigen::VectorXd()) {}

MlObjective::MlObjective(const RamModel& model, const Eigen::MatrixXd& sample_covariance,
                         const Eigen::VectorXd& sample_means)
    : model_(&model), implied_(model), sample_(sample_covariance), sample_means_(sample_means),
      llt_(sample_covariance) {
    if (model.has_means && sample_means.size() != model.observed_count)
        throw std::invalid_argument("MlObjective: a mean structure needs the sample means of the observed variables");
    log_det_sample_ = log_det_from_cholesky(llt_);
}

bool MlObjective::evaluate(const Eigen::VectorXd& theta, double* value, Eigen::VectorXd* gradient) {
    if (!implied_.update(theta)) return false;
    const Eigen::MatrixXd& sigma = implied_.sigma();
    llt_.compute(sigma);
    if (llt_.info() != Eigen::Success) return false;
    const int p = model_->observed_count;
    sigma_inv_.setIdentity(p, p);
    llt_.solveInPlace(sigma_inv_);

    const bool means = model_->has_means;
    double f = log_det_from_cholesky(llt_) + sample_.cwiseProduct(sigma_inv_).sum() - log_det_sample_ - p;
    if (means) {
        residual_ = sample_means_ - implied_.mu();
        omega_vec_.noalias() = sigma_inv_ * residual_;  // ω = Σ⁻¹(ȳ − μ)
        f += residual_.dot(omega_vec_);
    }
    if (!std::isfinite(f)) return false;
    if (value) *value = f;
    if (!gradient) return true;

    // Ω = Σ⁻¹ W Σ⁻¹ − Σ⁻¹ with W = S (+ (ȳ − μ)(ȳ − μ)ᵀ); only the observed rows of B enter M.
    const auto B_top = implied_.B().topRows(p);
    if (means) {
        weight_ = sample_;
        weight_.noalias() += residual_ * residual_.transpose();
        omega_.noalias() = sigma_inv_ * weight_ * sigma_inv_;
        BtOmega_.noalias() = B_top.transpose() * omega_vec_;
        Bm_.noalias() = implied_.B() * implied_.m();
    } else {
        omega_.noalias() = sigma_inv_ * sample_ * sigma_inv_;
    }
    omega_ -= sigma_inv_;
    M_.noalias() = B_top.transpose() * omega_ * B_top;

    // [M S_ram Bᵀ]_rc = M_r· (S_ram B_c·ᵀ): only the columns c that A cells use.
    gradient->setZero(model_->parameter_count);
    SBt_.resize(model_->variable_count(), model_->variable_count());
    column_ready_.assign(static_cast<std::size_t>(model_->variable_count()), false);
    for (const auto& c : model_->cells) {
        double g;
        if (c.matrix == RamMatrix::A) {
            if (!column_ready_[c.col]) {
                SBt_.col(c.col).noalias() = implied_.S() * implied_.B().row(c.col).transpose();
                column_ready_[c.col] = true;
            }
            g = -2.0 * M_.row(c.row).dot(SBt_.col(c.col));
            if (means) g -= 2.0 * BtOmega_[c.row] * Bm_[c.col];
        } else if (c.matrix == RamMatrix::M) {
            g = -2.0 * BtOmega_[c.row];
        } else {
            g = c.row == c.col ? -M_(c.row, c.row) : -2.0 * M_(c.row, c.col);
        }
        (*gradient)[c.parameter] += g;
    }
    return true;
}

}  // namespace jalur

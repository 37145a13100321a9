#include "engine/ml_objective.hpp"

#include <cmath>

namespace jalur {

namespace {
double log_det_from_cholesky(const Eigen::LLT<Eigen::MatrixXd>& llt) {
    return 2.0 * llt.matrixLLT().diagonal().array().log().sum();
}
}  // namespace

MlObjective::MlObjective(const RamModel& model, const Eigen::MatrixXd& sample_covariance)
    : model_(&model), implied_(model), sample_(sample_covariance), llt_(sample_covariance) {
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

    const double f = log_det_from_cholesky(llt_) + sample_.cwiseProduct(sigma_inv_).sum() - log_det_sample_ - p;
    if (!std::isfinite(f)) return false;
    if (value) *value = f;
    if (!gradient) return true;

    // Ω = Σ⁻¹ S Σ⁻¹ − Σ⁻¹; only the observed rows of B enter M.
    omega_.noalias() = sigma_inv_ * sample_ * sigma_inv_;
    omega_ -= sigma_inv_;
    const auto B_top = implied_.B().topRows(p);
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
        } else {
            g = c.row == c.col ? -M_(c.row, c.row) : -2.0 * M_(c.row, c.col);
        }
        (*gradient)[c.parameter] += g;
    }
    return true;
}

}  // namespace jalur

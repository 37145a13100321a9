#include "engine/model/implied_moments.hpp"

#include <algorithm>
#include <stdexcept>

namespace jalur {

namespace {
double norm_1(const Eigen::MatrixXd& x) {  // the largest column sum of |x|
    double norm = 0;
    for (Eigen::Index j = 0; j < x.cols(); ++j) norm = std::max(norm, x.col(j).cwiseAbs().sum());
    return norm;
}
}  // namespace

ImpliedMoments::ImpliedMoments(const RamModel& model) : model_(&model), lu_(model.variable_count()) {
    const int variable_count = model.variable_count();
    const int p = model.observed_count;
    A_.setZero(variable_count, variable_count);
    S_.setZero(variable_count, variable_count);
    B_.setZero(variable_count, variable_count);
    C_.setZero(variable_count, variable_count);
    I_minus_A_.setZero(variable_count, variable_count);
    sigma_.setZero(p, p);
    m_.setZero(variable_count);
    mu_.setZero(p);
}

bool ImpliedMoments::update(const Eigen::VectorXd& theta) {
    current_ = c_current_ = false;
    theta_ = theta;
    if (model_->has_means) model_->fill(theta, A_, S_, m_);
    else model_->fill(theta, A_, S_);
    if (model_->path_depth >= 0) {
        // Acyclic paths: A is nilpotent, B = I + A + A² + … + A^depth, each power from the sparse cells.
        B_.setIdentity();
        power_.setIdentity(A_.rows(), A_.cols());
        for (int k = 0; k < model_->path_depth; ++k) {
            next_.setZero(A_.rows(), A_.cols());
            for (const auto& [r, c] : model_->paths) next_.row(r) += A_(r, c) * power_.row(c);
            power_.swap(next_);
            B_ += power_;
        }
    } else {
        I_minus_A_.setIdentity();
        I_minus_A_ -= A_;
        lu_.compute(I_minus_A_);
        // B = U⁻¹ L⁻¹ P, solved in place as PartialPivLU::inverse() does, without its temporaries.
        B_.setZero();
        const auto& rows = lu_.permutationP().indices();
        for (Eigen::Index i = 0; i < B_.cols(); ++i) B_(rows[i], i) = 1.0;
        lu_.matrixLU().triangularView<Eigen::UnitLower>().solveInPlace(B_);
        lu_.matrixLU().triangularView<Eigen::Upper>().solveInPlace(B_);
        // The reciprocal condition number 1 / (‖I − A‖₁ ‖B‖₁), exact from B (PartialPivLU::rcond() would
        // estimate ‖B‖₁ in vectors it allocates).
        if (!(1.0 / (norm_1(I_minus_A_) * norm_1(B_)) > 1e-12)) return false;
    }
    const int p = model_->observed_count;
    BS_.noalias() = B_.topRows(p) * S_;
    sigma_.noalias() = BS_ * B_.topRows(p).transpose();
    if (model_->has_means) mu_.noalias() = B_.topRows(p) * m_;
    current_ = true;
    return true;
}

void ImpliedMoments::compute_all_covariances() {
    C_.noalias() = B_ * S_ * B_.transpose();
    c_current_ = true;
}

const Eigen::MatrixXd& ImpliedMoments::C() const {
    if (!c_current_)
        throw std::logic_error("ImpliedMoments::C() before compute_all_covariances(): the covariances of all variables are out of date");
    return C_;
}

void ImpliedMoments::chain_rule(const Eigen::MatrixXd& d_sigma, const Eigen::VectorXd& d_mu, Eigen::VectorXd& gradient) {
    const RamModel& model = *model_;
    const int p = model.observed_count;
    const bool means = model.has_means;
    // d_S = ∂F/∂S and d_m = ∂F/∂m, every entry taken as its own variable; only the observed rows of B enter.
    const auto B_top = B_.topRows(p);
    BtG_.noalias() = B_top.transpose() * d_sigma;
    d_S_.noalias() = BtG_ * B_top;
    if (means) {
        d_m_.noalias() = B_top.transpose() * d_mu;
        Bm_.noalias() = B_ * m_;
    }

    // [d_S S Bᵀ]_rc = d_S,r· (S B_c·ᵀ): only the columns c that A cells use.
    gradient.setZero(model.parameter_count);
    SBt_.resize(model.variable_count(), model.variable_count());
    column_ready_.assign(static_cast<std::size_t>(model.variable_count()), false);
    for (const auto& c : model.cells) {
        double d;
        if (c.matrix == RamMatrix::A) {
            if (!column_ready_[c.col]) {
                SBt_.col(c.col).noalias() = S_ * B_.row(c.col).transpose();
                column_ready_[c.col] = true;
            }
            d = 2.0 * d_S_.row(c.row).dot(SBt_.col(c.col));
            if (means) d += d_m_[c.row] * Bm_[c.col];
        } else if (c.matrix == RamMatrix::M) {
            d = d_m_[c.row];
        } else {
            d = c.row == c.col ? d_S_(c.row, c.row) : 2.0 * d_S_(c.row, c.col);
        }
        gradient[c.parameter] += d;
    }
}

}  // namespace jalur

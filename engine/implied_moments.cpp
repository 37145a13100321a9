#include "engine/implied_moments.hpp"

namespace jalur {

ImpliedMoments::ImpliedMoments(const RamModel& model) : model_(&model), lu_(model.variable_count()) {
    const int m = model.variable_count();
    const int p = model.observed_count;
    A_.setZero(m, m);
    S_.setZero(m, m);
    B_.setZero(m, m);
    C_.setZero(m, m);
    I_minus_A_.setZero(m, m);
    sigma_.setZero(p, p);
    M_.setZero(m);
    mu_.setZero(p);
}

bool ImpliedMoments::update(const Eigen::VectorXd& theta) {
    if (model_->has_means) model_->fill(theta, A_, S_, M_);
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
        if (!(lu_.rcond() > 1e-12)) return false;
        B_ = lu_.inverse();
    }
    const int p = model_->observed_count;
    BS_.noalias() = B_.topRows(p) * S_;
    sigma_.noalias() = BS_ * B_.topRows(p).transpose();
    if (model_->has_means) mu_.noalias() = B_.topRows(p) * M_;
    c_current_ = false;
    return true;
}

const Eigen::MatrixXd& ImpliedMoments::C() const {
    if (!c_current_) {
        C_.noalias() = B_ * S_ * B_.transpose();
        c_current_ = true;
    }
    return C_;
}

}  // namespace jalur

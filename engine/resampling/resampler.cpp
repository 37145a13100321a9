#include "engine/resampling/resampler.hpp"

#include "engine/resampling/replicate_stream.hpp"

namespace jalur {

Resampler Resampler::cases(Eigen::MatrixXd rows, std::uint64_t seed, const std::vector<std::vector<int>>* replay) {
    Resampler r;
    r.n_ = static_cast<int>(rows.rows());
    r.rows_ = std::move(rows);
    r.seed_ = seed;
    r.replay_ = replay && !replay->empty() ? replay : nullptr;
    return r;
}

Resampler Resampler::normal(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, int n, std::uint64_t seed) {
    Resampler r;
    r.root_ = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(sigma).operatorSqrt();
    r.mu_ = mu;
    r.n_ = n;
    r.seed_ = seed;
    r.resamples_cases_ = false;
    return r;
}

void Resampler::draw(std::uint64_t r, Eigen::MatrixXd& out, std::vector<int>& indices) const {
    ReplicateStream stream(seed_, r);
    if (!resamples_cases_) {
        const auto p = root_.rows();
        out.resize(n_, p);
        for (Eigen::Index i = 0; i < n_; ++i)
            for (Eigen::Index j = 0; j < p; ++j) out(i, j) = stream.normal();
        out = (out * root_).rowwise() + mu_.transpose();
        return;
    }
    indices.resize(static_cast<std::size_t>(n_));
    if (replay_)
        indices = (*replay_)[r];
    else
        for (int& i : indices) i = static_cast<int>(stream.below(static_cast<std::uint64_t>(n_)));
    out.resize(n_, rows_.cols());
    for (Eigen::Index i = 0; i < n_; ++i) out.row(i) = rows_.row(indices[static_cast<std::size_t>(i)]);
}

Eigen::MatrixXd bollen_stine_rows(const Eigen::MatrixXd& rows, const Eigen::MatrixXd& sample_covariance,
                                  const Eigen::MatrixXd& implied_covariance, const Eigen::VectorXd& implied_means) {
    const Eigen::MatrixXd s_inverse_root =
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(sample_covariance).operatorInverseSqrt();
    const Eigen::MatrixXd sigma_root = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(implied_covariance).operatorSqrt();
    const Eigen::RowVectorXd mean = rows.colwise().mean();
    Eigen::MatrixXd z = (rows.rowwise() - mean) * (s_inverse_root * sigma_root);
    if (implied_means.size() > 0) z.rowwise() += implied_means.transpose();
    return z;
}

}  // namespace jalur

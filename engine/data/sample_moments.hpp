#pragma once
// Sample statistics: the covariance matrix the model is fitted to, with its variable names and N.
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace jalur {

struct SampleMoments {
    std::vector<std::string> names;
    Eigen::MatrixXd covariance;  // unbiased (divisor N - 1), as LISREL and lavaan read a covariance matrix
    int n = 0;                   // number of observations N
    // Sample means (from raw data); a mean structure needs them.
    std::optional<Eigen::VectorXd> means;

    int index_of(const std::string& name) const;  // -1 when absent
    // The moments of a subset of the variables, in the given order.
    SampleMoments select(const std::vector<std::string>& subset) const;
};

// The sample moments of p variables in lavaan's order: with a mean structure the p means, then the p(p+1)/2
// variances and covariances as vech, the lower triangle column by column.
inline Eigen::Index moment_count(Eigen::Index p, bool means) { return p * (p + 1) / 2 + (means ? p : 0); }

// vech(m) of a p × p matrix into `out` (p(p+1)/2 entries), allocating nothing.
inline void write_vech(const Eigen::MatrixXd& m, Eigen::Ref<Eigen::VectorXd> out) {
    Eigen::Index k = 0;
    for (Eigen::Index j = 0; j < m.cols(); ++j)
        for (Eigen::Index i = j; i < m.rows(); ++i) out[k++] = m(i, j);
}

// Unbiased covariance matrix (divisor N - 1) of raw data, one row per observation.
Eigen::MatrixXd covariance_of(const Eigen::MatrixXd& data);

// The covariance matrix from correlations and standard deviations: S = D R D.
Eigen::MatrixXd covariance_from_correlation(const Eigen::MatrixXd& correlation, const Eigen::VectorXd& sd);

}  // namespace jalur

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

// Unbiased covariance matrix (divisor N - 1) of raw data, one row per observation.
Eigen::MatrixXd covariance_of(const Eigen::MatrixXd& data);

// The covariance matrix from correlations and standard deviations: S = D R D.
Eigen::MatrixXd covariance_from_correlation(const Eigen::MatrixXd& correlation, const Eigen::VectorXd& sd);

}  // namespace jalur

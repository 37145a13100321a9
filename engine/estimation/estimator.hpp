#pragma once
// The estimators jalur knows, and the discrepancy each one minimizes: the one place where estimators are named.
// A new estimator is a new discrepancy file (as ml_discrepancy.cpp), its name here and a line in make_discrepancy.
#include <Eigen/Dense>
#include <memory>

#include "engine/estimation/discrepancy.hpp"

namespace jalur {

enum class Estimator {
    ML,  // maximum likelihood (normal theory)
};
// Every estimator, for the tests that run each discrepancy on every reference model.
inline constexpr Estimator kAllEstimators[] = {Estimator::ML};

// A new discrepancy (a per-thread workspace) for the sample covariance matrix S (as fitted) and, with a mean
// structure, the sample means ȳ (empty otherwise).
std::unique_ptr<Discrepancy> make_discrepancy(Estimator estimator, const Eigen::MatrixXd& sample_covariance,
                                              const Eigen::VectorXd& sample_means);

}  // namespace jalur

#pragma once
// A discrepancy of any estimator for a prepared problem, for the tests that run every discrepancy on every
// model: the least-squares weights that need Γ (DWLS, WLS) get a fixed positive definite stand-in (most of those
// models are fitted from a matrix, without rows), since what the tests check — gradients, allocations — does not
// depend on Γ's values.
#include <memory>

#include "engine/estimation/estimator.hpp"
#include "engine/model/prepare.hpp"

namespace jalur::testing {

inline std::unique_ptr<Discrepancy> any_discrepancy(Estimator estimator, const PreparedProblem& problem) {
    const GroupSample& group = problem.single_group();
    const auto p = group.covariance.rows();
    const Eigen::Index moments = p * (p + 1) / 2 + group.means.size();
    // Γ = I + ½ (the ones matrix scaled by 1/moments): positive definite, not diagonal.
    const Eigen::MatrixXd gamma = Eigen::MatrixXd::Identity(moments, moments) +
                                  Eigen::MatrixXd::Constant(moments, moments, 0.5 / static_cast<double>(moments));
    const std::optional<MomentWeight> weight = moment_weight_of(estimator, static_cast<int>(moments), &gamma);
    return make_discrepancy(estimator, group.covariance, group.means, weight ? &*weight : nullptr);
}

}  // namespace jalur::testing

#pragma once
// Fisher scoring steps θ ← θ − (2I)⁻¹ ∇F (the expected Hessian of F is 2I, I with the discrepancy's weight),
// with step halving. Near the optimum they converge quadratically-fast where L-BFGS can stall on a badly
// scaled problem short of a tight gradient; the pipeline uses them to finish what L-BFGS started.
#include <Eigen/Dense>
#include <functional>

#include "engine/estimation/model_objective.hpp"
#include "engine/estimation/optimizer.hpp"

namespace jalur {

// The unit expected information of an objective at a point.
using InformationAt = std::function<Eigen::MatrixXd(const Eigen::VectorXd&)>;

// Continues from x until max |∇F| is below the tolerance or `max_steps` steps are spent; updates the
// summary (steps count as iterations) and marks it converged when the gradient is small.
void finish_with_fisher_scoring(Objective& objective, const InformationAt& information, Eigen::VectorXd& x,
                                OptimizerSummary& summary, const OptimizerOptions& options, int max_steps = 20);
inline void finish_with_fisher_scoring(ModelObjective& objective, Eigen::VectorXd& x, OptimizerSummary& summary,
                                       const OptimizerOptions& options, int max_steps = 20) {
    finish_with_fisher_scoring(
        objective, [&](const Eigen::VectorXd& at) { return objective.expected_information(at); }, x, summary,
        options, max_steps);
}

}  // namespace jalur

#pragma once
// Stage 2 of a fit: estimate. Minimizes the discrepancy of a prepared problem from its start values (the
// diagonal ones where those are infeasible) or a given start θ with L-BFGS, finished by Fisher scoring when L-BFGS stalls
// (over φ of θ = θ₀ + K φ under linear equality constraints; with NLopt's SLSQP under other constraints). Non-convergence is a status in
// the result, not an exception. Each thread brings its own workspace; the problem is only read.
#include <Eigen/Dense>
#include <optional>

#include "engine/estimation/model_objective.hpp"
#include "engine/estimation/optimizer.hpp"
#include "engine/model/prepare.hpp"
#include "engine/progress.hpp"

namespace jalur {

// The mutable part of a fit, one per thread: the objective (implied moments + discrepancy) and its buffers.
// Reused for many fits of the same problem, it allocates nothing in the objective's evaluations after the first.
// It refers to the problem's RAM model: the problem must outlive it and stay where it is.
class EstimationWorkspace {
public:
    explicit EstimationWorkspace(const PreparedProblem& problem);
    ModelObjective& objective() { return objective_; }

private:
    ModelObjective objective_;
};

struct Estimation {
    Eigen::VectorXd theta;       // θ̂: the point the search ended at (the best found when it did not converge)
    double fmin = 0;             // F at θ̂
    OptimizerSummary optimizer;  // termination (the status), message, iterations, evaluations, max |∇F|

    bool converged() const { return optimizer.converged(); }
};

// Reports the search to `progress` ("estimating": evaluations, total unknown). Throws only what the
// objective throws (nothing for ML): a search that fails is a status.
[[nodiscard]] Estimation estimate(const PreparedProblem& problem, EstimationWorkspace& workspace,
                                  const std::optional<Eigen::VectorXd>& start = std::nullopt,
                                  Progress* progress = nullptr);

}  // namespace jalur

#include "engine/estimation/estimate.hpp"

#include "engine/estimation/fisher_scoring.hpp"
#include "engine/estimation/start_values.hpp"

namespace jalur {

EstimationWorkspace::EstimationWorkspace(const PreparedProblem& problem)
    : objective_(problem.model, make_discrepancy(problem.estimator, problem.single_group().covariance,
                                                     problem.single_group().means)) {}

Estimation estimate(const PreparedProblem& problem, EstimationWorkspace& workspace,
                    const std::optional<Eigen::VectorXd>& start, Progress* progress) {
    ModelObjective& objective = workspace.objective();
    Estimation out;
    out.theta = start ? *start : problem.start;
    // Start values that give an implied matrix that is not positive definite: the diagonal ones instead.
    double f0 = 0;
    if (!start && !objective.evaluate(out.theta, &f0, nullptr))
        out.theta = diagonal_start_values(problem.table, problem.model, problem.single_group().covariance);
    OptimizerOptions search;
    search.max_evaluations = problem.options.max_evaluations;
    search.gradient_tolerance = problem.options.gradient_tolerance;
    search.relative_tolerance = problem.options.relative_tolerance;
    begin_stage(progress, "estimating", 0);
    out.optimizer = minimize(objective, out.theta, search, progress);
    // A search that stalled or that NLopt gave up on is not the end: Fisher scoring's steps, which use the
    // curvature L-BFGS had to guess, often finish it.
    if (out.optimizer.termination == Termination::Stalled || out.optimizer.termination == Termination::Failed)
        finish_with_fisher_scoring(objective, out.theta, out.optimizer, search);
    out.fmin = out.optimizer.value;
    return out;
}

}  // namespace jalur

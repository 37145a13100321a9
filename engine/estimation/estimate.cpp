#include "engine/estimation/estimate.hpp"

#include "engine/estimation/fisher_scoring.hpp"
#include "engine/estimation/reduced_objective.hpp"
#include "engine/estimation/start_values.hpp"

namespace jalur {

namespace {

// The non-linear equalities and the inequalities as constraints of the search over φ (θ = θ₀ + K φ): c = h for
// "==" and "<", c = −h for ">" (NLopt's inequalities are c ≤ 0), with the gradient Kᵀ ∇h.
std::vector<ConstraintFunction> search_constraints(const Constraints& constraints) {
    std::vector<ConstraintFunction> out;
    const LinearEqualities& eq = constraints.linear;
    for (const ParsedConstraint* c : constraints.general()) {
        const double sign = c->relation == Relation::Greater ? -1.0 : 1.0;
        ConstraintFunction f;
        f.equality = c->relation == Relation::Equal;
        f.value = [c, &eq, sign](const Eigen::VectorXd& phi, Eigen::VectorXd* gradient) {
            Eigen::VectorXd g;
            const double h = c->evaluate(eq.theta(phi), gradient ? &g : nullptr);
            if (gradient) *gradient = sign * (eq.K.transpose() * g);
            return sign * h;
        };
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

EstimationWorkspace::EstimationWorkspace(const PreparedProblem& problem)
    : objective_(problem.model, problem.group_discrepancy()) {}

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
    // A search that stalled or that NLopt gave up on is not the end: Fisher scoring's steps, which use the
    // curvature L-BFGS had to guess, often finish it.
    const auto unfinished = [&] {
        return out.optimizer.termination == Termination::Stalled || out.optimizer.termination == Termination::Failed;
    };
    const LinearEqualities& equalities = problem.constraints.linear;
    if (!problem.constraints.general().empty()) {
        // Non-linear equalities or inequalities: NLopt's SLSQP over φ (φ = θ without linear equalities).
        ReducedObjective reduced(objective, equalities);
        Eigen::VectorXd phi = equalities.phi(out.theta);
        out.optimizer = minimize_constrained(reduced, phi, search_constraints(problem.constraints), search, 1e-10, progress);
        out.theta = equalities.theta(phi);
    } else if (equalities.empty()) {
        out.optimizer = minimize(objective, out.theta, search, progress);
        if (unfinished()) finish_with_fisher_scoring(objective, out.theta, out.optimizer, search);
    } else {
        // Over φ of θ = θ₀ + K φ; a given start is projected onto the constraints.
        ReducedObjective reduced(objective, equalities);
        Eigen::VectorXd phi = equalities.phi(out.theta);
        out.optimizer = minimize(reduced, phi, search, progress);
        if (unfinished())
            finish_with_fisher_scoring(
                reduced, [&](const Eigen::VectorXd& at) { return reduced.expected_information(at); }, phi,
                out.optimizer, search);
        out.theta = equalities.theta(phi);
    }
    out.fmin = out.optimizer.value;
    return out;
}

}  // namespace jalur

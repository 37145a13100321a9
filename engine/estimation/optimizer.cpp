#include "engine/estimation/optimizer.hpp"

#include <nlopt.hpp>

#include <cmath>
#include <exception>
#include <limits>
#include <vector>

namespace jalur {

namespace {

// Bridges NLopt's callback to an Objective, counts evaluations and accepted steps, keeps the best point
// with its gradient (to judge it without another evaluation when the limit is spent), and keeps any exception
// away from NLopt (its C++ wrapper would replace it by a bare "nlopt failure").
struct Bridge {
    Objective* objective = nullptr;
    Eigen::VectorXd x, gradient;
    int evaluations = 0;
    int iterations = 0;
    double best = std::numeric_limits<double>::infinity();
    Eigen::VectorXd best_x, best_gradient;  // empty until a point improves on the start
    std::exception_ptr error;
    nlopt::opt* opt = nullptr;
    Progress* progress = nullptr;

    double operator()(const std::vector<double>& xs, std::vector<double>& grad) {
        ++evaluations;
        report_done(progress, static_cast<std::size_t>(evaluations));
        try {
            x = Eigen::Map<const Eigen::VectorXd>(xs.data(), static_cast<Eigen::Index>(xs.size()));
            double f = 0;
            const bool want_gradient = !grad.empty();
            if (!objective->evaluate(x, &f, want_gradient ? &gradient : nullptr)) {
                // Infeasible: a huge value makes the line search step back.
                if (want_gradient) std::fill(grad.begin(), grad.end(), 0.0);
                return std::numeric_limits<double>::max();
            }
            if (want_gradient) Eigen::Map<Eigen::VectorXd>(grad.data(), gradient.size()) = gradient;
            if (f < best && want_gradient) {
                best = f;
                best_x = x;
                best_gradient = gradient;
                ++iterations;
            }
            return f;
        } catch (...) {
            error = std::current_exception();
            opt->force_stop();
            return std::numeric_limits<double>::max();
        }
    }

    static double callback(const std::vector<double>& x, std::vector<double>& grad, void* self) {
        return (*static_cast<Bridge*>(self))(x, grad);
    }
};

// NLopt's result, its exceptions turned into the results they stand for (judged by the gradient afterwards).
nlopt::result run(nlopt::opt& opt, std::vector<double>& xs, double& fmin) {
    try {
        return opt.optimize(xs, fmin);
    } catch (const nlopt::roundoff_limited&) {
        return nlopt::ROUNDOFF_LIMITED;
    } catch (const nlopt::forced_stop&) {
        return nlopt::FORCED_STOP;
    } catch (const std::exception&) {
        return nlopt::FAILURE;
    }
}

double max_abs(const Eigen::VectorXd& v) { return v.size() == 0 ? 0.0 : v.cwiseAbs().maxCoeff(); }

// Bridges one constraint to NLopt; an exception is kept for the caller, as Bridge does.
struct ConstraintBridge {
    const ConstraintFunction* constraint = nullptr;
    Bridge* objective = nullptr;
    Eigen::VectorXd gradient;

    static double callback(unsigned n, const double* xs, double* grad, void* self) {
        auto& c = *static_cast<ConstraintBridge*>(self);
        try {
            const Eigen::Map<const Eigen::VectorXd> x(xs, n);
            const double value = c.constraint->value(x, grad ? &c.gradient : nullptr);
            if (grad) Eigen::Map<Eigen::VectorXd>(grad, n) = c.gradient;
            return value;
        } catch (...) {
            c.objective->error = std::current_exception();
            c.objective->opt->force_stop();
            return 0.0;
        }
    }
};

// The gradient of F projected onto the directions the active constraints (equalities, and inequalities within
// `tolerance` of their bound) leave free: zero at a constrained optimum (the KKT condition, up to the signs of
// the inequalities' multipliers).
Eigen::VectorXd projected_gradient(const std::vector<ConstraintFunction>& constraints, const Eigen::VectorXd& x,
                                   const Eigen::VectorXd& gradient, double tolerance) {
    std::vector<Eigen::VectorXd> active;
    for (const ConstraintFunction& c : constraints) {
        Eigen::VectorXd g;
        const double value = c.value(x, &g);
        if (c.equality || value > -tolerance) active.push_back(std::move(g));
    }
    if (active.empty()) return gradient;
    Eigen::MatrixXd J(static_cast<Eigen::Index>(active.size()), x.size());
    for (std::size_t i = 0; i < active.size(); ++i) J.row(static_cast<Eigen::Index>(i)) = active[i].transpose();
    const Eigen::VectorXd multipliers = J.transpose().completeOrthogonalDecomposition().solve(gradient);
    return gradient - J.transpose() * multipliers;
}

}  // namespace

double constraint_violation(const std::vector<ConstraintFunction>& constraints, const Eigen::VectorXd& x) {
    double worst = 0;
    for (const ConstraintFunction& c : constraints) {
        const double value = c.value(x, nullptr);
        worst = std::max(worst, c.equality ? std::abs(value) : std::max(value, 0.0));
    }
    return worst;
}

OptimizerSummary minimize_constrained(Objective& objective, Eigen::VectorXd& x,
                                      const std::vector<ConstraintFunction>& constraints,
                                      const OptimizerOptions& options, double feasibility_tolerance,
                                      Progress* progress) {
    OptimizerSummary summary;
    const int n = objective.dimension();
    nlopt::opt opt(nlopt::LD_SLSQP, static_cast<unsigned>(n));
    Bridge bridge;
    bridge.objective = &objective;
    bridge.opt = &opt;
    bridge.progress = progress;
    opt.set_min_objective(&Bridge::callback, &bridge);
    std::vector<ConstraintBridge> bridges(constraints.size());
    for (std::size_t i = 0; i < constraints.size(); ++i) {
        bridges[i].constraint = &constraints[i];
        bridges[i].objective = &bridge;
        if (constraints[i].equality)
            opt.add_equality_constraint(&ConstraintBridge::callback, &bridges[i], feasibility_tolerance);
        else
            opt.add_inequality_constraint(&ConstraintBridge::callback, &bridges[i], feasibility_tolerance);
    }
    opt.set_maxeval(options.max_evaluations);
    opt.set_ftol_rel(options.relative_tolerance);
    opt.set_xtol_rel(0.0);

    std::vector<double> xs(x.data(), x.data() + n);
    double fmin = 0;
    const nlopt::result result = run(opt, xs, fmin);
    if (bridge.error) std::rethrow_exception(bridge.error);
    summary.evaluations = bridge.evaluations + 1;
    summary.iterations = bridge.iterations;
    x = Eigen::Map<const Eigen::VectorXd>(xs.data(), n);
    Eigen::VectorXd gradient(n);
    if (!objective.evaluate(x, &summary.value, &gradient)) {
        summary.termination = Termination::Failed;
        summary.message = "the search ended at a point where the implied covariance matrix is not positive definite";
        return summary;
    }
    summary.max_gradient = max_abs(projected_gradient(constraints, x, gradient, 1e-6));
    const bool feasible = constraint_violation(constraints, x) <= feasibility_tolerance * 10;
    if (feasible && summary.max_gradient < options.gradient_tolerance) {
        summary.termination = Termination::Converged;
        summary.message = "converged";
    } else if (result == nlopt::MAXEVAL_REACHED) {
        summary.termination = Termination::EvaluationLimit;
        summary.message = evaluation_limit_message(summary.evaluations);
    } else if (!feasible) {
        summary.termination = Termination::Failed;
        summary.message = "the optimizer (NLopt SLSQP) ended where a constraint does not hold";
    } else {
        summary.termination = Termination::Stalled;
        summary.message = "the search stopped before the gradient was small";
    }
    return summary;
}

std::string evaluation_limit_message(int evaluations) {
    return "stopped at the limit of " + std::to_string(evaluations) + " objective evaluation" +
           (evaluations == 1 ? "" : "s") + " (max_evaluations)";
}

OptimizerSummary minimize(Objective& objective, Eigen::VectorXd& x, const OptimizerOptions& options,
                          Progress* progress) {
    OptimizerSummary summary;
    const int n = objective.dimension();
    Eigen::VectorXd gradient(n);
    // Value and gradient at x, judged by jalur itself before and after NLopt; false when x is infeasible.
    // Every evaluation counts against the limit.
    auto assess = [&] {
        ++summary.evaluations;
        if (!objective.evaluate(x, &summary.value, &gradient)) return false;
        summary.max_gradient = max_abs(gradient);
        return true;
    };
    if (!assess()) {
        summary.termination = Termination::InfeasibleStart;
        summary.message = "the start values give an implied covariance matrix that is not positive definite";
        return summary;
    }
    if (summary.max_gradient < options.gradient_tolerance) {
        summary.termination = Termination::AtStart;
        summary.message = "the start values are the solution";
        return summary;
    }
    if (summary.evaluations >= options.max_evaluations) {
        summary.termination = Termination::EvaluationLimit;
        summary.message = evaluation_limit_message(summary.evaluations);
        return summary;
    }

    nlopt::opt opt(nlopt::LD_LBFGS, static_cast<unsigned>(n));
    Bridge bridge;
    bridge.objective = &objective;
    bridge.opt = &opt;
    bridge.progress = progress;
    bridge.best = summary.value;
    opt.set_min_objective(&Bridge::callback, &bridge);
    opt.set_maxeval(options.max_evaluations - summary.evaluations);
    opt.set_ftol_rel(options.relative_tolerance);
    opt.set_xtol_rel(0.0);

    std::vector<double> xs(x.data(), x.data() + n);
    double fmin = summary.value;
    const nlopt::result result = run(opt, xs, fmin);
    if (bridge.error) std::rethrow_exception(bridge.error);

    // NLopt's point is judged by one more evaluation while the limit allows; at the limit, the best feasible
    // point NLopt evaluated (the start when none improved on it) is judged by the gradient it had.
    summary.evaluations += bridge.evaluations;
    summary.iterations = bridge.iterations;
    if (summary.evaluations < options.max_evaluations) {
        x = Eigen::Map<const Eigen::VectorXd>(xs.data(), n);
        if (!assess()) {
            summary.termination = Termination::Failed;
            summary.message = "the search ended at a point where the implied covariance matrix is not positive definite";
            return summary;
        }
    } else if (bridge.best_x.size() == n) {
        x = bridge.best_x;
        summary.value = bridge.best;
        summary.max_gradient = max_abs(bridge.best_gradient);
    }
    if (summary.max_gradient < options.gradient_tolerance) {
        summary.termination = Termination::Converged;
        summary.message = "converged";
    } else if (result == nlopt::MAXEVAL_REACHED) {
        summary.termination = Termination::EvaluationLimit;
        summary.message = evaluation_limit_message(summary.evaluations);
    } else if (result == nlopt::FAILURE) {
        summary.termination = Termination::Failed;
        summary.message = "the optimizer (NLopt L-BFGS) failed";
    } else {
        summary.termination = Termination::Stalled;
        summary.message = "the search stopped before the gradient was small";
    }
    return summary;
}

}  // namespace jalur

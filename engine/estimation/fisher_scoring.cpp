#include "engine/estimation/fisher_scoring.hpp"

namespace jalur {

void finish_with_fisher_scoring(Objective& objective, const InformationAt& information_at, Eigen::VectorXd& x,
                                OptimizerSummary& summary, const OptimizerOptions& options, int max_steps) {
    // Every evaluation counts against the search's limit, as L-BFGS's did; at the limit the summary says so.
    const auto spend = [&] {
        if (summary.evaluations < options.max_evaluations) {
            ++summary.evaluations;
            return true;
        }
        summary.termination = Termination::EvaluationLimit;
        summary.message = evaluation_limit_message(summary.evaluations);
        return false;
    };
    double f = 0;
    Eigen::VectorXd gradient;
    if (!spend() || !objective.evaluate(x, &f, &gradient)) return;
    for (int step = 0; step < max_steps; ++step) {
        summary.value = f;
        summary.max_gradient = gradient.cwiseAbs().maxCoeff();
        if (summary.max_gradient < options.gradient_tolerance) {
            summary.termination = Termination::Converged;
            summary.message = "converged";
            return;
        }
        const Eigen::MatrixXd information = information_at(x);
        const Eigen::VectorXd direction = -0.5 * information.ldlt().solve(gradient);
        if (!direction.allFinite()) return;
        // Halve the step until F does not increase at a feasible point.
        bool moved = false;
        for (double t = 1.0; t > 1e-6 && !moved; t /= 2) {
            const Eigen::VectorXd trial = x + t * direction;
            double f_trial = 0;
            Eigen::VectorXd g_trial;
            if (!spend()) break;
            if (objective.evaluate(trial, &f_trial, &g_trial) && f_trial <= f + 1e-14 * std::abs(f)) {
                x = trial;
                f = f_trial;
                gradient = g_trial;
                moved = true;
            }
        }
        if (!moved) break;
        ++summary.iterations;
    }
    summary.value = f;
    summary.max_gradient = gradient.cwiseAbs().maxCoeff();
    if (summary.max_gradient < options.gradient_tolerance) {
        summary.termination = Termination::Converged;
        summary.message = "converged";
    }
}

}  // namespace jalur

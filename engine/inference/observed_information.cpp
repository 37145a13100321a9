#include "engine/inference/observed_information.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>

#include "engine/errors.hpp"
#include "engine/estimation/model_objective.hpp"

namespace jalur {

Eigen::MatrixXd observed_information(const PreparedProblem& problem, const Eigen::VectorXd& theta) {
    const auto q = theta.size();
    Eigen::MatrixXd H(q, q);
    tbb::enumerable_thread_specific<ModelObjective> objectives(
        [&] { return ModelObjective(problem.model, problem.group_discrepancy()); });
    tbb::parallel_for(Eigen::Index{0}, q, [&](Eigen::Index k) {
        ModelObjective& objective = objectives.local();
        Eigen::VectorXd at = theta, g_up(q), g_down(q);
        const double h = 1e-5 * std::max(1.0, std::abs(theta[k]));
        double f = 0;
        at[k] = theta[k] + h;
        const bool up = objective.evaluate(at, &f, &g_up);
        at[k] = theta[k] - h;
        const bool down = objective.evaluate(at, &f, &g_down);
        if (!up || !down)
            throw NumericalError("the observed information: the model is not defined next to the estimates, "
                                 "expected estimates inside the admissible region (or standard errors "
                                 "\"robust.sem\", MLM)");
        H.col(k) = (g_up - g_down) / (4 * h);  // ½ of the second derivative
    });
    return (H + H.transpose()) / 2;
}


}  // namespace jalur

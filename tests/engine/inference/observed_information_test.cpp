// The observed information in closed form (engine/inference/observed_information.cpp) against central
// differences of the analytic gradient, at the estimates and away from them (where ∂F/∂Σ and ȳ − μ are not
// zero, so that every term of the closed form counts), on models with every kind of cell: loadings, paths,
// (co)variances, intercepts and latent means, labels shared by several cells, a higher-order factor, fixed x.
#include <doctest/doctest.h>

#include <string>

#include "engine/estimation/model_objective.hpp"
#include "engine/fit.hpp"
#include "engine/inference/observed_information.hpp"
#include "engine/model/prepare.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

// ½ ∂²F/∂θ² by central differences of the analytic gradient.
Eigen::MatrixXd differenced_information(const PreparedProblem& problem, const Eigen::VectorXd& theta) {
    ModelObjective objective(problem.model, problem.group_discrepancy());
    const auto q = theta.size();
    Eigen::MatrixXd H(q, q);
    for (Eigen::Index k = 0; k < q; ++k) {
        Eigen::VectorXd at = theta, up(q), down(q);
        const double h = 1e-5 * std::max(1.0, std::abs(theta[k]));
        double f = 0;
        at[k] = theta[k] + h;
        REQUIRE(objective.evaluate(at, &f, &up));
        at[k] = theta[k] - h;
        REQUIRE(objective.evaluate(at, &f, &down));
        H.col(k) = (up - down) / (4 * h);
    }
    return (H + H.transpose()) / 2;
}

}  // namespace

TEST_CASE("the observed information in closed form equals central differences of the gradient") {
    for (const char* path : {"tests/fixtures/lavaan/robust/poldem_mlr.yaml", "tests/fixtures/lavaan/robust/hs_mlr.yaml",
                             "tests/fixtures/lavaan/skewed_mediation/overidentified_mlr.yaml",
                             "tests/fixtures/lavaan/hs_latent_mean/model.yaml",
                             "tests/fixtures/lavaan/hs_shared_marker_label/model.yaml",
                             "tests/fixtures/lavaan/higher_order/model.yaml",
                             "tests/fixtures/lavaan/growth_fixed_x/model.yaml",
                             "tests/fixtures/lavaan/path_intercepts/model.yaml"}) {
        CAPTURE(std::string(path));
        const ModelSpec spec = read_model_spec(source_path(path));
        const FitResult fit = fit_model(spec.table, spec.data, spec.estimation);
        const PreparedProblem problem = prepare(spec.table, spec.data, spec.estimation);
        REQUIRE(problem.estimator == Estimator::ML);
        REQUIRE(fit.theta.size() == problem.model.parameter_count);
        // At the estimates, and with every parameter moved by 3 % (ȳ − μ and ∂F/∂Σ no longer zero).
        for (const double factor : {1.0, 1.03}) {
            CAPTURE(factor);
            const Eigen::VectorXd theta = fit.theta * factor;
            ModelObjective objective(problem.model, problem.group_discrepancy());
            const GroupSample& group = problem.single_group();
            const Eigen::MatrixXd analytic =
                observed_information(objective.moments_at(theta), group.covariance, group.means);
            const Eigen::MatrixXd numeric = differenced_information(problem, theta);
            const double largest = numeric.cwiseAbs().maxCoeff();
            CHECK((analytic - numeric).cwiseAbs().maxCoeff() < 1e-6 * std::max(1.0, largest));
            CHECK((analytic - analytic.transpose()).cwiseAbs().maxCoeff() == 0.0);
        }
    }
}

// The analytic gradient of the ML discrepancy equals central finite differences at random points,
// for every test model (observed paths, fixed paths, equality labels, covariances, latent variables), and
// with a mean structure (free, labelled and fixed intercepts, latent means); and so does the gradient of every
// discrepancy (through the RAM chain rule) on every lavaan reference model.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "engine/estimation/estimator.hpp"
#include "support/any_discrepancy.hpp"
#include "engine/estimation/ml_objective.hpp"
#include "engine/model/prepare.hpp"
#include "engine/model/model_defaults.hpp"
#include "engine/estimation/start_values.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"
#include "support/gradient_check.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

struct Case {
    const char* name;
    ParameterTable table;
    SampleMoments data;
    bool meanstructure = false;
};

SampleMoments with_means(SampleMoments data) {
    data.means = Eigen::VectorXd::LinSpaced(static_cast<Eigen::Index>(data.names.size()), 0.7, 4.1);
    return data;
}

std::vector<Case> cases() {
    ParameterTable over = thesis_model();
    over.rows.erase(over.rows.begin() + 2);  // no BOR ~ KUALITAS
    over.rows.pop_back();                    // its "total" used c
    ParameterTable constrained;
    constrained.rows = {path("KEPUASAN", "KUALITAS", "g"), path("BOR", "KUALITAS", "g"),
                        fixed_path("BOR", "KEPUASAN", 0.02), covariance("BOR", "KEPUASAN")};
    ParameterTable feedback;  // a non-recursive pair
    feedback.rows = {path("KEPUASAN", "BOR"), path("BOR", "KEPUASAN"), path("KEPUASAN", "KUALITAS")};
    ParameterTable means_path = thesis_model();
    means_path.rows.push_back(intercept("BOR", "i_bor"));
    ParameterTable means_factors = two_factor_model();  // non-zero latent means: loadings move μ
    means_factors.rows.push_back(fixed_intercept("F", 0.5));
    means_factors.rows.push_back(intercept("G"));
    means_factors.rows.push_back(fixed_intercept("x3", 0.7));
    return {{"thesis path model", thesis_model(), thesis_moments()},
            {"over-identified path model", over, thesis_moments()},
            {"equality, fixed path and residual covariance", constrained, thesis_moments()},
            {"feedback loop", feedback, thesis_moments()},
            {"two-factor model with latent variables", two_factor_model(), two_factor_moments()},
            {"thesis path model with a mean structure and a labelled intercept", means_path, with_means(thesis_moments()), true},
            {"feedback loop with a mean structure", feedback, with_means(thesis_moments()), true},
            {"two-factor model with a fixed and a free latent mean and a fixed intercept", means_factors,
             with_means(two_factor_moments()), true}};
}

}  // namespace

TEST_CASE("ML objective: the analytic gradient equals central differences at random points") {
    std::mt19937 rng(20261122);
    for (auto& c : cases()) {
        const std::string name = c.name;
        CAPTURE(name);
        ParameterTable table = with_default_parameters(c.table, Identification::Marker, c.meanstructure);
        table.number_free();
        const RamModel model = compile_ram(table, c.data.names);
        CHECK(model.has_means == c.meanstructure);
        MlObjective objective = c.meanstructure ? MlObjective(model, c.data.covariance, *c.data.means)
                                                : MlObjective(model, c.data.covariance);
        Eigen::VectorXd start = start_values(table, model, c.data.covariance, c.data.means ? &*c.data.means : nullptr);
        // Away from ȳ, so that the mean term and its gradient are not zero.
        for (const auto& row : table.rows)
            if (row.op == Op::Intercept && row.index >= 0) start[row.index] += 0.3;
        std::uniform_real_distribution<double> jitter(0.8, 1.2);
        int checked = 0;
        for (int trial = 0; trial < 20 && checked < 5; ++trial) {
            Eigen::VectorXd theta = start;
            for (Eigen::Index k = 0; k < theta.size(); ++k) theta[k] = theta[k] * jitter(rng) + 0.02 * (jitter(rng) - 1);
            if (!check_gradient(objective, theta)) continue;  // not positive definite: draw again
            ++checked;
        }
        CHECK(checked == 5);
    }
}

TEST_CASE("ML objective: a point where the implied matrix is not positive definite is infeasible, not a crash") {
    ParameterTable table = with_default_parameters(thesis_model());
    table.number_free();
    const SampleMoments data = thesis_moments();
    const RamModel model = compile_ram(table, data.names);
    MlObjective objective(model, data.covariance);
    Eigen::VectorXd theta = start_values(table, model, data.covariance);
    for (const auto& row : table.rows)
        if (row.is_variance()) theta[row.index] = -1.0;
    double f = 0;
    Eigen::VectorXd gradient;
    CHECK_FALSE(objective.evaluate(theta, &f, &gradient));
}

TEST_CASE("Discrepancies: the gradient of every discrepancy equals central differences on every lavaan reference model") {
    // Every model spec of every bundle, so that a new bundle is checked too.
    std::vector<std::string> bundles;
    for (const auto& folder : std::filesystem::directory_iterator(source_path("tests/fixtures/lavaan")))
        if (folder.is_directory())
            for (const auto& file : std::filesystem::directory_iterator(folder.path()))
                // study.yaml: a Monte Carlo study of jalur simulate (simulation/), not a model spec.
                if (file.path().extension() == ".yaml" && file.path().filename() != "study.yaml")
                    bundles.push_back(file.path().string());
    std::sort(bundles.begin(), bundles.end());
    CHECK(bundles.size() >= 16);
    constexpr double kStep = 1e-4;  // Richardson's error is O(h⁴); at 1e-5 the rounding of F's terms (log|Σ|, tr) shows
    std::mt19937 rng(20261204);
    std::uniform_real_distribution<double> jitter(0.9, 1.1);
    for (const auto& bundle : bundles) {
        CAPTURE(bundle);
        const ModelSpec spec = read_model_spec(bundle);
        const PreparedProblem problem = prepare(spec.table, spec.data, spec.estimation);
        for (const Estimator estimator : kAllEstimators) {
            const std::string estimator_text = estimator_name(estimator);
            CAPTURE(estimator_text);
            ModelObjective objective(problem.model, any_discrepancy(estimator, problem));
            CHECK(check_gradient(objective, problem.start, kStep));
            int checked = 0;
            for (int trial = 0; trial < 20 && checked < 3; ++trial) {
                Eigen::VectorXd theta = problem.start;
                for (Eigen::Index k = 0; k < theta.size(); ++k) theta[k] = theta[k] * jitter(rng) + 0.01 * (jitter(rng) - 1);
                if (check_gradient(objective, theta, kStep)) ++checked;
            }
            CHECK(checked == 3);
        }
    }
}

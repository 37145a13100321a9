// The gradient path (implied moments → discrepancy → chain rule) allocates nothing after its first evaluation.
// Built into jalur_hot_path_tests, whose engine sources are compiled with EIGEN_RUNTIME_NO_MALLOC: any Eigen
// allocation while set_is_malloc_allowed(false) is in force fails an assertion (see tests/CMakeLists.txt).
#include <doctest/doctest.h>

#include "engine/estimation/estimator.hpp"
#include "support/any_discrepancy.hpp"
#include "engine/estimation/model_objective.hpp"
#include "engine/model/prepare.hpp"
#include "support/models.hpp"

#ifndef EIGEN_RUNTIME_NO_MALLOC
#error "engine_no_malloc_test.cpp needs EIGEN_RUNTIME_NO_MALLOC: it belongs to jalur_hot_path_tests"
#endif

using namespace jalur;
using namespace jalur::testing;

namespace {

ParameterTable with_means(ParameterTable table) {
    table.rows.push_back(intercept("x1"));
    return table;
}

SampleMoments with_sample_means(SampleMoments data) {
    data.means = Eigen::VectorXd::LinSpaced(static_cast<Eigen::Index>(data.names.size()), 0.7, 4.1);
    return data;
}

}  // namespace

TEST_CASE("Hot path: evaluating value and gradient allocates nothing after the first evaluation") {
    ParameterTable feedback;  // a non-recursive pair: B by LU instead of the power series
    feedback.rows = {path("KEPUASAN", "BOR"), path("BOR", "KEPUASAN"), path("KEPUASAN", "KUALITAS")};
    const std::pair<ParameterTable, SampleMoments> cases[] = {
        {thesis_model(), thesis_moments()},
        {two_factor_model(), two_factor_moments()},
        {with_means(two_factor_model()), with_sample_means(two_factor_moments())},
        {feedback, thesis_moments()},
    };
    for (const auto& [table, data] : cases) {
        const PreparedProblem problem = prepare(table, data, EstimationOptions{});
        for (const Estimator estimator : kAllEstimators) {
            ModelObjective objective(problem.model, any_discrepancy(estimator, problem));
            Eigen::VectorXd theta = problem.start, gradient(problem.model.parameter_count);
            double f = 0;
            REQUIRE(objective.evaluate(theta, &f, &gradient));  // warm-up: the buffers get their sizes
            const Eigen::VectorXd step = 1e-3 * Eigen::VectorXd::Ones(theta.size());
            bool ok = true;
            Eigen::internal::set_is_malloc_allowed(false);
            for (int k = 0; k < 3; ++k) {
                theta += step;  // a new point each time: nothing is cached
                ok = objective.evaluate(theta, &f, &gradient) && ok;
                ok = objective.evaluate(theta, &f, nullptr) && ok;
            }
            Eigen::internal::set_is_malloc_allowed(true);
            CHECK(ok);
        }
    }
}

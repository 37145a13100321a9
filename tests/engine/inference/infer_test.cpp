// The infer stage's choices (EstimationOptions::vcov and ::tests): the expected information and the standard
// test are the only ones today; the fit measures are computed from the first test.
#include <doctest/doctest.h>

#include "engine/errors.hpp"
#include "engine/estimation/estimate.hpp"
#include "engine/fit.hpp"
#include "engine/inference/infer.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Infer: the standard test is n·F on moments − parameters df, and the fit measures come from it") {
    const PreparedProblem problem = prepare(two_factor_model(), two_factor_moments(), EstimationOptions{});
    EstimationWorkspace workspace(problem);
    const Estimation estimation = estimate(problem, workspace);
    REQUIRE(estimation.converged());
    const Inference inference = infer(problem, workspace, estimation);
    REQUIRE(inference.tests.size() == 1);
    const ModelTest& test = inference.tests.front();
    const auto p = static_cast<int>(problem.observed.size());
    CHECK(test.statistic == TestStatistic::Standard);
    CHECK(test.name == "standard");
    CHECK(test.df == p * (p + 1) / 2 - problem.model.parameter_count);
    CHECK(test.df > 0);
    CHECK(test.chisq == doctest::Approx(problem.n_inference * estimation.fmin));
    CHECK(test.pvalue == doctest::Approx(chisq_pvalue(test.chisq, test.df)));
    CHECK(test.scaling == 1);
    CHECK(inference.vcov.rows() == problem.model.parameter_count);

    const FitResult result = fit_model(two_factor_model(), two_factor_moments(), EstimationOptions{});
    REQUIRE(result.tests.size() == 1);
    CHECK(result.fit.chisq == result.tests.front().chisq);
    CHECK(result.fit.df == result.tests.front().df);
    CHECK(result.fit.pvalue == result.tests.front().pvalue);
}

TEST_CASE("Infer: options without a test statistic are an input error, not a fit without fit measures") {
    EstimationOptions options;
    options.tests.clear();
    CHECK(options.validate() == "at least one test statistic is needed, expected the standard test");
    CHECK_THROWS_AS(prepare(two_factor_model(), two_factor_moments(), options), InputError);
}

TEST_CASE("Scaled test: a trace that is not positive leaves the scaled chi-square and its p undefined, as lavaan's NA") {
    const ModelTest standard = model_test(0.02, 100, 1);
    ScalingTraces traces;
    traces.trace_ugamma = -0.27;
    traces.yuan_bentler = -0.27;
    traces.trace_ugamma2 = 0.5;
    for (const TestStatistic statistic : {TestStatistic::SatorraBentler, TestStatistic::YuanBentlerMplus}) {
        const ModelTest scaled = scaled_test(statistic, standard, traces);
        CHECK(std::isnan(scaled.chisq));
        CHECK(std::isnan(scaled.pvalue));
        CHECK(scaled.scaling < 0);
    }
    traces.trace_ugamma = 0.9;  // a positive trace: T / c with its p
    const ModelTest scaled = scaled_test(TestStatistic::SatorraBentler, standard, traces);
    CHECK(scaled.chisq == doctest::Approx(2.0 / 0.9));
    CHECK(std::isfinite(scaled.pvalue));
}

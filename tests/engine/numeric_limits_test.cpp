// Numbers at the edges of the engine: standard errors that do not exist, Boost giving up on the RMSEA
// interval, and the evaluation limit of the search.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/estimation/estimate.hpp"
#include "engine/estimation/fisher_scoring.hpp"
#include "engine/inference/infer.hpp"
#include "engine/model/prepare.hpp"
#include "engine/results/describe.hpp"
#include "engine/results/fit_measures.hpp"
#include "engine/estimation/ml_objective.hpp"
#include "engine/model/model_defaults.hpp"
#include "engine/estimation/optimizer.hpp"
#include "engine/estimation/start_values.hpp"
#include "engine/inference/wald.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

// Counts the evaluations an optimizer really asks for.
class CountingObjective final : public Objective {
public:
    explicit CountingObjective(Objective& inner) : inner_(inner) {}
    int dimension() const override { return inner_.dimension(); }
    bool evaluate(const Eigen::VectorXd& x, double* value, Eigen::VectorXd* gradient) override {
        ++calls;
        return inner_.evaluate(x, value, gradient);
    }
    int calls = 0;

private:
    Objective& inner_;
};

struct TwoFactorSearch {
    ParameterTable table = with_default_parameters(two_factor_model());
    RamModel model;
    Eigen::VectorXd start;

    TwoFactorSearch() {
        table.number_free();
        model = compile_ram(table, two_factor_moments().names);
        start = start_values(table, model, two_factor_moments().covariance, nullptr);
    }
};

}  // namespace

TEST_CASE("Delta method: a negative sampling variance has no standard error, a rounding-level one is 0") {
    const Eigen::Vector2d g(1.0, -1.0);
    Eigen::Matrix2d indefinite;
    indefinite << 1.0, 2.0, 2.0, 1.0;  // gᵀVg = −2
    CHECK(std::isnan(delta_se(g, indefinite)));
    Eigen::Matrix2d singular;
    singular << 1.0, 1.0, 1.0, 1.0 + 1e-16;  // gᵀVg is 0 up to rounding
    CHECK(delta_se(g, singular) == doctest::Approx(0.0).scale(1e-7));
    CHECK(std::isnan(delta_se(Eigen::Vector2d(std::nan(""), 1.0), singular)));
    CHECK(std::isnan(delta_se(Eigen::Vector2d(INFINITY, 1.0), singular)));
    CHECK(std::isnan(wald_estimate(1.0, delta_se(g, indefinite), kNaN).z));
}

TEST_CASE("Standard errors: a negative sampling variance in vcov gives no SE, z or p (never 0) and a warning") {
    const PreparedProblem problem = prepare(thesis_model(), thesis_moments(), EstimationOptions{});
    EstimationWorkspace workspace(problem);
    const Estimation estimation = estimate(problem, workspace);
    REQUIRE(estimation.converged());
    Inference inference = infer(problem, workspace, estimation);
    const int a = problem.table.find_label("a")->index;
    inference.vcov(a, a) = -inference.vcov(a, a);
    const FitResult r = describe(problem, workspace, estimation, inference);
    const ParameterRow& row = *r.table.find_label("a");
    CHECK(std::isnan(row.se));
    CHECK(std::isnan(row.z));
    CHECK(std::isnan(row.pvalue));
    CHECK(std::count(r.warnings.begin(), r.warnings.end(),
                     "the standard error of parameter a is not available: its sampling variance is negative or not a "
                     "finite number") == 1);
    CHECK(r.table.find_label("b")->se > 0);  // the others keep theirs
}

TEST_CASE("Fit measures: where Boost cannot evaluate the RMSEA interval, it is not available instead of an error") {
    // n = 1e10 made Boost's non-central chi-square throw a rounding error (exit 70 before options had ranges).
    FitInput in;
    in.sample = two_factor_moments().covariance;
    in.implied = Eigen::MatrixXd(in.sample.diagonal().asDiagonal());
    in.fmin = 0.8;
    in.npar = 6;
    in.n = 1000000000;
    in.n_inference = 1e10;
    const auto p = static_cast<int>(in.sample.rows());
    in.test = model_test(in.fmin, in.n_inference, p * (p + 1) / 2 - in.npar);
    FitMeasures f;
    CHECK_NOTHROW(f = compute_fit_measures(in));
    CHECK(f.df > 0);
    CHECK(std::isfinite(f.rmsea));
    CHECK(std::isnan(f.rmsea_ci_lower));
    CHECK(std::isnan(f.rmsea_ci_upper));
    CHECK(std::isnan(f.ncp_ci_lower));
    CHECK(std::isnan(f.rmsea_pvalue));
}

TEST_CASE("Optimizer: max_evaluations bounds the evaluations it makes, the start's and the final judgement's included") {
    TwoFactorSearch search;
    MlObjective ml(search.model, two_factor_moments().covariance);
    for (const int limit : {1, 2, 3, 7}) {
        CAPTURE(limit);
        CountingObjective counting(ml);
        Eigen::VectorXd theta = search.start;
        OptimizerOptions options;
        options.max_evaluations = limit;
        const OptimizerSummary s = minimize(counting, theta, options);
        CHECK(counting.calls <= limit);
        CHECK(s.evaluations == counting.calls);
        CHECK(s.termination == Termination::EvaluationLimit);
        CHECK(s.message == evaluation_limit_message(s.evaluations));
    }
    CHECK(evaluation_limit_message(1) == "stopped at the limit of 1 objective evaluation (max_evaluations)");
}

TEST_CASE("Fisher scoring: its evaluations count against the same limit") {
    TwoFactorSearch search;
    MlObjective ml(search.model, two_factor_moments().covariance);
    Eigen::VectorXd theta = search.start;
    OptimizerSummary summary;
    summary.termination = Termination::Stalled;
    summary.evaluations = 2;  // spent by L-BFGS
    OptimizerOptions options;
    options.max_evaluations = 4;
    finish_with_fisher_scoring(ml, theta, summary, options);
    CHECK(summary.evaluations == 4);
    CHECK(summary.termination == Termination::EvaluationLimit);
    CHECK(summary.message == "stopped at the limit of 4 objective evaluations (max_evaluations)");

    summary.evaluations = 4;  // nothing left: not even the first evaluation
    summary.termination = Termination::Stalled;
    finish_with_fisher_scoring(ml, theta, summary, options);
    CHECK(summary.evaluations == 4);
    CHECK(summary.termination == Termination::EvaluationLimit);
}

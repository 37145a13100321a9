// The baseline (independence) model goes through the same stages as the model: prepared as a table, estimated
// with the problem's estimator from the closed-form ML solution. For ML it stops there at once, and its chi-square
// is the closed form's, log|Σ₀| − log|S| (lavaan's baseline.chisq: tests/engine/lavaan_test.cpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/estimation/estimate.hpp"
#include "engine/fit.hpp"
#include "engine/inference/infer.hpp"
#include "engine/results/baseline_model.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

BaselineInput baseline_input(const FitResult& r, const EstimationOptions& options) {
    return BaselineInput{options,        r.estimator,      r.observed,      r.exogenous, r.sample_covariance,
                         r.sample_means, r.meanstructure, r.n,             r.n_inference};
}

// F₀ of ML in closed form: Σ₀ is S on the block of the exogenous variables and S's diagonal elsewhere.
double closed_form_ml(const FitResult& r) {
    const auto log_det = [](const Eigen::MatrixXd& m) { return std::log(m.determinant()); };
    const auto p = static_cast<Eigen::Index>(r.observed.size());
    Eigen::MatrixXd sigma0 = Eigen::MatrixXd(r.sample_covariance.diagonal().asDiagonal());
    const auto exogenous = [&](Eigen::Index i) {
        return std::find(r.exogenous.begin(), r.exogenous.end(), r.observed[i]) != r.exogenous.end();
    };
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = 0; j < p; ++j)
            if (i != j && exogenous(i) && exogenous(j)) sigma0(i, j) = r.sample_covariance(i, j);
    return log_det(sigma0) - log_det(r.sample_covariance);
}

}  // namespace

TEST_CASE("Baseline: through the stages, ML stops at the closed-form start and gives its chi-square and df") {
    for (const char* bundle : {"bor_overidentified_wishart", "raw_path", "hs_cfa", "hs_cfa_means", "poldem_sem",
                               "path_intercepts", "sem_wishart_cov"}) {
        CAPTURE(bundle);
        const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/") + bundle + "/model.yaml");
        const FitResult r = fit_model(spec.table, spec.data, spec.estimation);
        const PreparedProblem baseline = baseline_problem(baseline_input(r, spec.estimation));
        const auto p = static_cast<int>(r.observed.size());
        const auto k = static_cast<int>(r.exogenous.size());
        CHECK(baseline.model.parameter_count == p + k * (k - 1) / 2 + (r.meanstructure ? p : 0));

        EstimationWorkspace workspace(baseline);
        const Estimation estimation = estimate(baseline, workspace, baseline.start);
        CHECK(estimation.optimizer.termination == Termination::AtStart);
        CHECK(estimation.theta == baseline.start);
        CHECK(estimation.fmin == doctest::Approx(closed_form_ml(r)).epsilon(1e-12));

        const ModelTest test = baseline_tests(baseline_input(r, spec.estimation)).front();
        CHECK(test.chisq == doctest::Approx(r.n_inference * closed_form_ml(r)).epsilon(1e-12));
        CHECK(test.df == p * (p - 1) / 2 - k * (k - 1) / 2);
        CHECK(test.chisq == r.fit.baseline_chisq);
        CHECK(test.df == r.fit.baseline_df);
        // baseline_test skips the search where the discrepancy is stationary at the start: the same F, bit for
        // bit, and the same df as the stages give.
        CHECK(test.chisq == model_test(estimation.fmin, r.n_inference, degrees_of_freedom(baseline)).chisq);
        CHECK(test.df == degrees_of_freedom(baseline));
    }
}

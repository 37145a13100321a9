// The performance measures of a Monte Carlo study (engine/simulation/performance.hpp) on replications whose
// values are known, against the formulas of Morris, White & Crowther (2019) computed by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/simulation/performance.hpp"

using namespace jalur;

namespace {

// A study shell of one condition, one analysis with one estimator and one parameter whose truth is 1.
Study shell() {
    Study study;
    study.replications = 4;
    study.alpha = 0.05;
    study.conditions.push_back({"n = 10, normal", 10, "normal", {}});
    StudyAnalysis analysis;
    analysis.name = "true";
    analysis.estimators.push_back({"ML", {}});
    study.analyses.push_back(analysis);
    return study;
}

ReplicateFit fit(int r, double est, double se, double lower, double upper, double p, double chisq_p) {
    ReplicateFit f;
    f.replication = r;
    f.parameters.push_back({est, se, lower, upper, p});
    f.chisq = 1;
    f.df = 1;
    f.pvalue = chisq_p;
    f.cfi = 0.96;
    return f;
}

}  // namespace

TEST_CASE("Simulation performance: the fit indices' quantiles are R's type 7") {
    Study study = shell();
    std::vector<ReplicateFit> fits;
    for (int r = 0; r < 5; ++r) {
        ReplicateFit f = fit(r, 1, 0.1, 0.8, 1.2, 0.5, 0.5);
        f.rmsea = 0.01 * (4 - r);  // 0.04, 0.03, 0.02, 0.01, 0
        fits.push_back(f);
    }
    const ModelPerformance m = summarize_study(study, {{{"b", 1.0}}}, fits)[0].model;
    // quantile(c(0, .01, .02, .03, .04), c(.05, .5, .95)) = 0.002, 0.02, 0.038
    CHECK(m.rmsea.p05 == doctest::Approx(0.002));
    CHECK(m.rmsea.p50 == doctest::Approx(0.02));
    CHECK(m.rmsea.p95 == doctest::Approx(0.038));
}

TEST_CASE("Simulation performance: bias, empirical SE, SE ratio, RMSE, coverage and rejection with their MCSEs") {
    const Study study = shell();
    const std::vector<std::vector<StudyParameter>> parameters = {{{"b", 1.0}}};
    // Estimates 0.8, 1.0, 1.1, 1.5: mean 1.1, bias 0.1; deviations −0.3, −0.1, 0, 0.4 → variance 0.26/3.
    std::vector<ReplicateFit> fits = {fit(3, 1.5, 0.3, 0.9, 2.1, 0.001, 0.2), fit(0, 0.8, 0.2, 0.4, 1.2, 0.01, 0.01),
                                      fit(1, 1.0, 0.2, 0.6, 1.4, 0.02, 0.5), fit(2, 1.1, 0.3, 0.5, 1.7, 0.2, 0.03)};
    ReplicateFit failed = fit(4, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN);
    failed.status = ReplicateStatus::NotConverged;
    fits.push_back(failed);
    const std::vector<CellPerformance> cells = summarize_study(study, parameters, fits);
    REQUIRE(cells.size() == 1);
    const ParameterPerformance& p = cells[0].parameters[0];
    const double variance = 0.26 / 3, R = 4;
    CHECK(p.replications == 4);
    CHECK(p.mean == doctest::Approx(1.1));
    CHECK(p.bias == doctest::Approx(0.1));
    CHECK(p.bias_mcse == doctest::Approx(std::sqrt(variance / R)));
    CHECK(p.relative_bias == doctest::Approx(0.1));
    CHECK(p.empirical_se == doctest::Approx(std::sqrt(variance)));
    CHECK(p.empirical_se_mcse == doctest::Approx(std::sqrt(variance) / std::sqrt(2 * (R - 1))));
    CHECK(p.mean_se == doctest::Approx(0.25));
    CHECK(p.se_ratio == doctest::Approx(0.25 / std::sqrt(variance)));
    // RMSE: squared errors 0.25, 0.04, 0, 0.01 (mean 0.075).
    CHECK(p.rmse == doctest::Approx(std::sqrt(0.075)));
    // Coverage: [0.9, 2.1], [0.4, 1.2], [0.6, 1.4], [0.5, 1.7] all hold 1.
    CHECK(p.coverage == 1.0);
    CHECK(p.coverage_mcse == 0.0);
    // Rejection at .05: p = 0.001, 0.01, 0.02 reject, 0.2 does not.
    CHECK(p.rejection == doctest::Approx(0.75));
    CHECK(p.rejection_mcse == doctest::Approx(std::sqrt(0.75 * 0.25 / 4)));
    const ModelPerformance& m = cells[0].model;
    CHECK(m.attempted == 5);
    CHECK(m.converged == 4);
    CHECK(m.not_converged == 1);
    CHECK(m.chisq_rejection == doctest::Approx(0.5));  // 0.01 and 0.03
    CHECK(m.cfi_below == 0.0);
    CHECK(m.cfi.p05 == 0.96);
    CHECK(m.cfi.p95 == 0.96);
    CHECK(std::isnan(m.rmsea.p50));  // no RMSEA in these fits
    // The order the fits come in does not matter (a merge of shards).
    std::vector<ReplicateFit> reversed(fits.rbegin(), fits.rend());
    const ParameterPerformance q = summarize_study(study, parameters, reversed)[0].parameters[0];
    CHECK(q.mean == p.mean);
    CHECK(q.empirical_se == p.empirical_se);
    CHECK(q.rmse == p.rmse);
}

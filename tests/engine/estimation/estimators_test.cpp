// The estimators besides ML (issue 13): what each needs, refused with a message where it is missing. Their
// numbers are lavaan's: tests/engine/lavaan_test.cpp with tests/fixtures/lavaan/estimators.
#include <doctest/doctest.h>

#include <string>

#include "engine/errors.hpp"
#include "engine/fit.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/model/prepare.hpp"
#include "engine/results/residuals.hpp"
#include "support/models.hpp"
#include "support/thrown.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

EstimationOptions with(Estimator estimator) {
    EstimationOptions options;
    options.estimator = estimator;
    return options;
}

// 4 rows of 3 variables: fewer than their 6 moments.
Data few_rows() {
    Eigen::MatrixXd rows(4, 3);
    rows << 1, 2, 3, 2, 1, 5, 3, 4, 4, 5, 3, 7;
    return Data::from_rows({"KEPUASAN", "BOR", "KUALITAS"}, rows, {"few.csv", 0, 0});
}

}  // namespace

TEST_CASE("Estimators: WLS and DWLS weigh by the rows' Γ, so a covariance matrix is refused with what to give") {
    for (const Estimator estimator : {Estimator::WLS, Estimator::DWLS}) {
        CAPTURE(std::string(estimator_name(estimator)));
        const InputError error = thrown<InputError>([&] { static_cast<void>(prepare(thesis_model(), thesis_moments(), with(estimator))); });
        CHECK(error.detail() == std::string(estimator_name(estimator)) +
                                    " weighs by Γ, the asymptotic covariance of the sample moments, which needs the "
                                    "raw rows; an asymptotic covariance matrix file is not read, expected raw data "
                                    "(data: file:) or estimator ML, GLS or ULS");
    }
    for (const Estimator estimator : {Estimator::GLS, Estimator::ULS})
        CHECK(prepare(thesis_model(), thesis_moments(), with(estimator)).single_group().weight.has_value() ==
              (estimator == Estimator::ULS));
}

TEST_CASE("Estimators: WLS needs more complete rows than moments, and says how many at the data") {
    const InputError error = thrown<InputError>([&] { static_cast<void>(prepare(thesis_model(), few_rows(), with(Estimator::WLS))); });
    CHECK(error.where().file == "few.csv");
    CHECK(error.detail() == "WLS needs more complete rows than sample moments to invert Γ (N = 4, moments = 6), "
                            "expected N > 6 (or estimator DWLS or ULS)");
}

TEST_CASE("Estimators: exogenous: fixed is ML's only, and ULS and DWLS have no standardized residuals, never ML's") {
    EstimationOptions fixed = with(Estimator::GLS);
    fixed.exogenous = ExogenousMoments::Fixed;
    const InputError error = thrown<InputError>([&] { static_cast<void>(prepare(thesis_model(), thesis_moments(), fixed)); });
    CHECK(error.detail() == "exogenous: fixed works with estimator ML only so far, expected exogenous: free with GLS");

    const FitResult gls = fit_model(thesis_model(), thesis_moments(), with(Estimator::GLS));
    CHECK(gls.estimator == Estimator::GLS);
    CHECK(std::isnan(gls.fit.logl));
    CHECK(std::isnan(gls.fit.aic));
    // Modification indices are each estimator's own score tests (lavaan_test.cpp compares them with lavaan's).
    CHECK_NOTHROW(static_cast<void>(modification_indices(gls)));
    CHECK_NOTHROW(static_cast<void>(compute_residuals(gls)));  // GLS's own, lavaan_test.cpp compares them
    const FitResult uls = fit_model(thesis_model(), thesis_moments(), with(Estimator::ULS));
    CHECK(thrown<InputError>([&] { static_cast<void>(compute_residuals(uls)); }).detail() ==
          "standardized residuals with estimator ULS are not defined (its weight is not the inverse of the moments' "
          "covariance; lavaan has none either), expected estimator ML, GLS or WLS (or no --residuals).");
}

TEST_CASE("Estimators: ULS has no reference distribution for its T, so no p-value (lavaan's NA), and GLS has one") {
    const FitResult uls = fit_model(thesis_model(), thesis_moments(), with(Estimator::ULS));
    CHECK(std::isnan(uls.fit.pvalue));
    CHECK(std::isnan(uls.fit.baseline_pvalue));
    const FitResult gls = fit_model(thesis_model(), thesis_moments(), with(Estimator::GLS));
    CHECK(gls.fit.pvalue >= 0);
}

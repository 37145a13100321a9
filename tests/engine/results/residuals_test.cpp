// The residuals of a fit are computed at its estimates, or refused when those do not give implied moments.
#include <doctest/doctest.h>

#include "engine/errors.hpp"
#include "engine/fit.hpp"
#include "engine/results/residuals.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Residuals: estimates whose feedback loop has gain 1 (I − A singular) are refused, not computed from a stale B") {
    FitResult fit = fit_model(thesis_model(), thesis_moments(), EstimationOptions{});
    // A fixed path back from BOR to KEPUASAN whose product with BOR ~ KEPUASAN is 1.
    const ParameterRow* forward = fit.table.find("BOR", Op::Regression, "KEPUASAN");
    REQUIRE(forward != nullptr);
    fit.table.rows.push_back(fixed_path("KEPUASAN", "BOR", 1.0 / forward->est));
    fit.table.rows.back().est = fit.table.rows.back().value;
    CHECK_THROWS_WITH_AS(compute_residuals(fit),
                         "residuals: I − A is singular at the estimates (a feedback loop of gain 1), expected a fitted "
                         "model",
                         NumericalError);
}

// The population of a Monte Carlo study (engine/simulation/population.hpp): its implied moments, its values
// looked up by analysis rows, and a parameter left without a value refused at its row.
#include <doctest/doctest.h>

#include "engine/simulation/population.hpp"
#include "support/models.hpp"
#include "support/thrown.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

ParameterRow valued(ParameterRow row, double value) {
    row.free = false;
    row.value = value;
    return row;
}

// Full mediation x → m → y with var(x) 4, paths 0.5 and 2, residual variances 1 and 3.
ParameterTable mediation() {
    ParameterTable table;
    table.rows = {valued(path("m", "x"), 0.5), valued(path("y", "m"), 2.0), valued(covariance("x", "x"), 4.0),
                  valued(covariance("m", "m"), 1.0), valued(covariance("y", "y"), 3.0)};
    return table;
}

std::string input_error_message(const std::function<void()>& action) { return thrown<InputError>(action).what(); }

}  // namespace

TEST_CASE("Population: the implied covariance matrix of a fully valued mediation, and its values by row") {
    const Population population = population_of(mediation(), SourceLocation{"study.yaml"});
    REQUIRE(population.observed == std::vector<std::string>{"m", "x", "y"});
    // var(m) = 0.25·4 + 1 = 2, var(y) = 4·2 + 3 = 11, cov(m, x) = 2, cov(y, x) = 4, cov(y, m) = 4.
    Eigen::Matrix3d expected;
    expected << 2, 2, 4,  //
        2, 4, 4,          //
        4, 4, 11;
    CHECK(population.sigma.isApprox(expected, 1e-14));
    CHECK(population.mu.isZero());
    CHECK(population_value(population, path("m", "x")) == 0.5);
    CHECK(population_value(population, covariance("x", "x")) == 4.0);
    CHECK(std::isnan(population_value(population, path("y", "x"))));  // not in the population: a misspecification
}

TEST_CASE("Population: a parameter without a value, and a variance left out, are refused with where and what") {
    ParameterTable free_path = mediation();
    free_path.rows[1].free = true;
    free_path.rows[1].where = SourceLocation{"study.yaml", 7, 5};
    const std::string message = input_error_message([&] { (void)population_of(free_path, SourceLocation{"study.yaml"}); });
    CHECK(message == "study.yaml:7:5: the population parameter y ~ m has no value, expected every parameter of the "
                     "population given one (e.g. y ~ 1.5*m)");
    ParameterTable no_variance = mediation();
    no_variance.rows.pop_back();  // y ~~ y
    const std::string variance =
        input_error_message([&] { (void)population_of(no_variance, SourceLocation{"study.yaml", 3, 3}); });
    CHECK(variance == "study.yaml:3:3: the population parameter y ~~ y (a variance every model has) has no value, "
                      "expected every parameter of the population given one (e.g. y ~~ 1.5*y)");
}

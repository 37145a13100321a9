// Stage 1, prepare: the completed table and the per-group samples it fits (one group today).
#include <doctest/doctest.h>

#include "engine/model/prepare.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Prepare: every row of the completed table is in group 1, the rows the defaults add included") {
    const PreparedProblem problem = prepare(two_factor_model(), two_factor_moments(), EstimationOptions{});
    REQUIRE(problem.table.rows.size() > two_factor_model().rows.size());
    for (const ParameterRow& row : problem.table.rows) {
        CAPTURE(row.name());
        CHECK(row.group == 1);
    }
}

TEST_CASE("Prepare: the problem holds one group's sample as fitted, with its N") {
    SampleMoments data = thesis_moments();
    EstimationOptions options;
    options.likelihood = Likelihood::Normal;
    const PreparedProblem problem = prepare(thesis_model(), data, options);
    REQUIRE(problem.groups.size() == 1);
    const GroupSample& group = problem.single_group();
    CHECK(&group == &problem.groups[0]);
    CHECK(group.n == 250);
    CHECK(problem.total_n() == 250);
    CHECK(problem.n_inference == 250);
    CHECK(group.covariance(0, 0) == doctest::Approx(161.90 * 249 / 250));  // divisor N for the normal likelihood
    CHECK(group.means.size() == 0);  // no mean structure
    CHECK(group.rows_dropped == 0);
    CHECK(group.notes.empty());
}

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

TEST_CASE("Prepare: exogenous: fixed fixes an exogenous covariate's variance at the sample's, and the moments exclude it") {
    EstimationOptions options;
    options.exogenous = ExogenousMoments::Fixed;
    const PreparedProblem fixed = prepare(thesis_model(), thesis_moments(), options);
    const PreparedProblem free = prepare(thesis_model(), thesis_moments(), EstimationOptions{});
    CHECK(fixed.fixed_exogenous == std::vector<std::string>{"KUALITAS"});
    CHECK(free.fixed_exogenous.empty());
    const ParameterRow* variance = fixed.table.find("KUALITAS", Op::Covariance, "KUALITAS");
    REQUIRE(variance != nullptr);
    CHECK_FALSE(variance->free);
    CHECK(variance->value == 186.78);  // S as fitted (Wishart: divisor N − 1)
    CHECK(free.table.find("KUALITAS", Op::Covariance, "KUALITAS")->free);
    CHECK(fixed.model.parameter_count == free.model.parameter_count - 1);
    CHECK(fixed.moment_count() == free.moment_count() - 1);  // df unchanged: 0
}

TEST_CASE("Prepare: exogenous: fixed leaves a covariate random whose variance the model writes, with a note (lavaan's rule)") {
    EstimationOptions options;
    options.exogenous = ExogenousMoments::Fixed;
    ParameterTable table = thesis_model();
    table.rows.push_back(covariance("KUALITAS", "KUALITAS"));
    const PreparedProblem problem = prepare(table, thesis_moments(), options);
    CHECK(problem.fixed_exogenous.empty());
    CHECK(problem.table.find("KUALITAS", Op::Covariance, "KUALITAS")->free);
    REQUIRE(problem.warnings.size() == 1);
    CHECK(problem.warnings[0] ==
          "exogenous: fixed leaves KUALITAS random: the model writes a variance, covariance or intercept of them (as"
          " lavaan does)");
}

// Wald tests of equality constraints (engine/inference/constraint_wald.hpp) against lavaan's lavTestWald on the
// models of tests/fixtures/lavaan/wald (its make.R), at the exact optimum.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/errors.hpp"
#include "engine/fit.hpp"
#include "engine/inference/constraint_wald.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

const std::string kFolder = "tests/fixtures/lavaan/wald/";

ConstraintWaldTests tests_of(const ModelSpec& spec) {
    const FitResult released = fit_model(released_table(spec.table), spec.data, spec.estimation);
    REQUIRE(released.optimizer.converged());
    return constraint_wald_tests(spec.table, released);
}

void check_test(const ConstraintWaldTest& ours, const nlohmann::json& lavaan) {
    CAPTURE(ours.constraint);
    CHECK(ours.df == lavaan["df"].get<int>());
    // Relative 1e-5: lavaan's statistic at the exact optimum (make.R polishes its estimates).
    const double stat = number(lavaan["stat"]), p = number(lavaan["p_value"]);
    CHECK(std::abs(ours.statistic - stat) <= 1e-5 * std::abs(stat));
    CHECK(std::abs(ours.pvalue - p) <= 1e-5 * std::abs(p));
}

}  // namespace

TEST_CASE("Wald tests of equality constraints equal lavaan's lavTestWald, each and jointly (issue 12)") {
    const nlohmann::json reference = read_json(source_path(kFolder + "reference.json"));
    for (const nlohmann::json& c : reference["cases"]) {
        const std::string spec_file = c["spec"].get<std::string>();
        CAPTURE(spec_file);
        const ModelSpec spec = read_model_spec(source_path(kFolder + spec_file));
        const ConstraintWaldTests tests = tests_of(spec);
        REQUIRE(tests.each.size() == c["each"].size());
        for (std::size_t i = 0; i < tests.each.size(); ++i) {
            check_test(tests.each[i], c["each"][i]);
            CHECK(tests.each[i].constraint == spec.table.constraints[i].text());
            CHECK(std::isfinite(tests.each[i].value));
        }
        REQUIRE(tests.joint.has_value() == c.contains("joint"));
        if (tests.joint) check_test(*tests.joint, c["joint"]);
    }
}

TEST_CASE("Wald tests: the released table keeps the inequalities only, and repeated equalities have no joint test") {
    ModelSpec spec = read_model_spec(source_path(kFolder + "poldem_equal.yaml"));
    spec.table.constraints.push_back(Constraint{"a", Relation::Greater, "0", {}});
    const ParameterTable released = released_table(spec.table);
    REQUIRE(released.constraints.size() == 1);
    CHECK(released.constraints[0].relation == Relation::Greater);
    CHECK(equality_constraint_count(spec.table) == 2);
    CHECK(equality_constraint_count(released) == 0);
    // c == a says again what a == c says: H V H' is singular, and no joint statistic is given.
    spec.table.constraints[1] = Constraint{"c", Relation::Equal, "a", {}};
    try {
        static_cast<void>(tests_of(spec));
        FAIL("expected a NumericalError");
    } catch (const NumericalError& e) {
        CHECK(std::string(e.what()).find("the Wald test of 'a == c; c == a' is not defined") == 0);
    }
}

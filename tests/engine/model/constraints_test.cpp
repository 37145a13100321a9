// Constraints on labelled parameters (engine/model/constraints.hpp): the linear equalities' reparametrisation and
// the errors of constraints that cannot hold.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/errors.hpp"
#include "engine/fit.hpp"
#include "engine/model/prepare.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

ParameterTable with_constraint(const std::string& lhs, Relation relation, const std::string& rhs) {
    ParameterTable table = thesis_model();
    table.constraints.push_back(Constraint{lhs, relation, rhs, SourceLocation{"m.lav", 7, 1}});
    return table;
}

}  // namespace

TEST_CASE("Constraints: a linear equality is a reparametrisation that every θ = θ₀ + K φ satisfies, one df more") {
    const PreparedProblem free = prepare(thesis_model(), thesis_moments(), {});
    const PreparedProblem problem = prepare(with_constraint("a + 2*b", Relation::Equal, "c"), thesis_moments(), {});
    const LinearEqualities& eq = problem.constraints.linear;
    CHECK(eq.rank == 1);
    CHECK(eq.K.cols() == problem.model.parameter_count - 1);
    const Eigen::VectorXd theta = eq.theta(Eigen::VectorXd::LinSpaced(eq.K.cols(), -1.0, 2.0));
    const ParsedConstraint& c = problem.constraints.all.front();
    CHECK(c.linear);
    CHECK(std::abs(c.evaluate(theta)) < 1e-12);
    CHECK(problem.effective_parameter_count() == free.effective_parameter_count() - 1);

    const FitResult fit = fit_model(with_constraint("a + 2*b", Relation::Equal, "c"), thesis_moments(), {});
    CHECK(fit.fit.df == 1);
    const auto est = [&](const char* label) { return fit.table.find_label(label)->est; };
    CHECK(est("a") + 2 * est("b") == doctest::Approx(est("c")).epsilon(1e-12));
    CHECK(std::abs(fit.table.constraints.front().slack) < 1e-10);
}

TEST_CASE("Constraints: contradictory equalities and an unknown label are input errors at the constraint") {
    ParameterTable table = with_constraint("a", Relation::Equal, "b");
    table.constraints.push_back(Constraint{"a - b", Relation::Equal, "1", SourceLocation{"m.lav", 8, 1}});
    try {
        static_cast<void>(prepare(table, thesis_moments(), {}));
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.where().line == 7);
        CHECK(std::string(e.what()).find("contradict each other") != std::string::npos);
    }
    CHECK_THROWS_AS(static_cast<void>(prepare(with_constraint("a", Relation::Equal, "zz"), thesis_moments(), {})), InputError);
}

TEST_CASE("Constraints: a product of labels or an inequality is not linear, and is kept by the constrained search") {
    const PreparedProblem problem = prepare(with_constraint("a*b", Relation::Equal, "0.01"), thesis_moments(), {});
    CHECK_FALSE(problem.constraints.all.front().linear);
    CHECK(problem.constraints.linear.empty());
    CHECK(problem.constraints.equality_count() == 1);
    const FitResult fit = fit_model(with_constraint("a*b", Relation::Equal, "0.01"), thesis_moments(), {});
    CHECK(fit.optimizer.converged());
    CHECK(fit.table.find_label("a")->est * fit.table.find_label("b")->est == doctest::Approx(0.01).epsilon(1e-8));
    CHECK(fit.fit.df == 1);
    // An inactive inequality changes nothing: the free fit's estimates, and no df.
    const FitResult loose = fit_model(with_constraint("a", Relation::Less, "10"), thesis_moments(), {});
    const FitResult none = fit_model(thesis_model(), thesis_moments(), {});
    CHECK(loose.fit.df == 0);
    CHECK(loose.table.find_label("a")->est == doctest::Approx(none.table.find_label("a")->est).epsilon(1e-6));
    CHECK(loose.table.find_label("a")->se == doctest::Approx(none.table.find_label("a")->se).epsilon(1e-6));
}

TEST_CASE("Constraints: ind1 == ind2 over defined parameters is the constraint on their expressions, as lavaan's") {
    // mediation_equal_indirect: ind1 := a1*b1, ind2 := a2*b2 and the constraint a1*b1 == a2*b2 as lavaan fitted it.
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/mediation_equal_indirect/model.yaml"));
    REQUIRE(spec.table.constraints.size() == 1);
    REQUIRE(spec.table.constraints[0].text() == "a1*b1 == a2*b2");
    ParameterTable by_name = spec.table;
    by_name.constraints[0].lhs = "ind1";
    by_name.constraints[0].rhs = "ind2";
    const FitResult expressions = fit_model(spec.table, spec.data, spec.estimation);
    const FitResult names = fit_model(by_name, spec.data, spec.estimation);
    REQUIRE(expressions.optimizer.converged());
    REQUIRE(names.optimizer.converged());
    CHECK(names.fit.df == expressions.fit.df);
    CHECK(names.fit.chisq == doctest::Approx(expressions.fit.chisq).epsilon(1e-10));
    REQUIRE(names.table.rows.size() == expressions.table.rows.size());
    for (std::size_t r = 0; r < names.table.rows.size(); ++r) {
        CAPTURE(names.table.rows[r].name());
        CHECK(std::abs(names.table.rows[r].est - expressions.table.rows[r].est) <= 1e-10);
        CHECK(std::abs(names.table.rows[r].se - expressions.table.rows[r].se) <= 1e-10);
    }
    CHECK(std::abs(names.table.constraints[0].slack) < 1e-8);
}

TEST_CASE("Constraints: a defined parameter may use an earlier one, in a constraint and in its own value") {
    ParameterTable table = with_constraint("twice", Relation::Equal, "c");
    table.rows.push_back(defined("ab", "a*b"));
    table.rows.push_back(defined("twice", "2*a"));
    table.rows.push_back(defined("both", "ab + twice"));
    const FitResult fit = fit_model(table, thesis_moments(), {});
    REQUIRE(fit.optimizer.converged());
    const auto est = [&](const char* label) { return fit.table.find_label(label)->est; };
    CHECK(2 * est("a") == doctest::Approx(est("c")).epsilon(1e-10));
    const auto both = std::find_if(fit.table.rows.begin(), fit.table.rows.end(),
                                   [](const ParameterRow& row) { return row.lhs == "both"; });
    REQUIRE(both != fit.table.rows.end());
    CHECK(both->est == doctest::Approx(est("a") * est("b") + 2 * est("a")).epsilon(1e-12));
    CHECK(both->se > 0);
    // A symbol neither a label nor a defined parameter is refused at the constraint, naming both kinds.
    try {
        ParameterTable unknown = with_constraint("ab", Relation::Equal, "zz");
        unknown.rows.push_back(defined("ab", "a*b"));
        static_cast<void>(prepare(unknown, thesis_moments(), {}));
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.where().line == 7);
        CHECK(std::string(e.what()).find("uses 'zz', expected a label of a model parameter or a defined parameter") !=
              std::string::npos);
    }
}

TEST_CASE("Constraints: the t-rule counts parameters less the equality constraints, as lavaan's npar (issue 12)") {
    // One factor with two indicators: 4 free parameters for 3 moments; a == 1 leaves 3 (df 0).
    ParameterTable table;
    table.rows = {fixed_loading("f", "x1", 1.0), loading("f", "x2", "a")};
    CHECK_THROWS_AS(static_cast<void>(prepare(table, two_factor_moments(), {})), IdentificationError);
    table.constraints.push_back(Constraint{"a", Relation::Equal, "1", SourceLocation{"m.lav", 3, 1}});
    const PreparedProblem problem = prepare(table, two_factor_moments(), {});
    CHECK(problem.effective_parameter_count() == 3);
    CHECK(problem.moment_count() == 3);
    const FitResult fit = fit_model(table, two_factor_moments(), {});
    CHECK(fit.fit.df == 0);
}

// Constraints on labelled parameters (engine/model/constraints.hpp): the linear equalities' reparametrisation and
// the errors of constraints that cannot hold.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/errors.hpp"
#include "engine/fit.hpp"
#include "engine/model/prepare.hpp"
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

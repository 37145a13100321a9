// Effects in a non-recursive model: the effect of a variable on itself through a feedback loop.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/fit.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

// y1 = 0.3 y2 + 0.5 x1 + e1, y2 = 0.4 y1 + 0.6 x2 + e2 (x1, x2, e1, e2 independent, unit variances): the
// covariance matrix of (x1, x2, y1, y2) the model implies, which it then fits exactly, N = 200.
SampleMoments feedback_moments() {
    Eigen::Matrix4d beta = Eigen::Matrix4d::Zero();  // rows/cols x1, x2, y1, y2
    beta(2, 3) = 0.3;
    beta(2, 0) = 0.5;
    beta(3, 2) = 0.4;
    beta(3, 1) = 0.6;
    const Eigen::Matrix4d inverse = (Eigen::Matrix4d::Identity() - beta).inverse();
    SampleMoments d;
    d.names = {"x1", "x2", "y1", "y2"};
    d.n = 200;
    d.covariance = inverse * inverse.transpose();
    return d;
}

}  // namespace

TEST_CASE("Effects: a variable on a feedback loop has a total (and indirect) effect on itself, with its SE") {
    ParameterTable table;
    table.rows = {path("y1", "y2", "b12"), path("y1", "x1"), path("y2", "y1", "b21"), path("y2", "x2")};
    const FitResult r = fit_model(table, feedback_moments(), EstimationOptions{});
    const double b12 = r.table.find("y1", Op::Regression, "y2")->est, b21 = r.table.find("y2", Op::Regression, "y1")->est;
    CHECK(b12 == doctest::Approx(0.3).epsilon(1e-6));
    CHECK(b21 == doctest::Approx(0.4).epsilon(1e-6));
    const Effect* self = nullptr;
    for (const auto& e : r.effects)
        if (e.from == "y1" && e.to == "y1") self = &e;
    REQUIRE(self != nullptr);
    REQUIRE(self->total.has_value());
    CHECK_FALSE(self->direct.has_value());  // no arrow from y1 to itself
    REQUIRE(self->indirect.has_value());
    // T = (I − B)⁻¹ − I: T₁₁ = b12 b21 / (1 − b12 b21), all of it through the loop.
    const double loop = b12 * b21;
    CHECK(self->total->est == doctest::Approx(loop / (1 - loop)).epsilon(1e-12));
    CHECK(self->indirect->est == doctest::Approx(self->total->est).epsilon(1e-12));
    CHECK(self->total->std_all == doctest::Approx(self->total->est).epsilon(1e-12));  // sd(y1) / sd(y1)
    // Delta method: ∂T₁₁/∂b12 = b21 / (1 − b12 b21)², ∂T₁₁/∂b21 = b12 / (1 − b12 b21)².
    const int i12 = r.table.find("y1", Op::Regression, "y2")->index, i21 = r.table.find("y2", Op::Regression, "y1")->index;
    Eigen::VectorXd gradient = Eigen::VectorXd::Zero(r.vcov.rows());
    gradient[i12] = b21 / std::pow(1 - loop, 2);
    gradient[i21] = b12 / std::pow(1 - loop, 2);
    CHECK(self->total->se == doctest::Approx(std::sqrt(gradient.dot(r.vcov * gradient))).epsilon(1e-10));
    // x1 reaches y1 directly and through the loop, but has no loop of its own.
    for (const auto& e : r.effects) CHECK_FALSE((e.from == e.to && e.from.front() == 'x'));
}

#pragma once
// Wald tests of a model's equality constraints (jalur fit --wald), as lavaan's lavTestWald: the model is fitted
// without its equalities (the "released" model, inequalities kept), and for the constraints h(θ) = lhs − rhs,
// W = h(θ̂)ᵀ (H V Hᵀ)⁻¹ h(θ̂) with H the Jacobian of h and V the released fit's vcov, chi-square with one df per
// constraint under the hypothesis that they hold.
#include <optional>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "engine/results/fit_result.hpp"

namespace jalur {

struct ConstraintWaldTest {
    std::string constraint;  // as written ("a1*b1 == a2*b2"); the joint test: the constraints joined by "; "
    double value = kNaN;     // lhs − rhs at the released estimates (the joint test: NaN)
    double statistic = kNaN;
    int df = 1;
    double pvalue = kNaN;
};

struct ConstraintWaldTests {
    std::vector<ConstraintWaldTest> each;     // one per equality constraint, in the order written
    std::optional<ConstraintWaldTest> joint;  // all of them at once, when there are at least two
};

// The number of equality constraints ("==" rows) of a table.
int equality_constraint_count(const ParameterTable& table);

// The table without its equality constraints (its inequalities kept): the model the tests are computed in.
ParameterTable released_table(const ParameterTable& table);

// The tests of the equality constraints of `constrained` (the table as written, before fitting) at the fit of
// released_table(constrained). Throws NumericalError when a test's H V Hᵀ is not positive definite (the joint
// test of constraints that repeat each other, or a constraint whose sampling variance vanishes): no number is
// better than a wrong one.
ConstraintWaldTests constraint_wald_tests(const ParameterTable& constrained, const FitResult& released);

}  // namespace jalur

#include "engine/inference/constraint_wald.hpp"

#include <cmath>

#include "engine/errors.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/model/constraints.hpp"
#include "engine/model/defined_parameters.hpp"

namespace jalur {

namespace {

// W = hᵀ (H V Hᵀ)⁻¹ h for the rows of H and entries of h, with H V Hᵀ refused unless clearly positive definite.
ConstraintWaldTest wald_test(const std::string& constraint, const Eigen::VectorXd& h, const Eigen::MatrixXd& H,
                             const Eigen::MatrixXd& vcov) {
    const Eigen::MatrixXd information = H * vcov * H.transpose();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(information, Eigen::EigenvaluesOnly);
    const double largest = eigen.eigenvalues().cwiseAbs().maxCoeff();
    if (!information.allFinite() || !h.allFinite() || eigen.eigenvalues().minCoeff() <= 1e-10 * largest ||
        largest <= 0)
        throw NumericalError("the Wald test of '" + constraint +
                             "' is not defined: the sampling covariance of its constraints (H V H') is singular, "
                             "expected equality constraints that are independent of each other and involve "
                             "estimated parameters.");
    ConstraintWaldTest test;
    test.constraint = constraint;
    test.df = static_cast<int>(h.size());
    test.statistic = h.dot(information.llt().solve(h));
    test.pvalue = chisq_pvalue(test.statistic, test.df);
    return test;
}

}  // namespace

int equality_constraint_count(const ParameterTable& table) {
    int count = 0;
    for (const Constraint& c : table.constraints) count += c.relation == Relation::Equal ? 1 : 0;
    return count;
}

ParameterTable released_table(const ParameterTable& table) {
    ParameterTable released = table;
    released.constraints.clear();
    for (const Constraint& c : table.constraints)
        if (c.relation != Relation::Equal) released.constraints.push_back(c);
    return released;
}

ConstraintWaldTests constraint_wald_tests(const ParameterTable& constrained, const FitResult& released) {
    // The equalities over the released fit's numbered parameters.
    ParameterTable table = released.table;
    table.constraints.clear();
    for (const Constraint& c : constrained.constraints)
        if (c.relation == Relation::Equal) table.constraints.push_back(c);
    const auto q = released.theta.size();
    const Constraints equalities = parse_constraints(table, static_cast<int>(q), parse_defined(table));
    const auto r = static_cast<Eigen::Index>(equalities.all.size());
    Eigen::VectorXd h(r);
    Eigen::MatrixXd H(r, q);
    ConstraintWaldTests out;
    std::string all;
    for (Eigen::Index i = 0; i < r; ++i) {
        Eigen::VectorXd gradient;
        h[i] = equalities.all[static_cast<std::size_t>(i)].evaluate(released.theta, &gradient);
        H.row(i) = gradient.transpose();
        const std::string text = table.constraints[static_cast<std::size_t>(i)].text();
        ConstraintWaldTest test = wald_test(text, h.segment(i, 1), H.row(i), released.vcov);
        test.value = h[i];
        out.each.push_back(test);
        all += (i == 0 ? "" : "; ") + text;
    }
    if (r >= 2) out.joint = wald_test(all, h, H, released.vcov);
    return out;
}

}  // namespace jalur

#pragma once
// Constraints on labelled parameters (ParameterTable::constraints), parsed once when a problem is prepared.
// Linear equalities (b1 + b2 == 1, a == 2*b) become a reparametrisation θ = θ₀ + K φ, K an orthonormal basis of
// the null space of their Jacobian: the search runs over φ with the gradient Kᵀ∇F, and the covariance of θ̂ is
// K (Kᵀ I K)⁻¹ Kᵀ / n, which is lavaan's for linear equality constraints. Non-linear equalities and inequalities
// are kept as functions of θ with their gradients.
#include <Eigen/Dense>
#include <cstddef>
#include <vector>

#include "engine/model/defined_parameters.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/parameter_table.hpp"

namespace jalur {

// One constraint as h(θ) = lhs − rhs (== 0, < 0 or > 0).
struct ParsedConstraint {
    std::size_t index = 0;   // in ParameterTable::constraints
    Relation relation = Relation::Equal;
    Expression difference;   // (lhs) - (rhs)
    std::vector<int> parameter;  // per symbol: the free parameter's index, or -1 for a fixed row's label
    std::vector<double> fixed;   // per symbol: the fixed row's value (when parameter is -1)
    bool linear = false;

    // h(θ) and, if asked, its gradient with respect to θ (size of θ).
    double evaluate(const Eigen::VectorXd& theta, Eigen::VectorXd* gradient = nullptr) const;
};

// The linear equalities as θ = θ₀ + K φ. Empty (no constraints) when K has as many columns as θ has entries and
// θ₀ = 0; `rank` is the number of independent equalities, the degrees of freedom they add.
struct LinearEqualities {
    Eigen::MatrixXd K;       // q × (q − rank), orthonormal columns
    Eigen::VectorXd theta0;  // the point of the constraint set nearest 0
    int rank = 0;

    bool empty() const { return rank == 0; }
    Eigen::VectorXd theta(const Eigen::VectorXd& phi) const { return theta0 + K * phi; }
    // The φ of the point of the constraint set nearest θ (θ's orthogonal projection onto it).
    Eigen::VectorXd phi(const Eigen::VectorXd& theta) const { return K.transpose() * (theta - theta0); }
};

struct Constraints {
    std::vector<ParsedConstraint> all;  // in table order
    LinearEqualities linear;            // the linear equalities among them
    bool empty() const { return all.empty(); }
    // The non-linear equalities and the inequalities, which the reparametrisation cannot carry.
    std::vector<const ParsedConstraint*> general() const;
    // The independent equalities: what they add to df and take from npar (lavaan counts each "==" row).
    int equality_count() const;
};

// An orthonormal basis (q columns at most) of the directions of θ that keep every equality and every inequality
// active at θ (|h| ≤ 1e-6) satisfied to first order: K without general constraints. lavaan's covariance of θ̂
// under constraints (its augmented information) is B (Bᵀ I B)⁻¹ Bᵀ / n with this B.
Eigen::MatrixXd active_basis(const Constraints& constraints, const Eigen::VectorXd& theta);

// Parses every constraint of a table whose free parameters are numbered (q of them); a defined parameter's name
// stands for its expression (lavaan's meaning of ind1 == ind2 with ind1 := a1*b1). Throws InputError at the
// constraint for a syntax error, a symbol that is neither a label nor a defined parameter, contradictory linear
// equalities or equalities that leave no free parameter.
Constraints parse_constraints(const ParameterTable& table, int q, const std::vector<DefinedParameter>& defined);

// Writes lhs − rhs at θ̂ into each constraint of the table.
void evaluate_constraints(ParameterTable& table, const Constraints& constraints, const Eigen::VectorXd& theta);

}  // namespace jalur

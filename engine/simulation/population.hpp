#pragma once
// The population of a Monte Carlo study: a model with every parameter given a value, and the moments it implies
// (Σ, and μ with a mean structure), from which the study draws its data sets.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"

namespace jalur {

struct Population {
    ParameterTable table;               // completed: every row fixed at its population value
    std::vector<std::string> observed;  // the observed variables, in order of first appearance
    Eigen::MatrixXd sigma;              // Σ of the observed variables
    Eigen::VectorXd mu;                 // μ (zero without intercept rows)
};

// `table`: the population model as written (lavaan syntax or YAML). Rows the defaults add (engine/model/
// model_defaults.hpp) that are covariances are fixed at 0; a (residual) variance must be written with its value.
// Throws InputError at the row for a parameter without a value (a free row, or a variance the user left out),
// NumericalError when the moments cannot be computed (I − A singular, Σ not positive definite).
Population population_of(const ParameterTable& table, const SourceLocation& where);

// The population's value of a parameter of an analysis model: the row with the same lhs, op and rhs (a
// covariance in either order), NaN when the population has none (a parameter of a misspecified model).
double population_value(const Population& population, const ParameterRow& row);

}  // namespace jalur

#pragma once
// Defined parameters (":=" rows): their values at the estimates, delta-method SEs, and their values at
// the standardized estimates (as lavaan computes std.all of a defined parameter) with SEs.
#include <Eigen/Dense>

#include "engine/parameter_table.hpp"
#include "engine/standardized.hpp"

namespace jalur {

// Requires est, std_lv and std_all on the labelled rows. Throws InputError for an unknown label.
void evaluate_defined(ParameterTable& table, const Eigen::MatrixXd& vcov, const StandardizedGradients& standardized);

}  // namespace jalur

#pragma once
// The parameters a user need not write, as LISREL and lavaan (fixed.x = FALSE) add them: a free variance
// for every exogenous variable, a free residual variance for every endogenous one, and free covariances
// among the exogenous variables.
#include "engine/parameter_table.hpp"

namespace jalur {

// The table with the default rows appended (user = false). Rows the user wrote are never changed.
ParameterTable with_default_parameters(const ParameterTable& table);

}  // namespace jalur

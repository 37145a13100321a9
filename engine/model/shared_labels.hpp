#pragma once
// Rows that share a label are one parameter (lavaan's rule): when one of them is fixed — a marker loading
// the defaults fixed at 1, or a value the user wrote — all of them are fixed at that value. Without this, a
// label on a marker and on free loadings (`f =~ l*x1 + l*x2`) would fix x1 alone and estimate x2: another
// model than lavaan's, in silence.
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"

namespace jalur {

// Fixes every free row whose label a fixed row carries, at the fixed row's value, and returns a note for each
// label it applied to (for the fit's warnings). Throws InputError at the row when two fixed rows that share
// a label have different values.
std::vector<std::string> fix_shared_labels(ParameterTable& table);

}  // namespace jalur

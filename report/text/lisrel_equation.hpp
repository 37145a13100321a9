#pragma once
// LISREL's equation layout ("Structural Equations", "Reduced Form Equations"):
//
//  KEPUASAN = 0.38*KUALITAS, Errorvar.= 134.49, R² = 0.17
//            (0.054)                   (12.08)
//             7.11                      11.14
//
// The standard error in parentheses starts one column left of its coefficient, the t-value is centred
// beneath it, and a coefficient moves right when the numbers under its left neighbour need the room.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "report/text/lisrel_matrix.hpp"

namespace jalur::report {

// An estimate with its standard error and t-value, as in a matrix; se NaN (a fixed parameter): no standard
// error or t-value under the value.
using EquationValue = MatrixEntry;

struct EquationTerm {
    std::string variable;
    EquationValue value;
};

struct LisrelEquation {
    std::string outcome;
    std::vector<EquationTerm> terms;
    std::optional<EquationValue> error_variance;
    double r2 = kNaN;  // NaN: no "R² =" part
};

// The equations, outcome names right-aligned to a common width, each followed by an empty line.
// Lines longer than max_width continue on the next line, indented past "outcome = ".
std::string render_equations(const std::vector<LisrelEquation>& equations, std::size_t max_width = 80);

}  // namespace jalur::report

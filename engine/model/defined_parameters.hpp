#pragma once
// Defined parameters (":=" rows): parsed once when a problem is prepared; at the estimates, their values,
// delta-method SEs, and their values at the standardized estimates (as lavaan computes std.all of a defined
// parameter) with SEs.
#include <Eigen/Dense>
#include <cstddef>
#include <vector>

#include "engine/model/expression.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/results/standardized.hpp"

namespace jalur {

// One ":=" row, parsed: its row in the table and the labelled row of each of its expression's symbols.
struct DefinedParameter {
    std::size_t row = 0;
    Expression expression;  // in labels only: the defined parameters it uses are replaced by their expressions
    std::vector<std::size_t> sources;  // ordered as expression.symbols()
};

// Every ":=" row of a completed table, in table order. A defined parameter may use those defined before it. Throws
// InputError for a syntax error or a symbol that is neither a label nor an earlier defined parameter.
std::vector<DefinedParameter> parse_defined(const ParameterTable& table);

// The expression (in labels) of the defined parameter called `name`, or nullptr.
const Expression* find_defined(const ParameterTable& table, const std::vector<DefinedParameter>& defined,
                               const std::string& name);

// Requires est, std_lv and std_all on the labelled rows.
void evaluate_defined(ParameterTable& table, const std::vector<DefinedParameter>& defined, const Eigen::MatrixXd& vcov,
                      const StandardizedGradients& standardized);

}  // namespace jalur

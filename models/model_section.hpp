#pragma once
// The `model:` section of a YAML spec → the user's rows of the parameter table.
#include <string>
#include <vector>

#include "engine/parameter_table.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// A variable named in the model, and where, so that a name missing from the data is reported there.
struct VariableUse {
    std::string name;
    SourceLocation where;
};

struct ModelRows {
    std::vector<ParameterRow> rows;      // regressions, covariances, variances, then defined parameters
    std::vector<VariableUse> variables;  // every mention, in document order
};

// Reads regressions, covariances, variances and defined parameters; checks that paths and pairs are not
// repeated and that labels and defined names do not clash with variables. Throws InputError.
ModelRows read_model_section(const YamlInput& input, const Item& model);

}  // namespace jalur::models

#pragma once
// The `defined:` part of a model: parameters computed from labelled ones ("indirect: a*b").
#include <vector>

#include "engine/parameter_table.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// One Op::Defined row per "name: expression". Every symbol must be a label of `rows`; a name must differ
// from every label and variable of `rows`. Throws InputError, at the offending character of an expression.
std::vector<ParameterRow> read_defined_parameters(const YamlInput& input, const Item& defined,
                                                  const std::vector<ParameterRow>& rows);

}  // namespace jalur::models

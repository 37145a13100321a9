#pragma once
// Constraints on labelled parameters: lavaan's "b1 + b2 == 1", "a1*b1 == a2*b2", "v > 0.01", "a < b", in lavaan
// syntax or as the entries of a YAML `constraints:` list under `model:`.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// A constraint as written: "lhs == rhs", "lhs < rhs" or "lhs > rhs", and where each of its characters is.
struct ConstraintText {
    std::string text;
    std::function<SourceLocation(std::size_t)> locate;  // the place of text[offset]
};

// One Constraint per entry, in order. Both sides must be expressions of labels of `rows`, names of its defined
// parameters (standing for their expressions) and numbers. Throws InputError at the offending character.
std::vector<Constraint> constraints_of(const std::vector<ConstraintText>& constraints,
                                       const std::vector<ParameterRow>& rows);

// The entries of a YAML `constraints:` sequence (each a string such as "a + b == 2"). Throws InputError.
std::vector<ConstraintText> read_constraints_section(const YamlInput& input, const Item& constraints);

}  // namespace jalur::models

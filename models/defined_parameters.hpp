#pragma once
// Defined parameters: parameters computed from labelled ones ("indirect := a*b" in lavaan syntax, "indirect: a*b"
// under `defined:` in a YAML spec).
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// A defined parameter as written: its name and expression, and where they are.
struct DefinedText {
    std::string name;
    SourceLocation name_where;
    std::string expression;
    std::function<SourceLocation(std::size_t)> locate;  // the place of expression[offset]
};

// One Op::Defined row per entry, in order. Every symbol must be a label of `rows` or an earlier entry's name
// (lavaan's total := ind + c); a name must differ from every label and variable of `rows` and from the other names.
// Throws InputError, at the offending character of an expression.
std::vector<ParameterRow> defined_parameters(const std::vector<DefinedText>& defined,
                                             const std::vector<ParameterRow>& rows);

// "<what> uses '<symbol>', which is not a label of the model, expected one of the labels a, b" for a symbol of an
// expression that is neither one of `labels` nor one of `defined` (named in the rule when there are any).
std::string unknown_symbol(const std::string& what, const std::string& symbol, const std::vector<std::string>& labels,
                           const std::vector<std::string>& defined);

// The entries of a YAML `defined:` mapping (each name an identifier). Throws InputError.
std::vector<DefinedText> read_defined_section(const YamlInput& input, const Item& defined);

}  // namespace jalur::models

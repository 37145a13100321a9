#include "models/defined_parameters.hpp"

#include <algorithm>
#include <string>

#include "engine/expression.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

const char* const kExpressionRule = "an expression of labels, numbers, + - * / ^, sqrt exp log abs and parentheses";

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

void add_once(std::vector<std::string>& names, const std::string& name) {
    if (!name.empty() && !contains(names, name)) names.push_back(name);
}

// Offset of the first use of `symbol` in an expression's text, so a message can point at it.
std::size_t offset_of(const std::string& text, const std::string& symbol) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t name = scan_identifier(text, pos);
        if (name > 0 && text.compare(pos, name, symbol) == 0 && name == symbol.size()) return pos;
        pos += std::max<std::size_t>({name, scan_number(text, pos), 1});
    }
    return 0;
}

Expression parse_expression(const YamlInput& input, const Item& item, const std::string& name) {
    const std::string text = input.text(item);
    try {
        return Expression::parse(text);
    } catch (const ExpressionError& error) {
        std::string message = "defined parameter '" + name + "': " + error.what();
        if (message.find(", expected") == std::string::npos) message += std::string(", expected ") + kExpressionRule;
        throw InputError(input.at(item.node, error.offset()), message + ".");
    }
}

}  // namespace

std::vector<ParameterRow> read_defined_parameters(const YamlInput& input, const Item& defined,
                                                  const std::vector<ParameterRow>& rows) {
    std::vector<std::string> labels;
    std::vector<std::string> variables;
    for (const ParameterRow& row : rows) {
        add_once(labels, row.label);
        add_once(variables, row.lhs);
        add_once(variables, row.rhs);
    }
    std::vector<ParameterRow> out;
    for (const Entry& entry : input.mapping(defined).entries) {
        Item key = entry.key_item;
        key.what = "defined parameter name";
        const std::string name = input.identifier(key);
        if (contains(labels, name))
            YamlInput::fail(key, "defined parameter '" + name + "' has the name of a label",
                            "a name that differs from every label and variable");
        if (contains(variables, name))
            YamlInput::fail(key, "defined parameter '" + name + "' has the name of a variable",
                            "a name that differs from every label and variable");
        const Expression expression = parse_expression(input, entry.value, name);
        for (const std::string& symbol : expression.symbols())
            if (!contains(labels, symbol))
                YamlInput::fail({entry.value.node, input.at(entry.value.node, offset_of(expression.text(), symbol)),
                                 entry.value.what},
                                "defined parameter '" + name + "' uses '" + symbol +
                                                 "', which is not a label of the model",
                                labels.empty() ? "labels written as label*x in the model (it has none)"
                                               : "one of the labels " + join(labels));
        ParameterRow row;
        row.lhs = name;
        row.op = Op::Defined;
        row.rhs = expression.text();
        row.free = false;
        row.where = key.where;
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace jalur::models

#include "models/defined_parameters.hpp"

#include <algorithm>
#include <string>

#include "engine/errors.hpp"
#include "engine/model/expression.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

const char* const kExpressionRule = "an expression of labels, numbers, + - * / ^, sqrt exp log abs and parentheses";
const char* const kNameRule = "a name that differs from every label and variable";

void add_once(std::vector<std::string>& names, const std::string& name) {
    if (!name.empty() && !contains(names, name)) names.push_back(name);
}

Expression parse_expression(const DefinedText& defined) {
    try {
        return Expression::parse(defined.expression);
    } catch (const ExpressionError& error) {
        std::string message = "defined parameter '" + defined.name + "': " + error.what();
        if (message.find(", expected") == std::string::npos) message += std::string(", expected ") + kExpressionRule;
        throw InputError(defined.locate(error.offset()), message + ".");
    }
}

}  // namespace

std::vector<ParameterRow> defined_parameters(const std::vector<DefinedText>& defined,
                                             const std::vector<ParameterRow>& rows) {
    std::vector<std::string> labels;
    std::vector<std::string> variables;
    for (const ParameterRow& row : rows) {
        if (row.op == Op::Defined) continue;
        add_once(labels, row.label);
        add_once(variables, row.lhs);
        add_once(variables, row.rhs);
    }
    std::vector<ParameterRow> out;
    for (const DefinedText& entry : defined) {
        const std::string& name = entry.name;
        if (contains(labels, name))
            throw InputError(entry.name_where,
                             "defined parameter '" + name + "' has the name of a label, expected " + kNameRule + ".");
        if (contains(variables, name))
            throw InputError(entry.name_where, "defined parameter '" + name + "' has the name of a variable, expected " +
                                                   kNameRule + ".");
        for (const ParameterRow& previous : out)
            if (previous.lhs == name)
                throw InputError(entry.name_where, "duplicate defined parameter '" + name + "' (first at line " +
                                                       std::to_string(previous.where.line) +
                                                       "), expected each name once.");
        const Expression expression = parse_expression(entry);
        std::vector<std::string> earlier;
        for (const ParameterRow& previous : out) earlier.push_back(previous.lhs);
        for (const std::string& symbol : expression.symbols())
            if (!contains(labels, symbol) && !contains(earlier, symbol))
                throw InputError(entry.locate(offset_of_symbol(expression.text(), symbol)),
                                 unknown_symbol("defined parameter '" + name + "'", symbol, labels, earlier) + ".");
        ParameterRow row;
        row.lhs = name;
        row.op = Op::Defined;
        row.rhs = expression.text();
        row.free = false;
        row.where = entry.name_where;
        out.push_back(std::move(row));
    }
    return out;
}

std::string unknown_symbol(const std::string& what, const std::string& symbol, const std::vector<std::string>& labels,
                           const std::vector<std::string>& defined) {
    if (defined.empty())
        return what + " uses '" + symbol + "', which is not a label of the model, expected " +
               (labels.empty() ? "labels written as label*x in the model (it has none)"
                               : "one of the labels " + join(labels));
    return what + " uses '" + symbol + "', which is neither a label nor a defined parameter of the model, expected " +
           (labels.empty() ? std::string() : "one of the labels " + join(labels) + " or ") + "the defined parameter" +
           (defined.size() == 1 ? " " : "s ") + join(defined);
}

std::vector<DefinedText> read_defined_section(const YamlInput& input, const Item& defined) {
    std::vector<DefinedText> out;
    for (const Entry& entry : input.mapping(defined).entries) {
        Item key = entry.key_item;
        key.what = "defined parameter name";
        DefinedText text;
        text.name = input.identifier(key);
        text.name_where = key.where;
        text.expression = input.text(entry.value);
        const YAML::Node node = entry.value.node;
        text.locate = [&input, node](std::size_t offset) { return input.at(node, offset); };
        out.push_back(std::move(text));
    }
    return out;
}

}  // namespace jalur::models

#include "models/constraints.hpp"

#include <algorithm>
#include <cctype>

#include "engine/errors.hpp"
#include "engine/model/expression.hpp"
#include "models/defined_parameters.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

const char* const kRule = "a constraint such as a + b == 2, a1*b1 == a2*b2, v > 0.01 or a < b";

struct Side {
    std::string text;
    std::size_t offset = 0;  // of text[0] in the constraint
};

Side trimmed(const std::string& text, std::size_t begin, std::size_t end) {
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return {text.substr(begin, end - begin), begin};
}

Constraint parse_one(const ConstraintText& entry, const std::vector<std::string>& labels,
                     const std::vector<std::string>& defined) {
    const std::string& text = entry.text;
    const std::size_t at = text.find_first_of("=<>");
    auto fail = [&](std::size_t offset, const std::string& message) {
        throw InputError(entry.locate(std::min(offset, text.empty() ? 0 : text.size() - 1)), message + ".");
    };
    if (at == std::string::npos) fail(0, "'" + text + "' has no relation, expected " + kRule);
    Constraint c;
    std::size_t after = at + 1;
    if (text.compare(at, 2, "==") == 0) {
        c.relation = Relation::Equal;
        after = at + 2;
    } else if (text[at] == '<' || text[at] == '>') {
        c.relation = text[at] == '<' ? Relation::Less : Relation::Greater;
        if (after < text.size() && text[after] == '=')
            fail(at, std::string("'") + text[at] + "=' is not a relation, expected '" + text[at] +
                         "' (an inequality holds as ≤ or ≥ at the boundary)");
    } else {
        fail(at, "'=' is not a relation, expected '==', '<' or '>' in " + std::string(kRule));
    }
    if (text.find_first_of("=<>", after) != std::string::npos)
        fail(text.find_first_of("=<>", after), "a second relation, expected one relation in " + std::string(kRule));
    const Side sides[2] = {trimmed(text, 0, at), trimmed(text, after, text.size())};
    for (const Side& side : sides) {
        if (side.text.empty())
            fail(at, std::string("missing ") + (&side == sides ? "left" : "right") + "-hand side, expected " + kRule);
        Expression e;
        try {
            e = Expression::parse(side.text);
        } catch (const ExpressionError& error) {
            std::string message = std::string("constraint: ") + error.what();
            if (message.find(", expected") == std::string::npos)
                message += ", expected an expression of labels, numbers, + - * / ^, sqrt exp log abs and parentheses";
            fail(side.offset + error.offset(), message);
        }
        for (const std::string& symbol : e.symbols())
            if (!contains(labels, symbol) && !contains(defined, symbol))
                fail(side.offset + offset_of_symbol(side.text, symbol),
                     unknown_symbol("constraint", symbol, labels, defined));
    }
    c.lhs = sides[0].text;
    c.rhs = sides[1].text;
    c.where = entry.locate(text.find_first_not_of(" \t\r") == std::string::npos ? 0 : text.find_first_not_of(" \t\r"));
    return c;
}

}  // namespace

std::vector<Constraint> constraints_of(const std::vector<ConstraintText>& constraints,
                                       const std::vector<ParameterRow>& rows) {
    std::vector<std::string> labels;
    std::vector<std::string> defined;  // a defined parameter stands for its expression (lavaan's ind1 == ind2)
    for (const ParameterRow& row : rows) {
        if (row.op == Op::Defined) defined.push_back(row.lhs);
        else if (!row.label.empty() && !contains(labels, row.label)) labels.push_back(row.label);
    }
    std::vector<Constraint> out;
    for (const ConstraintText& entry : constraints) out.push_back(parse_one(entry, labels, defined));
    return out;
}

std::vector<ConstraintText> read_constraints_section(const YamlInput& input, const Item& constraints) {
    std::vector<ConstraintText> out;
    for (const Item& item : input.sequence(constraints, "constraint")) {
        ConstraintText text;
        text.text = input.text(item);
        const YAML::Node node = item.node;
        text.locate = [&input, node](std::size_t offset) { return input.at(node, offset); };
        out.push_back(std::move(text));
    }
    return out;
}

}  // namespace jalur::models

#include "models/model_section.hpp"

#include <map>
#include <tuple>
#include <utility>

#include "models/defined_parameters.hpp"
#include "models/path_term.hpp"

namespace jalur::models {
namespace {

// Builds the rows, remembering where each path or pair was first written to reject repeats.
class ModelReader {
public:
    explicit ModelReader(const YamlInput& input) : input_(input) {}

    void regressions(const Item& section) {
        for (const Entry& entry : input_.mapping(section).entries) {
            const std::string outcome = input_.identifier(named(entry.key_item, "outcome"));
            use(outcome, entry.key_item.where);
            Item terms_item = named(entry.value, "regression of " + outcome);
            const std::vector<Item> terms = input_.sequence(terms_item, "term");
            if (terms.empty())
                YamlInput::fail(terms_item, "the regression of " + outcome + " has no terms",
                                "a sequence of terms such as [a*X, Z]");
            for (const Item& term_item : terms) regression(outcome, term_item);
        }
    }

    void covariances(const Item& section) {
        for (const Item& pair : input_.sequence(section, "pair")) {
            const std::vector<Item> parts = input_.sequence(pair, "element");
            if (parts.size() != 2 && parts.size() != 3)
                YamlInput::fail(pair, pair.what + " has " + std::to_string(parts.size()) + " elements",
                                "[x, y] or [x, y, label or number]");
            const std::string lhs = input_.identifier(parts[0]);
            const std::string rhs = input_.identifier(parts[1]);
            if (lhs == rhs)
                YamlInput::fail(pair, pair.what + " names " + lhs + " twice",
                                "two different variables (write a variance under variances:)");
            use(lhs, parts[0].where);
            use(rhs, parts[1].where);
            ParameterRow row = make_row(lhs, Op::Covariance, rhs, pair.where);
            if (parts.size() == 3) apply(modifier(parts[2]), row);
            add(std::move(row), pair, "covariance of " + lhs + " and " + rhs, "each pair once");
        }
    }

    void variances(const Item& section) {
        for (const Entry& entry : input_.mapping(section).entries) {
            const std::string variable = input_.identifier(named(entry.key_item, "variable"));
            use(variable, entry.key_item.where);
            ParameterRow row = make_row(variable, Op::Covariance, variable, entry.key_item.where);
            apply(modifier(entry.value), row);
            result_.rows.push_back(std::move(row));  // a repeated variable is a duplicate key
        }
    }

    ModelRows finish(const Item& defined) {
        check_labels();
        for (ParameterRow& row : read_defined_parameters(input_, defined, result_.rows))
            result_.rows.push_back(std::move(row));
        return std::move(result_);
    }

    bool empty() const { return result_.rows.empty(); }

private:
    static Item named(Item item, std::string what) {
        item.what = std::move(what);
        return item;
    }

    static ParameterRow make_row(const std::string& lhs, Op op, const std::string& rhs, const SourceLocation& where) {
        ParameterRow row;
        row.lhs = lhs;
        row.op = op;
        row.rhs = rhs;
        row.where = where;
        return row;
    }

    void regression(const std::string& outcome, const Item& term_item) {
        const std::string text = input_.text(term_item);
        PathTerm term;
        try {
            term = parse_path_term(text);
        } catch (const TermError& error) {
            throw InputError(input_.at(term_item.node, error.offset()), error.what());
        }
        if (term.variable == outcome)
            YamlInput::fail(term_item, outcome + " is regressed on itself", "a predictor other than the outcome");
        use(term.variable, input_.at(term_item.node, term.variable_offset));
        ParameterRow row = make_row(outcome, Op::Regression, term.variable, term_item.where);
        apply(term.modifier, row);
        add(std::move(row), term_item, "path " + outcome + " ~ " + term.variable, "each predictor once per outcome");
    }

    Modifier modifier(const Item& item) const {
        const std::string text = input_.text(item);
        try {
            return parse_modifier(text);
        } catch (const TermError& error) {
            throw InputError(input_.at(item.node, error.offset()), error.what());
        }
    }

    void use(const std::string& name, const SourceLocation& where) { result_.variables.push_back({name, where}); }

    // Adds a row unless the same path, or the same pair in either order, was written before.
    void add(ParameterRow row, const Item& item, const std::string& what, const std::string& rule) {
        const bool swap = row.op == Op::Covariance && row.rhs < row.lhs;
        const auto key = std::make_tuple(row.op, swap ? row.rhs : row.lhs, swap ? row.lhs : row.rhs);
        const auto [first, inserted] = seen_.emplace(key, row.where.line);
        if (!inserted)
            YamlInput::fail(item, "duplicate " + what + " (first at line " + std::to_string(first->second) + ")", rule);
        result_.rows.push_back(std::move(row));
    }

    // A label names a parameter; if it named a variable too, expressions and output would be ambiguous.
    void check_labels() const {
        for (const ParameterRow& row : result_.rows) {
            if (row.label.empty()) continue;
            for (const VariableUse& variable : result_.variables)
                if (variable.name == row.label)
                    throw InputError(row.where, "label '" + row.label + "' is also the name of a variable (at line " +
                                                    std::to_string(variable.where.line) +
                                                    "), expected a label that differs from every variable.");
        }
    }

    const YamlInput& input_;
    ModelRows result_;
    std::map<std::tuple<Op, std::string, std::string>, int> seen_;  // row → line of its first mention
};

}  // namespace

ModelRows read_model_section(const YamlInput& input, const Item& model) {
    const Mapping section = input.mapping(model, {"regressions", "covariances", "variances", "defined"});
    ModelReader reader(input);
    if (const Entry* e = section.find("regressions")) reader.regressions(e->value);
    if (const Entry* e = section.find("covariances")) reader.covariances(e->value);
    if (const Entry* e = section.find("variances")) reader.variances(e->value);
    if (reader.empty())
        YamlInput::fail(model, "the model has no regressions, covariances or variances", "at least one of them");
    const Entry* defined = section.find("defined");
    return reader.finish(defined ? defined->value : Item{YAML::Node(), model.where, "defined"});
}

}  // namespace jalur::models

#include "models/model_rows.hpp"

#include <algorithm>
#include <utility>

namespace jalur::models {
namespace {

// "duplicate <what> (first at line N), expected <rule>." for a row written twice.
std::pair<std::string, std::string> describe_repeat(const ParameterRow& row) {
    switch (row.op) {
        case Op::Loading:
            return {"loading " + row.lhs + " =~ " + row.rhs, "each indicator once per latent variable"};
        case Op::Regression:
            return {"path " + row.lhs + " ~ " + row.rhs, "each predictor once per outcome"};
        case Op::Covariance:
            if (row.is_variance()) return {"variance of " + row.lhs, "each variance once"};
            return {"covariance of " + row.lhs + " and " + row.rhs, "each pair once"};
        case Op::Intercept:
            return {"intercept of " + row.lhs, "each intercept once"};
        case Op::Defined:
            break;
    }
    return {"defined parameter " + row.lhs, "each name once"};
}

}  // namespace

bool ModelRows::is_latent(const std::string& name) const {
    return std::any_of(latent.begin(), latent.end(), [&](const VariableUse& use) { return use.name == name; });
}

std::vector<std::string> ModelRows::observed() const {
    std::vector<std::string> names;
    for (const VariableUse& use : variables)
        if (!is_latent(use.name) && std::find(names.begin(), names.end(), use.name) == names.end())
            names.push_back(use.name);
    return names;
}

void ModelBuilder::declare_latent(const std::string& name, const SourceLocation& where) {
    if (!result_.is_latent(name)) result_.latent.push_back({name, where});
}

void ModelBuilder::use(const std::string& name, const SourceLocation& where) {
    result_.variables.push_back({name, where});
}

void ModelBuilder::add(ParameterRow row) {
    if (row.op == Op::Regression && row.lhs == row.rhs)
        throw InputError(row.where, row.lhs + " is regressed on itself, expected a predictor other than the outcome.");
    if (row.op == Op::Loading && row.lhs == row.rhs)
        throw InputError(row.where, "the latent variable " + row.lhs +
                                        " is measured by itself, expected an indicator other than the latent variable.");
    const bool swap = row.op == Op::Covariance && row.rhs < row.lhs;
    const auto key = std::make_tuple(row.op, swap ? row.rhs : row.lhs, swap ? row.lhs : row.rhs);
    const auto [first, inserted] = seen_.emplace(key, row.where.line);
    if (!inserted) {
        const auto [what, rule] = describe_repeat(row);
        throw InputError(row.where, "duplicate " + what + " (first at line " + std::to_string(first->second) +
                                        "), expected " + rule + ".");
    }
    result_.rows.push_back(std::move(row));
}

void ModelBuilder::define(DefinedText defined) { defined_.push_back(std::move(defined)); }

void ModelBuilder::constrain(ConstraintText constraint) { constraints_.push_back(std::move(constraint)); }

ModelRows ModelBuilder::finish() {
    // A label names a parameter; if it named a variable too, expressions and output would be ambiguous.
    for (const ParameterRow& row : result_.rows) {
        if (row.label.empty()) continue;
        for (const VariableUse& variable : result_.variables)
            if (variable.name == row.label)
                throw InputError(row.where, "label '" + row.label + "' is also the name of a variable (at line " +
                                                std::to_string(variable.where.line) +
                                                "), expected a label that differs from every variable.");
    }
    for (ParameterRow& row : defined_parameters(defined_, result_.rows)) result_.rows.push_back(std::move(row));
    result_.constraints = constraints_of(constraints_, result_.rows);
    return std::move(result_);
}

}  // namespace jalur::models

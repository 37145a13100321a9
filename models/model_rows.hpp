#pragma once
// The user's rows of a model as every model language writes them (YAML sections, lavaan syntax), with the checks
// they share: no path, loading, (co)variance or intercept twice, nothing regressed on or measured by itself, labels
// that differ from variables, defined parameters over labels.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "models/constraints.hpp"
#include "models/defined_parameters.hpp"

namespace jalur::models {

// A variable named in the model, and where, so that a name missing from the data is reported there.
struct VariableUse {
    std::string name;
    SourceLocation where;
};

struct ModelRows {
    std::vector<ParameterRow> rows;      // in the order written, defined parameters last
    std::vector<VariableUse> variables;  // every mention of a variable (observed or latent), in document order
    std::vector<VariableUse> latent;     // each latent variable once, where its indicators are first given
    std::vector<Constraint> constraints;  // in the order written

    bool is_latent(const std::string& name) const;
    // The distinct names of variables that are not latent (those the data must hold), in order of first mention.
    std::vector<std::string> observed() const;
};

// Collects the rows a reader finds, rejecting repeats as they come (InputError at the row's `where`).
class ModelBuilder {
public:
    // A latent variable: the lhs of "=~" (a key under `latent:`), where its name is written.
    void declare_latent(const std::string& name, const SourceLocation& where);
    // A mention of a variable.
    void use(const std::string& name, const SourceLocation& where);
    // Adds a row written at row.where. Rejects a regression of a variable on itself, a factor measured by itself,
    // and a row written before (the same lhs, op and rhs; a covariance also in the other order).
    void add(ParameterRow row);
    // A defined parameter, checked against all rows by finish().
    void define(DefinedText defined);
    // A constraint, checked against all rows by finish().
    void constrain(ConstraintText constraint);

    bool empty() const { return result_.rows.empty(); }

    // Checks that no label is the name of a variable, appends the defined parameters, parses the constraints and
    // returns everything.
    ModelRows finish();

private:
    ModelRows result_;
    std::vector<DefinedText> defined_;
    std::vector<ConstraintText> constraints_;
    std::map<std::tuple<Op, std::string, std::string>, int> seen_;  // row → line of its first mention
};

}  // namespace jalur::models

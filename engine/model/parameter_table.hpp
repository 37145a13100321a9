#pragma once
// The parameter table: the one representation of a model that every model language produces and every
// engine stage reads. Estimates, standard errors and standardized values are written back into it.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "engine/errors.hpp"

namespace jalur {

enum class Op {
    Loading,     // lhs =~ rhs: latent variable lhs is measured by rhs (rhs ~ lhs in RAM terms)
    Regression,  // lhs ~ rhs: rhs has a direct effect on lhs
    Covariance,  // lhs ~~ rhs: (residual) covariance; a variance when lhs == rhs
    Defined,     // lhs := rhs: a function of labelled parameters, rhs is the expression
    Intercept,   // lhs ~1: intercept (or mean) of lhs; rhs is empty
};

const char* op_symbol(Op op);  // "=~", "~", "~~", ":=", "~1"

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A Wald confidence interval, est ± z·se (engine/results/confidence_intervals.hpp); NaN bounds when there is none.
struct ConfidenceInterval {
    double lower = kNaN;
    double upper = kNaN;
};

struct ParameterRow {
    std::string lhs;
    Op op = Op::Regression;
    std::string rhs;
    std::string label;      // shared labels make parameters equal
    bool free = true;
    double value = kNaN;    // the fixed value, or a user's start value for a free parameter
    bool user = true;       // written by the user (false: added by the defaults)
    bool free_explicit = false;  // freed on purpose ("NA*x", a start value): never made a marker loading
    int group = 1;          // the group the row belongs to, 1-based as lavaan's; 1 until models have groups
    SourceLocation where;   // where the user wrote it (for messages)

    // Filled by the engine.
    int index = -1;         // position in the free-parameter vector, -1 when fixed or defined
    double est = kNaN;
    double se = kNaN;
    double z = kNaN;
    double pvalue = kNaN;
    double std_lv = kNaN;
    double std_all = kNaN;
    double std_lv_se = kNaN;   // delta-method standard errors of the standardized values
    double std_all_se = kNaN;
    // Wald intervals at FitResult::ci_level of est (none for a fixed row), std_lv and std_all.
    ConfidenceInterval ci, std_lv_ci, std_all_ci;

    bool is_variance() const { return op == Op::Covariance && lhs == rhs; }
    bool is_directed() const { return op == Op::Regression || op == Op::Loading; }
    // The variable the arrow points to and the one it starts from (for "=~": indicator and factor).
    const std::string& outcome() const { return op == Op::Loading ? rhs : lhs; }
    const std::string& predictor() const { return op == Op::Loading ? lhs : rhs; }
    std::string name() const;  // "lhs~rhs" style, or the label when there is one
};

// A constraint on labelled parameters (lavaan's "==", "<", ">" rows): lhs and rhs are expressions over labels
// and numbers, as a defined parameter's (engine/model/expression.hpp).
enum class Relation { Equal, Less, Greater };
const char* relation_symbol(Relation relation);  // "==", "<", ">"

struct Constraint {
    std::string lhs;
    Relation relation = Relation::Equal;
    std::string rhs;
    SourceLocation where;  // where the user wrote it

    // Filled by the engine: lhs − rhs at the estimates (0 for a satisfied equality).
    double slack = kNaN;

    std::string text() const { return lhs + " " + relation_symbol(relation) + " " + rhs; }
};

// A free, unlabelled row `lhs op rhs`; `user` false for the rows the program adds (defaults, the baseline model,
// the candidates of the modification indices).
ParameterRow free_row(const std::string& lhs, Op op, const std::string& rhs, bool user = true);

struct ParameterTable {
    std::vector<ParameterRow> rows;
    std::vector<Constraint> constraints;  // in the order written

    // Observed or latent variable names in order of first appearance (not defined parameters).
    std::vector<std::string> variables() const;
    // Latent variables: those measured by indicators (lhs of "=~").
    std::vector<std::string> latent() const;
    bool is_latent(const std::string& variable) const;
    // Variables with a direct effect on them: regression outcomes and indicators.
    std::vector<std::string> endogenous() const;
    bool is_endogenous(const std::string& variable) const;
    // A predictor in a regression (the right of "~").
    bool is_regression_predictor(const std::string& variable) const;
    // Number of distinct free parameters (rows sharing a label count once). Valid after number_free().
    int free_count() const;
    // Gives each free row its index, rows with equal labels the same index.
    void number_free();
    // The first row with this label, or nullptr.
    const ParameterRow* find_label(const std::string& label) const;
    const ParameterRow* find(const std::string& lhs, Op op, const std::string& rhs) const;
};

}  // namespace jalur

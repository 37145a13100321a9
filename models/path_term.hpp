#pragma once
// Terms of a path or loading: "x", "label*x", "0.5*x" (fixed coefficient), "NA*x" (free, no label),
// "start(0.5)*x" (free, with a start value), lavaan's "equal(\"a\")*x" (label a), and a label or NA chained with a
// start value ("a*start(1)*x"); and the bare modifiers of covariances and variances: "c1", "c1*", "0", "NA",
// "start(1)". Both YAML terms and lavaan syntax use these rules.
#include <cstddef>
#include <stdexcept>
#include <string>

#include "engine/model/parameter_table.hpp"

namespace jalur::models {

// A malformed term: what is wrong, at a 0-based character offset of the term's text.
class TermError : public std::runtime_error {
public:
    TermError(std::size_t offset, const std::string& what) : std::runtime_error(what), offset_(offset) {}
    std::size_t offset() const { return offset_; }
private:
    std::size_t offset_;
};

// How a parameter is specified: free and unlabelled, free with a label, or fixed at a value; a free parameter
// may carry a start value in `value`.
struct Modifier {
    std::string label;
    bool free = true;
    double value = kNaN;         // the fixed value, or the start value of a free parameter
    bool free_explicit = false;  // NA: freed on purpose, never made a marker loading (start() alone is not: lavaan)
};

struct PathTerm {
    std::string variable;             // empty for an intercept
    std::size_t variable_offset = 0;  // where the variable's name (or the intercept's 1) starts in the term's text
    Modifier modifier;
    bool intercept = false;           // the term is "1" (lavaan's "y ~ 1"), only when allowed
};

// Parses "[modifier *]... variable", spaces allowed around '*': at most one label, number, NA or equal("label"),
// and at most one start(number), which cannot go with a number. With `allow_intercept`, the variable may be the
// number 1 (an intercept). Throws TermError.
PathTerm parse_path_term(const std::string& text, bool allow_intercept = false);

// Parses a modifier alone ("c1", "0.5", "NA", "start(1)", "c1*start(1)"), optionally followed by '*' ("c1*").
// Throws TermError.
Modifier parse_modifier(const std::string& text);

// Copies a modifier into a row.
void apply(const Modifier& modifier, ParameterRow& row);

}  // namespace jalur::models

#pragma once
// Terms of a path: "x", "label*x", "0.5*x" (fixed coefficient), "NA*x" (free, no label); and the bare
// modifiers of covariances and variances: "c1", "c1*", "0", "NA".
#include <cstddef>
#include <stdexcept>
#include <string>

#include "engine/parameter_table.hpp"

namespace jalur::models {

// A malformed term: what is wrong, at a 0-based character offset of the term's text.
class TermError : public std::runtime_error {
public:
    TermError(std::size_t offset, const std::string& what) : std::runtime_error(what), offset_(offset) {}
    std::size_t offset() const { return offset_; }
private:
    std::size_t offset_;
};

// How a parameter is specified: free and unlabelled, free with a label, or fixed at a value.
struct Modifier {
    std::string label;
    bool free = true;
    double value = kNaN;
};

struct PathTerm {
    std::string variable;
    std::size_t variable_offset = 0;  // where the variable's name starts in the term's text
    Modifier modifier;
};

// Parses "[modifier *] variable", spaces allowed around '*'. Throws TermError.
PathTerm parse_path_term(const std::string& text);

// Parses a modifier alone ("c1", "0.5", "NA"), optionally followed by '*' ("c1*"). Throws TermError.
Modifier parse_modifier(const std::string& text);

// Copies a modifier into a row.
void apply(const Modifier& modifier, ParameterRow& row);

}  // namespace jalur::models

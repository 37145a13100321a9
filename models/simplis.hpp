#pragma once
// LISREL's SIMPLIS command language (.spl, .spj) → a model spec. docs/model-spec.md, section "SIMPLIS", lists the
// commands jalur reads and what each means.
#include <string>
#include <vector>

#include "models/model_spec.hpp"

namespace jalur::models {

struct SimplisSpec {
    ModelSpec spec;
    std::vector<std::string> options;  // the words of Options and LISREL Output lines as written ("SS", "ND=3")
};

// Reads a SIMPLIS file. The likelihood is Wishart (n = N - 1, as LISREL) whatever the data; commands jalur accepts
// but does not act on (Number of Decimals, most Options, LISREL Output, Means) leave a note in spec.notes.
// Throws InputError with file, line and column on every kind of bad input.
SimplisSpec read_simplis(const std::string& path);

// read_simplis(path).spec
ModelSpec read_simplis_spec(const std::string& path);

}  // namespace jalur::models

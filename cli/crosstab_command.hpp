#pragma once
// `jalur crosstab DATA --rows VAR --cols VAR`: the association of two categorical variables (satisfaction and a
// patient characteristic): counts, expected counts, chi-square (Pearson; Yates and Fisher for 2×2), Cramér's V.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

std::string crosstab_help();

// Returns the exit code; throws what cli/diagnostics.hpp maps to the others.
int run_crosstab_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jalur::cli

#pragma once
// `jalur scores SPEC.yaml` or `jalur scores DATA --scale NAME=ITEMS ...`: each respondent's construct scores (sum
// or mean of the scale's items, reverse keys applied) and score categories, as CSV for a model or a spreadsheet.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

std::string scores_help();

// Returns the exit code; throws what cli/diagnostics.hpp maps to the others.
int run_scores_command(const std::vector<std::string>& args, std::ostream& out);

}  // namespace jalur::cli

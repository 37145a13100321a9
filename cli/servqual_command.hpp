#pragma once
// `jalur servqual DATA`: SERVQUAL gaps per attribute and dimension, priority ranking, importance–performance
// quadrants, the quadrant plots (SVG) and the respondents' dimension scores.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

std::string servqual_help();

// Returns the exit code; throws what cli/diagnostics.hpp maps to the others.
int run_servqual_command(const std::vector<std::string>& args, std::ostream& out);

}  // namespace jalur::cli

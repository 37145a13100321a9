#pragma once
// `jalur items DATA --scale NAME=ITEMS ...` or `jalur items SPEC.yaml`: item validity and scale reliability.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

std::string items_help();

// Returns the exit code; throws what cli/diagnostics.hpp maps to the others.
int run_items_command(const std::vector<std::string>& args, std::ostream& out);

}  // namespace jalur::cli

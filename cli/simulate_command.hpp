#pragma once
// `jalur simulate STUDY.yaml`: a Monte Carlo study of estimator accuracy (docs/simulation.md), whole or as a
// shard; `jalur simulate merge STUDY.yaml SHARDS...` summarizes the shards as the whole run would.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

std::string simulate_help();

// Returns the exit code; throws what cli/diagnostics.hpp maps to the others.
int run_simulate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jalur::cli

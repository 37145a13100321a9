#pragma once
// The jalur command line: global options (--help, --version) and the dispatch to the subcommands, each of
// which parses its own options (cli/*_command.hpp). Returns exit codes from cli/exit_codes.hpp.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

// Runs jalur with the arguments after the program name. Reports go to `out`, messages to `err`.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The text of `jalur help`.
std::string general_help();

}  // namespace jalur::cli

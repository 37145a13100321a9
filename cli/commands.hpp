#pragma once
// The jalur command line: global options (--help, --version), the subcommands (fit, help), their options
// (Boost.program_options) and the help texts. Returns exit codes from cli/exit_codes.hpp.
#include <ostream>
#include <string>
#include <vector>

namespace jalur::cli {

// Runs jalur with the arguments after the program name. Reports go to `out`, messages to `err`.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The texts of `jalur help` and `jalur help fit`.
std::string general_help();
std::string fit_help();
std::string diagram_help();

}  // namespace jalur::cli

#pragma once
// `jalur fit MODEL.yaml`: read the spec, estimate, render the whole report into a string, then write it
// to standard output or atomically to a file. On any failure nothing reaches standard output or the file.
#include <optional>
#include <ostream>
#include <string>

#include "cli/report_format.hpp"

namespace jalur::cli {

struct FitCommandOptions {
    std::string model_path;
    ReportFormat format = ReportFormat::Text;
    std::optional<std::string> output;  // nullopt or "-": standard output
};

// Returns the exit code (cli/exit_codes.hpp); errors and warnings go to `err`.
int run_fit(const FitCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace jalur::cli

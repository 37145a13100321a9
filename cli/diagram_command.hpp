#pragma once
// `jalur diagram MODEL --show estimates|standardized|tvalues [--format svg|png|dot] [--output FILE]`: fit the
// model and draw its path diagram as LISREL does (report/diagram/path_diagram.hpp), laid out by Graphviz.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/fit_command.hpp"
#include "report/diagram/graphviz_render.hpp"
#include "report/diagram/path_diagram.hpp"

namespace jalur::cli {

struct DiagramCommandOptions {
    ModelSource source;
    report::DiagramValues values = report::DiagramValues::Estimates;
    report::DiagramFormat format = report::DiagramFormat::Svg;
    std::optional<std::string> output;  // nullopt: standard output
    report::Language language = report::Language::English;  // --lang: the footer's labels
    bool quiet = false;                 // --quiet: no progress bar
};

// Returns the exit code (cli/exit_codes.hpp); errors and warnings go to `err`.
int run_diagram(const DiagramCommandOptions& options, std::ostream& out, std::ostream& err);

std::string diagram_help();

// `jalur diagram ARGS`: parses the options, then run_diagram. A bad command line throws UsageError.
int run_diagram_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jalur::cli

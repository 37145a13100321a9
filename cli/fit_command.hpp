#pragma once
// `jalur fit MODEL.yaml` (or `jalur fit MODEL.lav --data DATA.csv`): read the spec, estimate, render the whole
// report into a string, then write it to standard output or atomically to a file. On any failure nothing reaches
// standard output or the file.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/output_target.hpp"
#include "models/read_model.hpp"
#include "report/common/number_format.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::cli {

// The files a model was read from: the model file, --data, and the data file its spec names. No output may be one.
std::vector<NamedFile> model_input_files(const ModelSource& source, const ModelSpec& spec);

// The bootstrap's options on the command line (each over the spec's estimation: bootstrap:).
struct BootstrapCommandOptions {
    std::optional<int> replicates;               // --bootstrap N
    std::optional<BootstrapType> type;           // --bootstrap-type
    std::optional<BootstrapInterval> interval;   // --ci
    std::optional<std::uint64_t> seed;           // --seed
    std::optional<int> threads;                  // --threads
    std::optional<std::string> output;           // --bootstrap-out FILE: every replicate's values as CSV
    std::optional<std::string> indices;          // --bootstrap-indices FILE: resamples to replay
};

struct FitCommandOptions {
    ModelSource source;
    report::ReportFormat format = report::ReportFormat::Text;
    bool modification_indices = false;      // --mi (or --mi-min)
    double mi_min = report::kDefaultMiMin;  // --mi-min: the smallest MI the text report lists
    std::optional<double> ci_level;         // --ci-level: overrides the spec's estimation: ci_level
    bool residuals = false;                 // --residuals
    bool validity = false;                  // --validity
    bool wald = false;                      // --wald
    BootstrapCommandOptions bootstrap;
    report::CsvTable csv_table = report::CsvTable::Parameters;  // --table, with --format csv
    report::Language language = report::Language::English;      // --lang, for text and markdown
    report::DecimalMark decimal_mark = report::DecimalMark::Point;  // --decimal-comma, for text, markdown and html
    std::optional<std::string> output;  // nullopt or "-": standard output
    bool quiet = false;                 // --quiet: no progress bar on standard error
};

// Returns the exit code (cli/exit_codes.hpp); errors, warnings and the progress bar of long work (only when
// standard error is a terminal and not options.quiet) go to `err`.
int run_fit(const FitCommandOptions& options, std::ostream& out, std::ostream& err);

std::string fit_help();

// `jalur fit ARGS`: parses the options, then run_fit. A bad command line throws UsageError.
int run_fit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jalur::cli

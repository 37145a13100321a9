#pragma once
// `jalur fit MODEL.yaml` (or `jalur fit MODEL.lav --data DATA.csv`): read the spec, estimate, render the whole
// report into a string, then write it to standard output or atomically to a file. On any failure nothing reaches
// standard output or the file.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/output_target.hpp"
#include "cli/report_format.hpp"
#include "engine/estimation_options.hpp"
#include "models/csv_dialect.hpp"
#include "models/model_spec.hpp"

namespace jalur::cli {

// Where a model comes from: a spec file (YAML, SIMPLIS), or a lavaan model file with its data.
struct ModelSource {
    std::string model_path;
    // A .lav model names no data: its CSV file and the options a YAML spec gives under estimation:.
    std::optional<std::string> data_path;
    std::optional<Likelihood> likelihood;
    bool std_lv = false;
    models::CsvDialect dialect;  // --sep and --decimal of the CSV data
};

// The model and its data, read from the source; InputError when either is wrong.
ModelSpec read_model(const ModelSource& source);

// The files a model was read from: the model file, --data, and the data file its spec names. No output may be one.
std::vector<NamedFile> model_input_files(const ModelSource& source, const ModelSpec& spec);

struct FitCommandOptions {
    ModelSource source;
    ReportFormat format = ReportFormat::Text;
    bool modification_indices = false;  // --mi (or --mi-min)
    double mi_min = kDefaultMiMin;       // --mi-min: the smallest MI the text report lists
    bool residuals = false;              // --residuals
    bool validity = false;               // --validity
    CsvTable csv_table = CsvTable::Parameters;  // --table, with --format csv
    Language language = Language::English;      // --lang, for text and markdown
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

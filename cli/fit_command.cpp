#include "cli/fit_command.hpp"

#include <boost/program_options.hpp>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "cli/command_line.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/help_texts.hpp"
#include "cli/model_source_options.hpp"
#include "cli/progress_bar.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "engine/fit.hpp"
#include "engine/inference/constraint_wald.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/results/residuals.hpp"
#include "models/bootstrap_indices.hpp"
#include "report/csv/csv_tables.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

namespace {

po::options_description fit_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "report format: text (LISREL-style, the default), json, csv, markdown (APA-style tables) or html (one "
         "self-contained page with the three path diagrams)")  //
        ("table", po::value<std::string>()->value_name("TABLE"),
         "with --format csv, the table to write: parameters (the default), effects, r2, reduced_form, fit, mi, "
         "residuals, validity, wald or bootstrap; mi, residuals, validity and wald turn on --mi, --residuals, --validity and "
         "--wald")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the report to FILE (- for standard output), replaced only when the whole report is ready; a "
         "symbolic link is written through to its file; a device, a directory or an input of the command is "
         "refused")  //
        ("ci-level", po::value<std::string>()->value_name("LEVEL"),
         "the level of the Wald confidence intervals of the estimates, defined parameters, effects and "
         "standardized values, a number strictly between 0 and 1 (default 0.95, or the spec's estimation: "
         "ci_level)")  //
        ("mi", "add the modification indices with expected parameter changes (text, markdown and html: sorted, "
               "MI >= 3.84; json: all; csv without --table: the MI table instead of the parameter table)")  //
        ("mi-min", po::value<std::string>()->value_name("VALUE"),
         "the smallest MI the text, markdown and html reports list (default 3.84, the 5% critical value of "
         "chi-square(1)); implies --mi")  //
        ("residuals", "add the residual matrices: fitted (raw), standardized and normalized (json: also the "
                      "correlation residuals; markdown and html: the standardized ones, large ones in bold)")  //
        ("validity", "add construct reliability and validity of the factors: omega, composite reliability, AVE, "
                     "the Fornell-Larcker table and HTMT (every format; csv with --table validity)")  //
        ("wald", "add a Wald test of each equality constraint (==) of the model and, with two or more, of all "
                 "jointly, as lavaan's lavTestWald: the model is fitted once more without them (every format; csv "
                 "with --table wald)")  //
        ("bootstrap", po::value<std::string>()->value_name("N"),
         "bootstrap the fit with N replicates (lavaan's se = \"bootstrap\"): the SEs, z, p and intervals of the "
         "parameters, defined parameters, effects and standardized values become the bootstrap's, and a bootstrap "
         "section adds R², bias and every interval kind; replicates run on all cores and give the same result "
         "for any --threads")  //
        ("bootstrap-type", po::value<std::string>()->value_name("TYPE"),
         "nonparametric (resample the cases, the default), parametric (draw from the fitted normal model; also "
         "from a covariance matrix) or bollen.stine (the Bollen-Stine p-value of the chi-square test)")  //
        ("ci", po::value<std::string>()->value_name("KIND"),
         "the bootstrap interval the tables show: perc (the default), bca, bca.simple, basic or norm")  //
        ("seed", po::value<std::string>()->value_name("S"),
         "the bootstrap's seed, a whole number from 0 to 2147483647 (default 1); replicate r draws from the "
         "stream keyed by (S, r)")  //
        ("threads", po::value<std::string>()->value_name("N"), "threads for the bootstrap (default: every core)")  //
        ("bootstrap-out", po::value<std::string>()->value_name("FILE"),
         "also write every replicate's values (a row per replicate, failed ones empty) to FILE as CSV")  //
        ("bootstrap-indices", po::value<std::string>()->value_name("FILE"),
         "replay the resamples in FILE (a line per replicate, its 1-based case numbers among the complete cases, "
         "as lavaan's bootstrapLavaan(keep.idx = TRUE) gives them) instead of drawing them")  //
        ("quiet,q", "no progress bar: without it, work that takes more than about a second shows one on "
                    "standard error when that is a terminal");
    add_report_style_options(options);
    add_model_source_options(options);
    options.add_options()("help,h", "show this help and exit");
    return options;
}

// --mi-min VALUE: a number, at least 0.
double parse_mi_min(const std::string& text) {
    const double value = finite_number(text);
    if (!(value >= 0))
        throw UsageError("invalid --mi-min value '" + text + "', expected a number of at least 0 (e.g. 3.84)",
                         "jalur help fit");
    return value;
}

// --ci-level LEVEL: a number strictly between 0 and 1.
double parse_ci_level(const std::string& text) {
    const double value = finite_number(text);
    if (!(value > 0 && value < 1))
        throw UsageError("invalid --ci-level value '" + text + "', expected a number strictly between 0 and 1 "
                         "(e.g. 0.90)",
                         "jalur help fit");
    return value;
}

// --bootstrap and its companions, over the spec's estimation: bootstrap.
void bootstrap_options(const ParsedCommand& command, FitCommandOptions& options) {
    const po::variables_map& vm = command.options;
    BootstrapCommandOptions& boot = options.bootstrap;
    if (vm.count("bootstrap"))
        boot.replicates = static_cast<int>(whole_number_option("--bootstrap", vm["bootstrap"].as<std::string>(), 1,
                                                               kLargestBootstrapReplicates, "jalur help fit"));
    if (vm.count("bootstrap-type")) {
        const std::string name = vm["bootstrap-type"].as<std::string>();
        boot.type = parse_bootstrap_type(name);
        if (!boot.type)
            throw UsageError("unknown bootstrap type '" + name + "', expected nonparametric, parametric or bollen.stine",
                             "jalur help fit");
    }
    if (vm.count("ci")) {
        const std::string name = vm["ci"].as<std::string>();
        boot.interval = parse_bootstrap_interval(name);
        if (!boot.interval)
            throw UsageError("unknown bootstrap interval '" + name + "', expected " + kBootstrapIntervalChoices,
                             "jalur help fit");
    }
    if (vm.count("seed"))
        boot.seed = static_cast<std::uint64_t>(whole_number_option("--seed", vm["seed"].as<std::string>(), 0, 2147483647L,
                                                                              "jalur help fit"));
    if (vm.count("threads"))
        boot.threads = static_cast<int>(whole_number_option("--threads", vm["threads"].as<std::string>(), 1, 4096, "jalur help fit"));
    boot.output = text_option(command, "bootstrap-out", "jalur help fit");
    if (boot.output && *boot.output == "-")
        throw UsageError("--bootstrap-out writes the replicates to a file, expected a file name (standard output has "
                         "the report)",
                         "jalur help fit");
    boot.indices = text_option(command, "bootstrap-indices", "jalur help fit");
}

// The command line's bootstrap settings over the spec's; a companion option needs a bootstrap to go with.
void apply_bootstrap_options(const BootstrapCommandOptions& boot, EstimationOptions& estimation) {
    const bool companion = boot.type || boot.interval || boot.seed || boot.threads || boot.output || boot.indices;
    if (!boot.replicates && !boot.indices && !estimation.bootstrap) {
        if (companion)
            throw UsageError("--bootstrap-type, --ci, --seed, --threads and --bootstrap-out go with a bootstrap, "
                             "expected --bootstrap N (or estimation: bootstrap: in the spec)",
                             "jalur help fit");
        return;
    }
    BootstrapOptions options = estimation.bootstrap.value_or(BootstrapOptions{});
    if (boot.replicates) options.replicates = *boot.replicates;
    if (boot.type) options.type = *boot.type;
    if (boot.interval) options.interval = *boot.interval;
    if (boot.seed) options.seed = *boot.seed;
    if (boot.threads) options.threads = *boot.threads;
    if (boot.indices) {
        options.indices = models::read_bootstrap_indices(*boot.indices);
        options.indices_source = SourceLocation{*boot.indices};
        options.replicates = static_cast<int>(options.indices.size());
    }
    estimation.bootstrap = std::move(options);
}

// --table, --lang and --decimal-comma: what a format has (a CSV table, labels) is chosen only for that format.
void report_options(const ParsedCommand& command, FitCommandOptions& options) {
    const bool csv = options.format == report::ReportFormat::Csv;
    if (const auto name = text_option(command, "table", "jalur help fit")) {
        if (!csv) throw UsageError("--table chooses the table of a CSV report; add --format csv", "jalur help fit");
        const auto table = report::parse_csv_table(*name);
        if (!table)
            throw UsageError("unknown table '" + *name + "', expected parameters, effects, r2, reduced_form, fit, mi, "
                             "residuals, validity, wald or bootstrap",
                             "jalur help fit");
        options.csv_table = *table;
    } else if (csv && options.modification_indices) {
        // `--mi --format csv` meant the MI table before --table
        options.csv_table = report::CsvTable::ModificationIndices;
    }
    if (csv) {
        // A table of what costs time is computed when it is the table asked for.
        options.modification_indices |= options.csv_table == report::CsvTable::ModificationIndices;
        options.residuals |= options.csv_table == report::CsvTable::Residuals;
        options.validity |= options.csv_table == report::CsvTable::Validity;
        options.wald |= options.csv_table == report::CsvTable::Wald;
    }
    const ReportStyle style = report_style_option(command, options.format, "jalur help fit");
    options.language = style.language;
    options.decimal_mark = style.decimal_mark;
}

}  // namespace

std::vector<NamedFile> model_input_files(const ModelSource& source, const ModelSpec& spec) {
    return {{"the model file", source.model_path},
            {"--data", source.data_path.value_or("")},
            {"the data file", spec.data_where.file}};
}

int run_fit(const FitCommandOptions& options, std::ostream& out, std::ostream& err) {
    try {
        // Declared first: when anything throws, its line is erased before the error is printed.
        ProgressBar progress(err, progress_wanted(options.quiet));
        ModelSpec spec = read_model(options.source);
        if (options.ci_level) spec.estimation.ci_level = *options.ci_level;
        apply_bootstrap_options(options.bootstrap, spec.estimation);
        if (options.csv_table == report::CsvTable::Bootstrap && !spec.estimation.bootstrap)
            throw UsageError("--table bootstrap is the table of a bootstrap, expected --bootstrap N (or estimation: "
                             "bootstrap: in the spec)",
                             "jalur help fit");
        std::vector<NamedFile> inputs = model_input_files(options.source, spec);
        inputs.push_back({"--bootstrap-indices", options.bootstrap.indices.value_or("")});
        check_distinct_files(inputs,
                             {{"--output", options.output.value_or("")},
                              {"--bootstrap-out", options.bootstrap.output.value_or("")}},
                             "jalur help fit");
        if (options.wald && equality_constraint_count(spec.table) == 0)
            throw InputError(SourceLocation{options.source.model_path},
                             "--wald tests the equality constraints of the model and it has none, expected a model "
                             "with at least one constraint such as a1*b1 == a2*b2.");
        FitResult result = fit_model(spec.table, spec.data, spec.estimation, &progress);
        // fit_model throws NumericalError when the search does not converge: no report of such a result.

        report::ReportContext context{spec.title, options.source.model_path, spec.notes};
        // The reader's notes, then the data stage's (the listwise deletion).
        context.notes.insert(context.notes.end(), result.data_notes.begin(), result.data_notes.end());
        context.data_kind = spec.data_kind;
        context.rows_dropped = result.rows_dropped;
        // Both cost time on big models: computed only when asked for.
        if (options.modification_indices) context.modification_indices = modification_indices(result, &progress);
        context.mi_min = options.mi_min;
        context.language = options.language;
        context.csv_table = options.csv_table;
        if (options.residuals) context.residuals = compute_residuals(result, &progress);
        if (options.validity) context.validity = construct_validity(result);
        if (options.wald) {
            // lavaan's lavTestWald: the tests are taken in the model fitted without the equalities.
            EstimationOptions released_options = spec.estimation;
            released_options.bootstrap.reset();  // the tests need the released estimates and vcov only
            const FitResult released = fit_model(released_table(spec.table), spec.data, released_options, &progress);
            context.wald_tests = constraint_wald_tests(spec.table, released);
        }
        const std::string report = rendered_in_style({options.language, options.decimal_mark},
                                                     [&] { return report::render_report(options.format, result, context); });
        const std::optional<std::string> draws =
            options.bootstrap.output && result.bootstrap
                ? std::optional<std::string>(report::bootstrap_draws_csv(*result.bootstrap, result.table))
                : std::nullopt;
        progress.finish();
        const bool to_stdout = !options.output || *options.output == "-";
        if (draws) write_report(*draws, options.bootstrap.output, out);
        write_report(report, options.output, out);

        // Warnings must be seen: repeat them on standard error when the report on the terminal lacks them.
        if (!to_stdout || options.format == report::ReportFormat::Csv)
            for (const auto& warning : result.warnings) print_warning(err, warning);
        return kExitSuccess;
    } catch (...) {
        return report_failure(std::current_exception(), err);
    }
}

std::string fit_help() {
    return std::string(
               "Usage: jalur fit MODEL.yaml [--format text|json|csv|markdown|html] [--output FILE] [--mi]\n"
               "                            [--mi-min VALUE] [--residuals] [--validity] [--wald] [--table TABLE]\n"
               "                            [--ci-level LEVEL] [--lang en|id] [--decimal-comma]\n"
               "                            [--estimator NAME] [--quiet]\n"
               "                            [--bootstrap N [--bootstrap-type TYPE] [--ci KIND] [--seed S]\n"
               "                             [--threads N] [--bootstrap-out FILE]] [--bootstrap-indices FILE]\n"
               "       jalur fit MODEL.lav --data DATA.csv [--likelihood normal|wishart] [--std-lv]\n"
               "                            [--fixed-x] [...]\n"
               "\n"
               "Reads the model spec MODEL.yaml, estimates the model (maximum likelihood unless --estimator or\n"
               "the spec names GLS, WLS, ULS, DWLS or robust ML: MLM, MLMV, MLR, as lavaan) and prints the\n"
               "report: LISREL-style text, a JSON document, one table as CSV (--table), or APA-style Markdown\n"
               "tables to paste into a thesis, or one self-contained HTML page with the path diagrams; text,\n"
               "Markdown and HTML in English or Indonesian (--lang id), with a decimal comma on request\n"
               "(--decimal-comma). Nothing is written when the model cannot be read or estimated. A model in\n"
               "lavaan syntax (MODEL.lav) is fitted to the raw data in DATA. --mi adds the modification\n"
               "indices, --residuals the residual matrices, --validity\n"
               "construct reliability and validity, --wald a Wald test of each equality constraint (the model\n"
               "fitted once more without them, as lavaan's lavTestWald), in every format; --mi and --residuals\n"
               "take time on big models and are computed only when asked for. --bootstrap N resamples the data N\n"
               "times on every core (the same result for any --threads and a given --seed) and reports bootstrap\n"
               "SEs and percentile, BCa, basic or normal intervals of every parameter, defined parameter, effect,\n"
               "standardized value and R² (docs/bootstrap.md). Work that lasts more than about\n"
               "a second shows a progress bar with the time left on standard error when that is a terminal;\n"
               "--quiet turns it off. The moments of exogenous observed variables are estimated, as LISREL\n"
               "estimates Phi; --fixed-x (YAML: estimation: exogenous: fixed) fixes them at the sample's,\n"
               "lavaan's sem() default, for lavaan's npar, logL, AIC, BIC and GFI (estimates, SEs, chi-square,\n"
               "df agree).\n"
               "\n") +
           kModelFilesHelp + "\n" + describe(fit_options()) + "\n" + kExitStatusHelp + "\n" + kDocumentationHelp;
}

int run_fit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedCommand command = parse_command(args, fit_options(), "jalur help fit");
    const po::variables_map& vm = command.options;
    if (vm.count("help")) return print_text(out, fit_help());

    FitCommandOptions options;
    options.source.model_path = single_positional(command, "model path", "jalur fit MODEL.yaml", "jalur help fit");
    options.format = format_option(command, {"text", "json", "csv", "markdown", "html"}, report::ReportFormat::Text,
                                   "jalur help fit");
    options.output = output_option(command, "jalur help fit");
    read_model_source_options(command, options.source, "fit");
    options.modification_indices = vm.count("mi") > 0 || vm.count("mi-min") > 0;
    if (vm.count("mi-min")) options.mi_min = parse_mi_min(vm["mi-min"].as<std::string>());
    if (vm.count("ci-level")) options.ci_level = parse_ci_level(vm["ci-level"].as<std::string>());
    options.residuals = vm.count("residuals") > 0;
    options.validity = vm.count("validity") > 0;
    options.wald = vm.count("wald") > 0;
    bootstrap_options(command, options);
    report_options(command, options);
    options.quiet = vm.count("quiet") > 0;
    return run_fit(options, out, err);
}

}  // namespace jalur::cli

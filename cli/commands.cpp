#include "cli/commands.hpp"

#include <boost/program_options.hpp>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <unistd.h>

#include "cli/command_line.hpp"
#include "cli/crosstab_command.hpp"
#include "cli/diagram_command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/fit_command.hpp"
#include "cli/items_command.hpp"
#include "cli/scores_command.hpp"
#include "cli/servqual_command.hpp"
#include "models/lexical.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

namespace {

const char* const kExitStatusHelp =
    "Exit status:\n"
    "  0   success\n"
    "  2   usage error: unknown command or option, missing model path, unknown format\n"
    "  3   input error: the model spec or its data is wrong (message starts with file:line:column)\n"
    "  4   the model is not identified (the parameters involved are listed)\n"
    "  5   numerical trouble: a matrix that is not positive definite, no convergence\n"
    "  6   the output file (or standard output) cannot be written\n"
    "  70  internal error: a bug in jalur\n";

po::options_description global_options() {
    po::options_description options("Options");
    options.add_options()                                 //
        ("help,h", "show this help and exit")             //
        ("version", "print the version and exit");
    return options;
}

po::options_description fit_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "report format: text (LISREL-style, the default), json, csv, markdown (APA-style tables) or html (one "
         "self-contained page with the three path diagrams)")  //
        ("table", po::value<std::string>()->value_name("TABLE"),
         "with --format csv, the table to write: parameters (the default), effects, r2, reduced_form, fit, mi, "
         "residuals or validity; mi, residuals and validity turn on --mi, --residuals and --validity")  //
        ("lang", po::value<std::string>()->value_name("LANG"),
         "the language of the labels of the text, markdown and html reports: en (English, the default) or id "
         "(Indonesian); a usage error with json and csv, whose field names are fixed")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the report to FILE instead of standard output; FILE is replaced only when the whole "
         "report is ready")  //
        ("data", po::value<std::string>()->value_name("FILE"),
         "the raw data (CSV) of a lavaan model file MODEL.lav; a YAML spec names its own data")  //
        ("likelihood", po::value<std::string>()->value_name("NAME"),
         "with --data: normal (n = N, the default, as lavaan) or wishart (n = N - 1, as LISREL)")  //
        ("std-lv", "with --data: scale latent variables by fixing their variances to 1 instead of their first "
                   "loadings")  //
        ("mi", "add the modification indices with expected parameter changes (text: sorted, MI >= 3.84; json: "
               "all; csv without --table: the MI table instead of the parameter table)")  //
        ("mi-min", po::value<std::string>()->value_name("VALUE"),
         "the smallest MI the text report lists (default 3.84, the 5% critical value of chi-square(1)); "
         "implies --mi")  //
        ("residuals", "add the residual matrices: fitted (raw), standardized and normalized (json: also the "
                      "correlation residuals)")  //
        ("validity", "add construct reliability and validity of the factors: omega, composite reliability, AVE, "
                     "the Fornell-Larcker table and HTMT (text and json)")  //
        ("quiet,q", "no progress bar: without it, work that takes more than about a second shows one on "
                    "standard error when that is a terminal")  //
        ("help,h", "show this help and exit");
    return options;
}

po::options_description diagram_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("show,s", po::value<std::string>()->value_name("VALUES"),
         "what the arrows show: estimates (the default), standardized or tvalues; |t| < 1.96 is drawn red")  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "svg, png or dot (Graphviz's source); by default the extension of --output, else svg")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the diagram to FILE instead of standard output; FILE is replaced only when the diagram is "
         "ready")  //
        ("data", po::value<std::string>()->value_name("FILE"), "the raw data (CSV) of a lavaan model file MODEL.lav")  //
        ("likelihood", po::value<std::string>()->value_name("NAME"), "with --data: normal (the default) or wishart")  //
        ("std-lv", "with --data: scale latent variables by fixing their variances to 1")  //
        ("quiet,q", "no progress bar while a big model is fitted")  //
        ("help,h", "show this help and exit");
    return options;
}

int run_help(const std::vector<std::string>& topics, std::ostream& out) {
    if (topics.empty()) return print_text(out, general_help());
    if (topics.size() > 1) throw UsageError("'jalur help' takes at most one command");
    if (topics[0] == "fit") return print_text(out, fit_help());
    if (topics[0] == "diagram") return print_text(out, diagram_help());
    if (topics[0] == "items") return print_text(out, items_help());
    if (topics[0] == "servqual") return print_text(out, servqual_help());
    if (topics[0] == "crosstab") return print_text(out, crosstab_help());
    if (topics[0] == "scores") return print_text(out, scores_help());
    if (topics[0] == "help") return print_text(out, general_help());
    throw UsageError("unknown command '" + topics[0] + "'");
}

// --data, --likelihood and --std-lv: a .lav model names no data and has no estimation: section.
void lavaan_file_options(const po::variables_map& vm, ModelSource& options, const std::string& command) {
    const std::string help = "jalur help " + command;
    const bool lav = models::file_extension(options.model_path) == ".lav";
    if (vm.count("data")) {
        if (!lav)
            throw UsageError("--data is for a lavaan model file (.lav); the spec " + options.model_path +
                                 " has its own data section",
                             help);
        options.data_path = vm["data"].as<std::string>();
        if (options.data_path->empty()) throw UsageError("the data file name is empty", help);
    } else if (lav) {
        throw UsageError("a lavaan model file names no data: jalur " + command + " " + options.model_path + " --data DATA.csv",
                         help);
    }
    if (!options.data_path && (vm.count("likelihood") || vm.count("std-lv")))
        throw UsageError("--likelihood and --std-lv go with a .lav model and --data; a YAML spec sets them under "
                         "estimation:",
                         help);
    if (vm.count("likelihood")) {
        const std::string name = vm["likelihood"].as<std::string>();
        options.likelihood = parse_likelihood(name);
        if (!options.likelihood)
            throw UsageError("unknown likelihood '" + name + "', expected normal or wishart", help);
    }
    options.std_lv = vm.count("std-lv") > 0;
}

// --mi-min VALUE: a number, at least 0.
double parse_mi_min(const std::string& text) {
    const char* begin = text.c_str();
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(begin, &end);
    const bool whole = !text.empty() && end == begin + text.size() && !std::isspace(static_cast<unsigned char>(text[0]));
    if (!whole || errno == ERANGE || !std::isfinite(value) || value < 0)
        throw UsageError("invalid --mi-min value '" + text + "', expected a number of at least 0 (e.g. 3.84)",
                         "jalur help fit");
    return value;
}

// --table and --lang: what a format has (a CSV table, labels) is chosen only for that format.
void report_options(const ParsedCommand& command, FitCommandOptions& options) {
    const bool csv = options.format == ReportFormat::Csv;
    if (const auto name = text_option(command, "table", "jalur help fit")) {
        if (!csv) throw UsageError("--table chooses the table of a CSV report; add --format csv", "jalur help fit");
        const auto table = parse_csv_table(*name);
        if (!table)
            throw UsageError("unknown table '" + *name + "', expected parameters, effects, r2, reduced_form, fit, mi, "
                             "residuals or validity",
                             "jalur help fit");
        options.csv_table = *table;
    } else if (csv && options.modification_indices) {
        options.csv_table = CsvTable::ModificationIndices;  // `--mi --format csv` meant the MI table before --table
    }
    if (csv) {
        // A table of what costs time is computed when it is the table asked for.
        options.modification_indices |= options.csv_table == CsvTable::ModificationIndices;
        options.residuals |= options.csv_table == CsvTable::Residuals;
        options.validity |= options.csv_table == CsvTable::Validity;
    }
    const bool for_reading = options.format == ReportFormat::Markdown || options.format == ReportFormat::Html;
    if (for_reading && (options.modification_indices || options.residuals || options.validity))
        throw UsageError(std::string("the ") + (options.format == ReportFormat::Html ? "html" : "markdown") +
                             " report has no modification indices, residuals or validity tables yet; use "
                             "--format text, json or csv --table mi|residuals|validity",
                         "jalur help fit");
    if (const auto code = text_option(command, "lang", "jalur help fit")) {
        if (csv || options.format == ReportFormat::Json)
            throw UsageError("--lang is for the text, markdown and html reports; json and csv keep their English field "
                             "names",
                             "jalur help fit");
        const auto language = parse_language(*code);
        if (!language)
            throw UsageError("unknown language '" + *code + "', expected en (English) or id (Indonesian)",
                             "jalur help fit");
        options.language = *language;
    }
}

int run_fit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedCommand command = parse_command(args, fit_options(), "jalur help fit");
    const po::variables_map& vm = command.options;
    if (vm.count("help")) return print_text(out, fit_help());

    FitCommandOptions options;
    options.source.model_path = single_positional(command, "model path", "jalur fit MODEL.yaml", "jalur help fit");
    options.format = format_option(command, {"text", "json", "csv", "markdown", "html"}, ReportFormat::Text,
                                   "jalur help fit");
    options.output = output_option(command, "jalur help fit");
    lavaan_file_options(vm, options.source, "fit");
    options.modification_indices = vm.count("mi") > 0 || vm.count("mi-min") > 0;
    if (vm.count("mi-min")) options.mi_min = parse_mi_min(vm["mi-min"].as<std::string>());
    options.residuals = vm.count("residuals") > 0;
    options.validity = vm.count("validity") > 0;
    report_options(command, options);
    options.quiet = vm.count("quiet") > 0;
    return run_fit(options, out, err);
}

// --format NAME, else the extension of --output (.svg, .png, .dot, .gv), else SVG.
DiagramFormat diagram_format(const ParsedCommand& command, const std::optional<std::string>& output) {
    if (const auto name = text_option(command, "format", "jalur help diagram")) {
        const auto format = parse_diagram_format(*name);
        if (!format) throw UsageError("unknown format '" + *name + "', expected svg, png or dot", "jalur help diagram");
        return *format;
    }
    if (!output) return DiagramFormat::Svg;
    const std::string extension = models::file_extension(*output);
    if (extension == ".gv") return DiagramFormat::Dot;
    return parse_diagram_format(extension.empty() ? "" : extension.substr(1)).value_or(DiagramFormat::Svg);
}

int run_diagram_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedCommand command = parse_command(args, diagram_options(), "jalur help diagram");
    if (command.options.count("help")) return print_text(out, diagram_help());

    DiagramCommandOptions options;
    options.source.model_path =
        single_positional(command, "model path", "jalur diagram MODEL.yaml --show estimates", "jalur help diagram");
    lavaan_file_options(command.options, options.source, "diagram");
    if (const auto show = text_option(command, "show", "jalur help diagram")) {
        const auto values = parse_diagram_values(*show);
        if (!values)
            throw UsageError("unknown --show '" + *show + "', expected estimates, standardized or tvalues",
                             "jalur help diagram");
        options.values = *values;
    }
    options.output = output_option(command, "jalur help diagram");
    options.format = diagram_format(command, options.output);
    options.quiet = command.options.count("quiet") > 0;
    if (options.format == DiagramFormat::Png && !options.output && ::isatty(STDOUT_FILENO))
        throw UsageError("a PNG picture is not for the terminal: add --output FILE.png", "jalur help diagram");
    return run_diagram(options, out, err);
}

int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Global options come before the command; everything after the command belongs to it.
    std::size_t command_at = 0;
    while (command_at < args.size() && !args[command_at].empty() && args[command_at][0] == '-') ++command_at;
    const std::vector<std::string> global(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(command_at));

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(global).options(global_options()).style(kCommandLineStyle).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("help")) return print_text(out, general_help());
    if (vm.count("version")) return print_text(out, std::string("jalur ") + JALUR_VERSION + "\n");
    if (command_at == args.size()) throw UsageError("no command given");

    const std::string& command = args[command_at];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(command_at) + 1, args.end());
    if (command == "fit") return run_fit_command(rest, out, err);
    if (command == "diagram") return run_diagram_command(rest, out, err);
    if (command == "items") return run_items_command(rest, out);
    if (command == "servqual") return run_servqual_command(rest, out);
    if (command == "crosstab") return run_crosstab_command(rest, out, err);
    if (command == "scores") return run_scores_command(rest, out);
    if (command == "help") return run_help(rest, out);
    throw UsageError("unknown command '" + command + "'");
}

}  // namespace

std::string general_help() {
    return std::string(
               "Usage: jalur <command> [options]\n"
               "       jalur --help | --version\n"
               "\n"
               "Structural equation models estimated by maximum likelihood, reported as LISREL 8 does.\n"
               "\n"
               "Commands:\n"
               "  fit MODEL.yaml   estimate the model and print its report\n"
               "  diagram MODEL    draw the fitted model's path diagram (SVG, PNG or DOT)\n"
               "  items DATA       item validity (item-total r) and reliability (Cronbach's alpha) of scales\n"
               "  servqual DATA    SERVQUAL gaps, priorities and importance-performance quadrants\n"
               "  crosstab DATA    chi-square test of two categorical variables (Fisher, Cramer's V)\n"
               "  scores DATA      respondents' scale scores and categories as CSV\n"
               "  help [COMMAND]   show this help, or the help of COMMAND\n"
               "\n") +
           describe(global_options()) + "\n" + kExitStatusHelp + "\nErrors go to standard error as 'jalur: error: <message>'.\n";
}

std::string fit_help() {
    return std::string(
               "Usage: jalur fit MODEL.yaml [--format text|json|csv|markdown|html] [--output FILE] [--mi]\n"
               "                            [--mi-min VALUE] [--residuals] [--validity] [--table TABLE]\n"
               "                            [--lang en|id] [--quiet]\n"
               "       jalur fit MODEL.lav --data DATA.csv [--likelihood normal|wishart] [--std-lv] [...]\n"
               "\n"
               "Reads the model spec MODEL.yaml, estimates the model by maximum likelihood and prints the\n"
               "report: LISREL-style text, a JSON document, one table as CSV (--table), or APA-style Markdown\n"
               "tables to paste into a thesis, or one self-contained HTML page with the path diagrams; text,\n"
               "Markdown and HTML in English or Indonesian (--lang id). Nothing is written when the model\n"
               "cannot be read or estimated. A model in lavaan syntax (MODEL.lav) is\n"
               "fitted to the raw data in DATA.csv. --mi adds the modification indices, --residuals the\n"
               "residual matrices; both take time on big models and are computed only when asked for. Work\n"
               "that lasts more than about a second shows a progress bar with the time left on standard\n"
               "error when that is a terminal; --quiet turns it off.\n"
               "\n") +
           describe(fit_options()) + "\n" + kExitStatusHelp;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    try {
        return dispatch(args, out, err);
    } catch (...) {
        return report_failure(std::current_exception(), err);
    }
}

std::string diagram_help() {
    return std::string(
               "Usage: jalur diagram MODEL.yaml [--show estimates|standardized|tvalues] [--format svg|png|dot]\n"
               "                                [--output FILE] [--quiet]\n"
               "       jalur diagram MODEL.lav --data DATA.csv [...]\n"
               "\n"
               "Fits the model and draws its path diagram as LISREL does: observed variables in boxes, latent\n"
               "variables in ellipses, causes left of their effects, each arrow with its estimate, standardized\n"
               "value or t-value, error variances as short arrows, covariances as curved double-headed arrows,\n"
               "values with |t| < 1.96 in red, and the fit below (Chi-Square, df, P-value, RMSEA). Graphviz\n"
               "lays it out. Warnings go to standard error; nothing is written when the model cannot be fitted.\n"
               "\n") +
           describe(diagram_options()) + "\n" + kExitStatusHelp;
}

}  // namespace jalur::cli

#include "cli/diagram_command.hpp"

#include <boost/program_options.hpp>
#include <unistd.h>

#include "cli/command_line.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/model_source_options.hpp"
#include "cli/progress_bar.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "engine/fit.hpp"
#include "models/lexical.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

namespace {

po::options_description diagram_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("show,s", po::value<std::string>()->value_name("VALUES"),
         "what the arrows show: estimates (the default), standardized or tvalues; |t| < 1.96 is drawn red")  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "svg, png, pdf, jpg or dot (Graphviz's source); by default the extension of --output, else svg")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the diagram to FILE (- for standard output); FILE is replaced only when the diagram is ready, "
         "and its extension (.svg, .png, .pdf, .jpg, .dot or .gv) chooses the format")  //
        ("lang", po::value<std::string>()->value_name("LANG"),
         "the language of the footer's labels: en (English, the default) or id (Indonesian)")  //
        ("quiet,q", "no progress bar while a big model is fitted");
    add_model_source_options(options);
    options.add_options()("help,h", "show this help and exit");
    return options;
}

// The format an extension names (.svg, .png, .pdf, .jpg, .jpeg, .dot, .gv); nullopt for none or another.
std::optional<report::DiagramFormat> format_of_extension(const std::string& extension) {
    if (extension == ".gv") return report::DiagramFormat::Dot;
    return extension.empty() ? std::nullopt : report::parse_diagram_format(extension.substr(1));
}

// --format NAME, else the extension of --output, else SVG. A file is never given a format its extension does not
// name: --format against the extension, or an extension jalur does not draw without --format, is a usage error.
report::DiagramFormat diagram_format(const ParsedCommand& command, const std::optional<std::string>& output) {
    const std::string extension = output ? models::file_extension(*output) : "";
    const std::optional<report::DiagramFormat> named = format_of_extension(extension);
    if (const auto name = text_option(command, "format", "jalur help diagram")) {
        const auto format = report::parse_diagram_format(*name);
        if (!format)
            throw UsageError("unknown format '" + *name + "', expected " + report::kDiagramFormatNames,
                             "jalur help diagram");
        if (named && named != format)
            throw UsageError("--format " + *name + " does not match the extension of --output " + *output +
                                 ", expected the file name to end in ." + *name,
                             "jalur help diagram");
        return *format;
    }
    if (!extension.empty() && !named)
        throw UsageError("--output " + *output + ": jalur does not draw " + extension +
                             " files, expected .svg, .png, .pdf, .jpg, .dot or .gv (or --format to choose one)",
                         "jalur help diagram");
    return named.value_or(report::DiagramFormat::Svg);
}

}  // namespace

int run_diagram(const DiagramCommandOptions& options, std::ostream& out, std::ostream& err) {
    try {
        ProgressBar progress(err, progress_wanted(options.quiet));  // a big model takes a while to fit
        const ModelSpec spec = read_model(options.source);
        check_distinct_files(model_input_files(options.source, spec), {{"--output", options.output.value_or("")}},
                             "jalur help diagram");
        const FitResult result = fit_model(spec.table, spec.data, spec.estimation, &progress);
        const std::string picture =
            report::render_graph(report::path_diagram_dot(result, options.values, options.language), options.format);
        progress.finish();
        write_report(picture, options.output, out);
        // A picture has no room for warnings (Heywood cases, a non-positive-definite Ψ): they go to standard error.
        for (const auto& warning : result.warnings) print_warning(err, warning);
        return kExitSuccess;
    } catch (...) {
        return report_failure(std::current_exception(), err);
    }
}

std::string diagram_help() {
    return std::string(
               "Usage: jalur diagram MODEL.yaml [--show estimates|standardized|tvalues]\n"
               "                                [--format svg|png|pdf|jpg|dot] [--output FILE] [--lang en|id]\n"
               "                                [--quiet]\n"
               "       jalur diagram MODEL.lav --data DATA.csv [...]\n"
               "\n"
               "Fits the model and draws its path diagram as LISREL does: observed variables in boxes, latent\n"
               "variables in ellipses, causes left of their effects, each arrow with its estimate, standardized\n"
               "value or t-value, error variances as short arrows, covariances as dashed double-headed arcs on\n"
               "the outer side (one lane each, the shorter inside), values with |t| < 1.96 in red, and the fit\n"
               "below (Chi-Square, df, P-value, RMSEA; the scaled chi-square and robust RMSEA of MLM, MLMV and\n"
               "MLR) with the estimator. Graphviz places the variables. Warnings go to standard error; nothing\n"
               "is written when the model cannot be fitted.\n"
               "\n") +
           describe(diagram_options()) + "\n" + kExitStatusHelp;
}

int run_diagram_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedCommand command = parse_command(args, diagram_options(), "jalur help diagram");
    if (command.options.count("help")) return print_text(out, diagram_help());

    DiagramCommandOptions options;
    options.source.model_path =
        single_positional(command, "model path", "jalur diagram MODEL.yaml --show estimates", "jalur help diagram");
    read_model_source_options(command, options.source, "diagram");
    if (const auto show = text_option(command, "show", "jalur help diagram")) {
        const auto values = report::parse_diagram_values(*show);
        if (!values)
            throw UsageError("unknown --show '" + *show + "', expected estimates, standardized or tvalues",
                             "jalur help diagram");
        options.values = *values;
    }
    if (const auto language = language_option(command, "jalur help diagram")) options.language = *language;
    options.output = output_option(command, "jalur help diagram");
    options.format = diagram_format(command, options.output);
    options.quiet = command.options.count("quiet") > 0;
    const bool binary = options.format != report::DiagramFormat::Svg && options.format != report::DiagramFormat::Dot;
    if (binary && !options.output && ::isatty(STDOUT_FILENO))
        throw UsageError("a PNG, PDF or JPEG picture is not for the terminal: add --output FILE", "jalur help diagram");
    return run_diagram(options, out, err);
}

}  // namespace jalur::cli

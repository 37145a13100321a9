#include "cli/scores_command.hpp"

#include "cli/command_line.hpp"
#include "cli/csv_dialect_options.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/instrument_options.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "report/survey/scores_report.hpp"

namespace po = boost::program_options;

namespace jalur::cli {
namespace {

const char* const kHelp = "jalur help scores";

po::options_description scores_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("id", po::value<std::string>()->value_name("VAR"), "copy this variable (a respondent id) into the output")  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "csv (the default), or a table to read or paste: text, markdown or html (one self-contained page)")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the scores to FILE (- for standard output), replaced only when complete")  //
        ("help,h", "show this help and exit");
    add_report_style_options(options);
    add_csv_dialect_options(options);
    options.add(instrument_options());
    return options;
}

}  // namespace

std::string scores_help() {
    return std::string(
               "Usage: jalur scores DATA --scale NAME=ITEMS [--scale ...] [--range 1-5] [--reverse ITEMS]\n"
               "                     [--score mean|sum] [--id VAR] [--format csv|text|markdown|html]\n"
               "                     [--lang en|id] [--decimal-comma] [--output FILE]\n"
               "       jalur scores SPEC.yaml [--id VAR] [--output FILE.csv]\n"
               "\n"
               "Each respondent's score on every scale (mean or sum of its items, reverse keys applied) as CSV:\n"
               "the data row (CSV line or SPSS case number), the id when asked for, one column per scale, and a\n"
               "category column for a scale with categories: in its spec (e.g. Buruk: 20-50, Cukup: 51-75,\n"
               "Baik: 76-100). A respondent with a missing answer has an empty score on that scale. A model spec\n"
               "can use such scores directly: data: {file: ..., scores: {KUALITAS: mean(rel1..rel5)}}.\n"
               "--format text, markdown or html shows the same rows as a table (three decimals), in English or\n"
               "Indonesian (--lang id).\n"
               "\n") +
           describe(scores_options()) + "\nExit status as for jalur fit (jalur help fit).\n";
}

int run_scores_command(const std::vector<std::string>& args, std::ostream& out) {
    const ParsedCommand command = parse_command(args, scores_options(), kHelp);
    if (command.options.count("help")) return print_text(out, scores_help());
    const std::string path = single_positional(command, "data file", "jalur scores DATA --scale NAME=ITEMS", kHelp);
    const report::ReportFormat format =
        format_option(command, {"csv", "text", "markdown", "html"}, report::ReportFormat::Csv, kHelp);
    const ReportStyle style = report_style_option(command, format, kHelp);
    const auto output = output_option(command, kHelp);
    const auto id = text_option(command, "id", kHelp);
    const SurveyInput input = survey_input(command, path, kHelp);
    check_distinct_files(survey_input_files(input), {{"--output", output.value_or("")}}, kHelp);
    const models::SurveyColumn* id_column = id ? &input.data.column(*id) : nullptr;
    write_report(rendered_in_style(style,
                                   [&] {
                                       return report::render_scale_scores(input.data, input.instrument, id_column,
                                                                          format, style.language);
                                   }),
                 output, out);
    return kExitSuccess;
}

}  // namespace jalur::cli

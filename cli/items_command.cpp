#include "cli/items_command.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "cli/command_line.hpp"
#include "cli/csv_dialect_options.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/instrument_options.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "report/survey/items_report.hpp"

namespace po = boost::program_options;

namespace jalur::cli {
namespace {

const char* const kHelp = "jalur help items";

po::options_description items_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "report format: text (the default), json, csv, markdown (APA-style tables) or html (one self-contained "
         "page)")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the report to FILE (- for standard output), replaced only when the report is complete")  //
        ("significance", po::value<std::string>()->value_name("ALPHA"),
         "the significance level of the critical r (two-sided; default 0.05)")  //
        ("help,h", "show this help and exit");
    add_report_style_options(options);
    add_csv_dialect_options(options);
    options.add(instrument_options());
    return options;
}

double significance_option(const ParsedCommand& command) {
    const auto text = text_option(command, "significance", kHelp);
    if (!text) return 0.05;
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(text->c_str(), &end);
    if (end != text->c_str() + text->size() || errno == ERANGE || !(value > 0 && value < 1))
        throw UsageError("invalid --significance '" + *text + "', expected a number between 0 and 1 (e.g. 0.05)",
                         kHelp);
    return value;
}

// The variable label shared by the items' answers (SPSS value labels), when all items have the same.
std::map<double, std::string> shared_answer_labels(const SurveyInput& input) {
    std::optional<std::map<double, std::string>> shared;
    for (const auto& scale : input.instrument.scales)
        for (const auto& item : scale.items) {
            const auto& labels = input.data.column(item).value_labels;
            if (!shared) shared = labels;
            if (*shared != labels) return {};
        }
    return shared.value_or(std::map<double, std::string>{});
}

report::ItemsReport analyze(const SurveyInput& input, double significance) {
    report::ItemsReport report;
    report.data_path = input.data.path;
    report.rows = input.data.rows();
    report.significance = significance;
    for (const models::Scale& scale : input.instrument.scales) {
        const models::ItemResponses responses = models::scale_responses(input.data, scale, input.instrument.range);
        report::ScaleReport out;
        out.reliability = stats::analyze_scale(scale.name, scale.items, responses.values, significance);
        out.dropped = responses.dropped;
        out.reverse = scale.reverse;
        for (const auto& item : scale.items) out.labels.push_back(input.data.column(item).label);
        report.scales.push_back(std::move(out));
    }
    report.answer_labels = shared_answer_labels(input);
    return report;
}

}  // namespace

std::string items_help() {
    return std::string(
               "Usage: jalur items DATA --scale NAME=ITEMS [--scale ...] [--range 1-5] [--reverse ITEMS]\n"
               "                    [--significance 0.05] [--format text|json|csv|markdown|html]\n"
               "                    [--lang en|id] [--decimal-comma] [--output FILE]\n"
               "       jalur items SPEC.yaml [...]\n"
               "\n"
               "Item validity and scale reliability of a questionnaire, as SPSS and Excel compute them: per item\n"
               "the mean, SD, answers given, item-total r, corrected item-total r, alpha if the item is deleted, and\n"
               "valid when the item-total r exceeds the critical r at df = N - 2; per scale Cronbach's alpha,\n"
               "standardized alpha and the mean inter-item correlation. DATA is a CSV file (header row; blank, NA\n"
               "or . missing) or an SPSS .sav file; a YAML spec names its data and its scales (instrument:).\n"
               "Respondents with a missing answer are left out of that scale (listwise). Markdown and HTML give\n"
               "the APA-style tables a thesis shows (r hitung against r tabel, valid or not, Cronbach's alpha);\n"
               "text, Markdown and HTML in English or Indonesian (--lang id).\n"
               "\n") +
           describe(items_options()) + "\nExit status as for jalur fit (jalur help fit).\n";
}

int run_items_command(const std::vector<std::string>& args, std::ostream& out) {
    const ParsedCommand command = parse_command(args, items_options(), kHelp);
    if (command.options.count("help")) return print_text(out, items_help());
    const std::string path = single_positional(command, "data file", "jalur items DATA --scale NAME=ITEMS", kHelp);
    const report::ReportFormat format =
        format_option(command, {"text", "json", "csv", "markdown", "html"}, report::ReportFormat::Text, kHelp);
    const ReportStyle style = report_style_option(command, format, kHelp);
    const auto output = output_option(command, kHelp);
    const double significance = significance_option(command);
    const SurveyInput input = survey_input(command, path, kHelp);
    check_distinct_files(survey_input_files(input), {{"--output", output.value_or("")}}, kHelp);
    const report::ItemsReport report = analyze(input, significance);
    write_report(rendered_in_style(style, [&] { return report::render_items_report(format, report, style.language); }),
                 output, out);
    return kExitSuccess;
}

}  // namespace jalur::cli

#include "cli/crosstab_command.hpp"

#include <algorithm>

#include "cli/command_line.hpp"
#include "cli/csv_dialect_options.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output_target.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "models/survey_data.hpp"
#include "report/survey/crosstab_report.hpp"

namespace po = boost::program_options;

namespace jalur::cli {
namespace {

const char* const kHelp = "jalur help crosstab";

po::options_description crosstab_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("rows", po::value<std::string>()->value_name("VAR"), "the variable whose values make the rows")  //
        ("cols", po::value<std::string>()->value_name("VAR"), "the variable whose values make the columns")  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "report format: text (the default), json, csv, markdown (APA-style) or html (one self-contained page)")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the report to FILE (- for standard output), replaced only when the report is complete")  //
        ("help,h", "show this help and exit");
    add_report_style_options(options);
    add_csv_dialect_options(options);
    return options;
}

// A variable's categories among the respondents kept, in order: by code for numbers (SPSS codes 1, 2, ...),
// alphabetically for text. Each is shown by its value label when it has one.
struct Levels {
    std::vector<std::string> names;
    std::vector<int> of_row;  // each data row's level, -1 when missing
};

Levels levels_of(const models::SurveyColumn& column, const std::vector<bool>& keep) {
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < keep.size(); ++r)
        if (keep[r]) rows.push_back(r);
    const auto less = [&](std::size_t a, std::size_t b) {
        return column.numeric ? column.numbers[a] < column.numbers[b] : column.text[a] < column.text[b];
    };
    std::vector<std::size_t> order = rows;
    std::stable_sort(order.begin(), order.end(), less);
    Levels levels;
    levels.of_row.assign(keep.size(), -1);
    // A new level wherever the sorted values change: numbers by value (1 and 1.0 are one level, 0.1234561 and
    // 0.1234562 two), text by its text.
    const auto same = [&](std::size_t a, std::size_t b) {
        return column.numeric ? column.numbers[a] == column.numbers[b] : column.text[a] == column.text[b];
    };
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k == 0 || !same(order[k - 1], order[k])) levels.names.push_back(column.display(order[k]));
        levels.of_row[order[k]] = static_cast<int>(levels.names.size()) - 1;
    }
    return levels;
}

report::CrosstabReport tabulate(const models::SurveyData& data, const std::string& row_name,
                                const std::string& col_name) {
    const models::SurveyColumn& rows = data.column(row_name);
    const models::SurveyColumn& cols = data.column(col_name);
    std::vector<bool> keep(data.rows());
    report::CrosstabReport report;
    for (std::size_t r = 0; r < data.rows(); ++r) {
        keep[r] = !rows.missing(r) && !cols.missing(r);
        if (!keep[r]) ++report.dropped;
    }
    const Levels row_levels = levels_of(rows, keep);
    const Levels col_levels = levels_of(cols, keep);
    for (const auto* levels : {&row_levels, &col_levels})
        if (levels->names.size() < 2) {
            const std::string& name = levels == &row_levels ? row_name : col_name;
            throw InputError({data.path}, "variable " + name + " has " + std::to_string(levels->names.size()) +
                                              (levels->names.size() == 1 ? " value" : " values") +
                                              " among the respondents, expected at least 2 to cross-tabulate.");
        }
    Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(row_levels.names.size()),
                                                   static_cast<Eigen::Index>(col_levels.names.size()));
    for (std::size_t r = 0; r < data.rows(); ++r)
        if (keep[r]) counts(row_levels.of_row[r], col_levels.of_row[r]) += 1;
    report.data_path = data.path;
    report.row_variable = row_name;
    report.column_variable = col_name;
    report.row_levels = row_levels.names;
    report.column_levels = col_levels.names;
    report.test = stats::independence_test(counts);
    return report;
}

}  // namespace

std::string crosstab_help() {
    return std::string(
               "Usage: jalur crosstab DATA --rows VAR --cols VAR [--format text|json|csv|markdown|html]\n"
               "                      [--lang en|id] [--decimal-comma] [--output FILE]\n"
               "\n"
               "Cross-tabulates two categorical variables of a CSV or SPSS .sav file (e.g. satisfaction by\n"
               "gender) and tests their association: counts with expected counts, Pearson's chi-square with df\n"
               "and p, Yates' continuity correction and Fisher's exact test for 2x2 tables, Cramer's V, and a\n"
               "warning when an expected count is below 5. Categories are shown by their SPSS value labels;\n"
               "respondents with either value missing are left out. Markdown and HTML report the tests as APA\n"
               "does (chi-square(df, N = n) = 0.32, p = .575); text, Markdown and HTML in English or Indonesian\n"
               "(--lang id).\n"
               "\n") +
           describe(crosstab_options()) + "\nExit status as for jalur fit (jalur help fit).\n";
}

int run_crosstab_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedCommand command = parse_command(args, crosstab_options(), kHelp);
    if (command.options.count("help")) return print_text(out, crosstab_help());
    const std::string path =
        single_positional(command, "data file", "jalur crosstab DATA --rows VAR --cols VAR", kHelp);
    const auto rows = text_option(command, "rows", kHelp);
    const auto cols = text_option(command, "cols", kHelp);
    if (!rows || !cols) throw UsageError("give both --rows VAR and --cols VAR", kHelp);
    if (*rows == *cols) throw UsageError("--rows and --cols name the same variable " + *rows, kHelp);
    const report::ReportFormat format =
        format_option(command, {"text", "json", "csv", "markdown", "html"}, report::ReportFormat::Text, kHelp);
    const ReportStyle style = report_style_option(command, format, kHelp);
    const auto output = output_option(command, kHelp);
    check_distinct_files({{"the data file", path}}, {{"--output", output.value_or("")}}, kHelp);

    const models::CsvDialect dialect = csv_dialect_option(command, path, kHelp);
    const report::CrosstabReport report = tabulate(models::read_survey(path, "", dialect), *rows, *cols);
    write_report(rendered_in_style(style, [&] { return report::render_crosstab_report(format, report, style.language); }),
                 output, out);
    // The reports for people say it themselves; JSON and CSV readers, and a report written to a file, get it on
    // standard error.
    const std::string warning = report::small_expected_warning(report.test);
    if (!warning.empty() && (report::is_for_programs(format) || output)) print_warning(err, warning);
    return kExitSuccess;
}

}  // namespace jalur::cli

#pragma once
// --lang and --decimal-comma: the language and the decimal mark of the reports written for people (text, Markdown,
// HTML), shared by jalur fit and the questionnaire commands. JSON and CSV are for programs: both options are refused
// with them.
#include <boost/program_options.hpp>
#include <optional>
#include <string>

#include "cli/command_line.hpp"
#include "report/common/number_format.hpp"
#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"

namespace jalur::cli {

struct ReportStyle {
    report::Language language = report::Language::English;
    report::DecimalMark decimal_mark = report::DecimalMark::Point;
};

// Adds --lang LANG and --decimal-comma to `options`.
void add_report_style_options(boost::program_options::options_description& options);

// --lang's language, when given; a UsageError for an unknown one (jalur diagram, whose formats are pictures).
std::optional<report::Language> language_option(const ParsedCommand& command, const std::string& help_command);

// The style the command line asks for; a UsageError for an unknown language, or for either option with a JSON or
// CSV report.
ReportStyle report_style_option(const ParsedCommand& command, report::ReportFormat format,
                                const std::string& help_command);

// What `render()` returns when every number in it is formatted with the style's decimal mark.
template <typename Render>
std::string rendered_in_style(const ReportStyle& style, Render render) {
    const report::DecimalMarkScope mark(style.decimal_mark);
    return render();
}

}  // namespace jalur::cli

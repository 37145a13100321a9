#pragma once
// What every jalur subcommand's command line shares: Boost.program_options without abbreviations, positional
// arguments, --format and --output, and the help text of an option list.
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "report/common/report_format.hpp"

namespace jalur::cli {

// No abbreviated long options: `--form` must not silently mean `--format`.
constexpr int kCommandLineStyle =
    boost::program_options::command_line_style::default_style &
    ~boost::program_options::command_line_style::allow_guessing;

struct ParsedCommand {
    boost::program_options::variables_map options;
    std::vector<std::string> positional;  // the arguments that are not options, in order
};

// Parses a subcommand's arguments. A bad option is a UsageError pointing at `help_command`.
ParsedCommand parse_command(const std::vector<std::string>& args,
                            const boost::program_options::options_description& options,
                            const std::string& help_command);

// The one positional argument `what` names (e.g. "model path"), or a UsageError showing `usage`.
std::string single_positional(const ParsedCommand& command, const std::string& what, const std::string& usage,
                              const std::string& help_command);

// --format NAME among `allowed` ("text", "json", "csv"); `fallback` when absent.
report::ReportFormat format_option(const ParsedCommand& command, const std::vector<std::string>& allowed,
                                   report::ReportFormat fallback, const std::string& help_command);

// --output FILE (nullopt when absent or "-"); an empty name is a UsageError.
std::optional<std::string> output_option(const ParsedCommand& command, const std::string& help_command);

// A string option's value when given; an empty value is a UsageError naming the option.
std::optional<std::string> text_option(const ParsedCommand& command, const std::string& name,
                                       const std::string& help_command);

// Every value of a repeatable option (po::value<std::vector<std::string>>), in order; empty when absent.
std::vector<std::string> repeated_option(const ParsedCommand& command, const std::string& name);

// The whole text as a finite number, or NaN (no leading space, nothing after the number, no overflow).
double finite_number(const std::string& text);

// `text`, the value of `option`, as a whole number in [minimum, maximum], or a UsageError that says so.
long whole_number_option(const std::string& option, const std::string& text, long minimum, long maximum,
                         const std::string& help_command);

// The options' help text as Boost prints it.
std::string describe(const boost::program_options::options_description& options);

// The help text printed for `--help`, `--version` or `jalur help COMMAND`; OutputError when it cannot be written.
int print_text(std::ostream& out, const std::string& text);

}  // namespace jalur::cli

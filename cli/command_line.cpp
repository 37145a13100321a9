#include "cli/command_line.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <ostream>
#include <sstream>

#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_output.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

ParsedCommand parse_command(const std::vector<std::string>& args, const po::options_description& options,
                            const std::string& help_command) {
    po::options_description all;
    all.add(options).add_options()("positional", po::value<std::vector<std::string>>());
    po::positional_options_description positional;
    positional.add("positional", -1);

    ParsedCommand parsed;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).style(kCommandLineStyle).run(),
                  parsed.options);
        po::notify(parsed.options);
    } catch (const po::error& e) {
        throw UsageError(e.what(), help_command);
    }
    if (parsed.options.count("positional"))
        parsed.positional = parsed.options["positional"].as<std::vector<std::string>>();
    return parsed;
}

std::string single_positional(const ParsedCommand& command, const std::string& what, const std::string& usage,
                              const std::string& help_command) {
    if (command.positional.empty()) throw UsageError("missing " + what + ": " + usage, help_command);
    if (command.positional.size() > 1)
        throw UsageError("expected one " + what + ", got " + std::to_string(command.positional.size()), help_command);
    if (command.positional[0].empty()) throw UsageError("the " + what + " is empty", help_command);
    return command.positional[0];
}

report::ReportFormat format_option(const ParsedCommand& command, const std::vector<std::string>& allowed,
                                   report::ReportFormat fallback, const std::string& help_command) {
    if (!command.options.count("format")) return fallback;
    const std::string name = command.options["format"].as<std::string>();
    const auto format = report::parse_report_format(name);
    if (!format || std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string expected;
        for (std::size_t i = 0; i < allowed.size(); ++i)
            expected += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
        throw UsageError("unknown format '" + name + "', expected " + expected, help_command);
    }
    return *format;
}

std::optional<std::string> output_option(const ParsedCommand& command, const std::string& help_command) {
    const auto output = text_option(command, "output", help_command);
    if (!output || *output == "-") return std::nullopt;
    return output;
}

std::optional<std::string> text_option(const ParsedCommand& command, const std::string& name,
                                       const std::string& help_command) {
    if (!command.options.count(name)) return std::nullopt;
    std::string value = command.options[name].as<std::string>();
    if (value.empty()) throw UsageError("the value of --" + name + " is empty", help_command);
    return value;
}

std::vector<std::string> repeated_option(const ParsedCommand& command, const std::string& name) {
    return command.options.count(name) ? command.options[name].as<std::vector<std::string>>()
                                       : std::vector<std::string>{};
}

double finite_number(const std::string& text) {
    const char* begin = text.c_str();
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(begin, &end);
    const bool whole = !text.empty() && end == begin + text.size() && !std::isspace(static_cast<unsigned char>(text[0]));
    return whole && errno != ERANGE && std::isfinite(value) ? value : std::numeric_limits<double>::quiet_NaN();
}

long whole_number_option(const std::string& option, const std::string& text, long minimum, long maximum,
                         const std::string& help_command) {
    const double value = finite_number(text);
    if (!(value >= static_cast<double>(minimum) && value <= static_cast<double>(maximum) && value == std::floor(value)))
        throw UsageError("invalid " + option + " value '" + text + "', expected a whole number from " +
                             std::to_string(minimum) + " to " + std::to_string(maximum),
                         help_command);
    return static_cast<long>(value);
}

std::string describe(const po::options_description& options) {
    std::ostringstream text;
    text << options;
    return text.str();
}

int print_text(std::ostream& out, const std::string& text) {
    write_report(text, std::nullopt, out);  // help that cannot be written is exit 6, as a report
    return kExitSuccess;
}

}  // namespace jalur::cli

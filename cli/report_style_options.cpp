#include "cli/report_style_options.hpp"

#include "cli/diagnostics.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

void add_report_style_options(po::options_description& options) {
    options.add_options()  //
        ("lang", po::value<std::string>()->value_name("LANG"),
         "the language of the labels of the text, markdown and html reports: en (English, the default) or id "
         "(Indonesian); a usage error with json and csv, whose field names are fixed")  //
        ("decimal-comma", "print numbers with a decimal comma (0,38) in the text, markdown and html reports, as "
                          "Indonesian theses write them (thousands are not grouped); a usage error with json and "
                          "csv, which keep the point for the programs that read them");
}

std::optional<report::Language> language_option(const ParsedCommand& command, const std::string& help_command) {
    const auto code = text_option(command, "lang", help_command);
    if (!code) return std::nullopt;
    const auto language = report::parse_language(*code);
    if (!language) throw UsageError("unknown language '" + *code + "', expected en (English) or id (Indonesian)", help_command);
    return language;
}

ReportStyle report_style_option(const ParsedCommand& command, report::ReportFormat format,
                                const std::string& help_command) {
    const bool for_programs = report::is_for_programs(format);
    ReportStyle style;
    if (const auto language = language_option(command, help_command)) {
        if (for_programs)
            throw UsageError("--lang is for the text, markdown and html reports; json and csv keep their English field "
                             "names",
                             help_command);
        style.language = *language;
    }
    if (command.options.count("decimal-comma")) {
        if (for_programs)
            throw UsageError("--decimal-comma is for the text, markdown and html reports; json and csv keep the "
                             "decimal point for the programs that read them",
                             help_command);
        style.decimal_mark = report::DecimalMark::Comma;
    }
    return style;
}

}  // namespace jalur::cli

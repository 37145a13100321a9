#include "cli/csv_dialect_options.hpp"

#include "cli/diagnostics.hpp"
#include "models/lexical.hpp"
#include "models/survey_data.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

void add_csv_dialect_options(po::options_description& options) {
    options.add_options()  //
        ("sep", po::value<std::string>()->value_name("SEP"),
         "the separator of a CSV data file: , or ; or tab (default: detected from the header and first rows)")  //
        ("decimal", po::value<std::string>()->value_name("MARK"),
         "the decimal mark of a CSV data file: . or , (default: detected; a ;-separated file with cells like "
         "1,5 has a decimal comma)");
}

models::CsvDialect csv_dialect_option(const ParsedCommand& command, const std::string& data_path,
                                      const std::string& help_command) {
    const auto sep = text_option(command, "sep", help_command);
    const auto decimal = text_option(command, "decimal", help_command);
    models::CsvDialect dialect;
    if (!sep && !decimal) return dialect;
    const std::string extension = models::file_extension(data_path);
    if (extension == ".yaml" || extension == ".yml")
        throw UsageError("--sep and --decimal go with a CSV data file; the spec " + data_path +
                             " gives them under data: (separator: and decimal:)",
                         help_command);
    if (models::is_spss_path(data_path))
        throw UsageError("--sep and --decimal are for CSV files, and " + data_path + " is an SPSS file",
                         help_command);
    if (sep) {
        const auto mark = models::parse_separator(*sep);
        if (!mark) throw UsageError("invalid --sep '" + *sep + "', expected , or ; or tab", help_command);
        dialect.separator = *mark;
    }
    if (decimal) {
        const auto mark = models::parse_decimal(*decimal);
        if (!mark) throw UsageError("invalid --decimal '" + *decimal + "', expected . or ,", help_command);
        dialect.decimal = *mark;
    }
    return dialect;
}

}  // namespace jalur::cli

#pragma once
// --sep and --decimal: how a CSV data file writes its cells, for every command that reads one, when the detection
// from the file's first lines (models/csv_dialect.hpp) is not wanted.
#include <boost/program_options.hpp>
#include <string>

#include "cli/command_line.hpp"
#include "models/csv_dialect.hpp"

namespace jalur::cli {

void add_csv_dialect_options(boost::program_options::options_description& options);

// The separator and decimal mark given (unset parts are detected). A UsageError pointing at `help_command` for an
// unknown value, or for either option with a `data_path` that is not CSV: an SPSS file, or a YAML spec (which
// sets them under data:).
models::CsvDialect csv_dialect_option(const ParsedCommand& command, const std::string& data_path,
                                      const std::string& help_command);

}  // namespace jalur::cli

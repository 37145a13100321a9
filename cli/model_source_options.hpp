#pragma once
// --data, --likelihood, --std-lv and --fixed-x: the options of a command that fits a model. A model in lavaan syntax
// (MODEL.lav) names no data and has no estimation: section, so the command line gives them.
#include <boost/program_options.hpp>
#include <string>

#include "cli/command_line.hpp"
#include "cli/fit_command.hpp"

namespace jalur::cli {

void add_model_source_options(boost::program_options::options_description& options);

// Fills the source's data file, likelihood and identification; `options.model_path` must be set. A UsageError,
// pointing at `jalur help COMMAND`, for --data with a spec that has its own data, a .lav model without --data,
// --likelihood, --std-lv or --fixed-x without --data, or an unknown likelihood.
void read_model_source_options(const ParsedCommand& parsed, ModelSource& options, const std::string& command);

}  // namespace jalur::cli

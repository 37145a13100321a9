#pragma once
// The questionnaire a survey command works on: a data file (CSV or SPSS .sav) with its scales given by
// --scale/--range/--reverse, or a YAML spec with data: and instrument: (models/survey_spec.hpp).
#include <boost/program_options.hpp>
#include <string>

#include "cli/command_line.hpp"
#include "cli/output_target.hpp"
#include "models/instrument.hpp"
#include "models/survey_data.hpp"

namespace jalur::cli {

struct SurveyInput {
    std::string source;  // the data file, or the spec file
    models::SurveyData data;
    models::Instrument instrument;
};

// --scale NAME=ITEMS (repeatable), --range LOW-HIGH, --reverse ITEMS (repeatable), --score sum|mean.
boost::program_options::options_description instrument_options();

// --range LOW-HIGH, when given; a malformed range is a UsageError.
std::optional<models::ResponseRange> range_option(const ParsedCommand& command, const std::string& help_command);

bool is_yaml_path(const std::string& path);

// The data and scales. A spec may not be combined with --scale (its scales are in instrument:); a data file
// without --scale is a UsageError, unless `scales_required` is false.
SurveyInput survey_input(const ParsedCommand& command, const std::string& path, const std::string& help_command,
                         bool scales_required = true);

// The files the input was read from: the data file, or the spec and the data file it names. No output may be one.
std::vector<NamedFile> survey_input_files(const SurveyInput& input);

}  // namespace jalur::cli

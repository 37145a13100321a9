#pragma once
// The data file a YAML spec names: data: {file: answers.csv, separator: ';', decimal: ','}. The separator and
// the decimal mark are for CSV files that detection would misread; without them both are detected.
#include "models/survey_data.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// The data of `section` (a data: mapping that has file:), read from the spec file's folder when relative.
// InputError at separator: or decimal: for a value other than ',' ';' tab, or '.' ','.
SurveyData read_data_file(const YamlInput& input, const Mapping& section);

}  // namespace jalur::models

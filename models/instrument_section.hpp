#pragma once
// The `instrument:` section of a YAML spec: the questionnaire's scales (docs/questionnaires.md).
//
//   instrument:
//     range: 1-5                      # the answers allowed; reverse keys need it
//     scales:
//       tangibles: [tan1, tan2, tan3] # short form: the items
//       KUALITAS:
//         items: [rel1..rel5, res1]   # rel1..rel5: the columns from rel1 to rel5 in file order
//         reverse: [rel3]
//         score: sum                  # or mean (the default)
//         categories: {Buruk: 20-50, Cukup: 51-75, Baik: 76-100}
#include "models/instrument.hpp"
#include "models/survey_data.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// Reads the section against the data its items come from. InputError with file, line and column.
Instrument read_instrument_section(const YamlInput& input, const Item& section, const SurveyData& data);

// "20-50" or "2.5-3.4" → {low, high} with low <= high; nullopt otherwise.
std::optional<ScoreCategory> parse_score_band(const std::string& name, const std::string& text);

}  // namespace jalur::models

#pragma once
// A YAML spec read for its questionnaire: the data file and the `instrument:` section (`jalur items SPEC.yaml`,
// `jalur scores SPEC.yaml`). The same spec may also hold the model it feeds (model:, estimation:).
#include <string>

#include "models/instrument.hpp"
#include "models/survey_data.hpp"

namespace jalur::models {

struct SurveySpec {
    std::string path;
    std::string title;
    SurveyData data;
    Instrument instrument;
};

// Requires `data: {file: ...}` (CSV or SPSS .sav, relative to the spec's folder) and `instrument:`.
// InputError with file, line and column.
SurveySpec read_survey_spec(const std::string& path);

}  // namespace jalur::models

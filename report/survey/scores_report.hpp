#pragma once
// The output of `jalur scores`: each respondent's scale scores and score categories as CSV (docs/questionnaires.md).
#include <string>

#include "models/instrument.hpp"
#include "models/survey_data.hpp"

namespace jalur::report {

// A row per respondent: its line in the data file, the text of `id` (when given), then each scale's score (10
// significant digits) and, for a scale with score categories, the category of that score.
std::string render_scale_scores(const models::SurveyData& data, const models::Instrument& instrument,
                                const models::SurveyColumn* id);

}  // namespace jalur::report

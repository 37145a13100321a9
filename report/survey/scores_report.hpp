#pragma once
// The output of `jalur scores`: each respondent's scale scores and score categories as CSV (docs/questionnaires.md),
// or as a table to read or paste (text, Markdown, HTML).
#include <string>

#include "models/instrument.hpp"
#include "models/survey_data.hpp"
#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// A row per respondent: its line in the data file, the text of `id` (when given), then each scale's score and, for a
// scale with score categories, the category of that score. CSV keeps 10 significant digits and English column names;
// text, Markdown and HTML show the scores with three decimals and their headers in `language`.
std::string render_scale_scores(const models::SurveyData& data, const models::Instrument& instrument,
                                const models::SurveyColumn* id, ReportFormat format = ReportFormat::Csv,
                                Language language = Language::English);

}  // namespace jalur::report

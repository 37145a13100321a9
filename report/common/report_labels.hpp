#pragma once
// The catalogue of report labels (report/common/report_language.cpp) is kept in parts, one file each, so that no file
// grows past what one reads at once; label_catalogue() joins them.
#include <string_view>
#include <utility>
#include <vector>

namespace jalur::report {

using LabelList = std::vector<std::pair<std::string_view, std::string_view>>;

// The sections printed on request: residuals, modification indices, construct reliability and validity.
const LabelList& model_check_labels();
// The bootstrap's lines and tables.
const LabelList& bootstrap_labels();
// The report of jalur simulate.
const LabelList& simulation_labels();
// The reports of the questionnaire commands: items, servqual, crosstab, scores.
const LabelList& survey_labels();

}  // namespace jalur::report

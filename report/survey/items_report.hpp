#pragma once
// The report of `jalur items`: per scale, Cronbach's alpha and the item table (mean, SD, item–total r,
// corrected r, alpha if deleted, critical r, valid), as text, JSON, CSV, Markdown or HTML (docs/questionnaires.md).
#include <map>
#include <string>
#include <vector>

#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"
#include "stats/scale_reliability.hpp"

namespace jalur::report {

struct ScaleReport {
    stats::ScaleReliability reliability;
    int dropped = 0;                        // respondents left out for a missing answer
    std::vector<std::string> labels;        // each item's variable label (SPSS), "" when none
    std::vector<std::string> reverse;       // the reverse-keyed items
};

struct ItemsReport {
    std::string data_path;
    std::size_t rows = 0;                   // respondents in the data
    double significance = 0.05;
    std::vector<ScaleReport> scales;
    std::map<double, std::string> answer_labels;  // value labels of the answers (SPSS), when the items share them
};

// Text, Markdown and HTML in `language`; JSON and CSV keep their English field names.
std::string render_items_report(ReportFormat format, const ItemsReport& report, Language language = Language::English);

}  // namespace jalur::report

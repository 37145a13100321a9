#pragma once
// The report of `jalur crosstab` as text, JSON, CSV, Markdown or HTML (docs/questionnaires.md).
#include <string>
#include <vector>

#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"
#include "stats/independence_test.hpp"

namespace jalur::report {

struct CrosstabReport {
    std::string data_path;
    std::string row_variable, column_variable;
    std::vector<std::string> row_levels, column_levels;
    int dropped = 0;  // respondents with either variable missing
    stats::IndependenceTest test;
};

// Text, Markdown and HTML in `language`; JSON and CSV in English.
std::string render_crosstab_report(ReportFormat format, const CrosstabReport& report,
                                   Language language = Language::English);

// The warning a reader must see when expected counts are small, or "" when none is below 5.
std::string small_expected_warning(const stats::IndependenceTest& test, Language language = Language::English);

}  // namespace jalur::report

#pragma once
// The sections of the HTML report (report/html/html_report.hpp), each an HTML fragment with its heading.
#include <string>

#include "report/fit/fit_report.hpp"

namespace jalur::report {

// A section's <h2> in the report's language, with the id a link or a test finds it by.
std::string html_section_heading(const ReportContext& context, std::string_view english, std::string_view id);

std::string html_summary_section(const FitResult& result, const ReportContext& context);
std::string html_warnings_section(const FitResult& result, const ReportContext& context);
std::string html_diagrams_section(const FitResult& result, const ReportContext& context);
std::string html_parameters_section(const FitResult& result, const ReportContext& context);
std::string html_effects_section(const FitResult& result, const ReportContext& context);
std::string html_fit_section(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

#pragma once
// The sections of the HTML report (cli/html_report.hpp), each an HTML fragment with its heading.
#include <string>

#include "cli/report_format.hpp"

namespace jalur::cli {

std::string html_summary_section(const FitResult& result, const ReportContext& context);
std::string html_warnings_section(const FitResult& result, const ReportContext& context);
std::string html_diagrams_section(const FitResult& result, const ReportContext& context);
std::string html_parameters_section(const FitResult& result, const ReportContext& context);
std::string html_effects_section(const FitResult& result, const ReportContext& context);
std::string html_fit_section(const FitResult& result, const ReportContext& context);

}  // namespace jalur::cli

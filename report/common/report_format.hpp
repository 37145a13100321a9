#pragma once
// The formats a report can be written in; each command offers those it has (--format).
#include <optional>
#include <string_view>

namespace jalur::report {

enum class ReportFormat { Text, Json, Csv, Markdown, Html };

// "text", "json", "csv", "markdown" or "html"; nullopt for anything else.
std::optional<ReportFormat> parse_report_format(std::string_view name);

// JSON and CSV are written for programs: English field names and a decimal point, whatever --lang and
// --decimal-comma say (the commands refuse those options with them).
inline bool is_for_programs(ReportFormat format) { return format == ReportFormat::Json || format == ReportFormat::Csv; }

}  // namespace jalur::report

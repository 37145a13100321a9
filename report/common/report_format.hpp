#pragma once
// The formats a report can be written in; each command offers those it has (--format).
#include <optional>
#include <string_view>

namespace jalur::report {

enum class ReportFormat { Text, Json, Csv, Markdown, Html };

// "text", "json", "csv", "markdown" or "html"; nullopt for anything else.
std::optional<ReportFormat> parse_report_format(std::string_view name);

}  // namespace jalur::report

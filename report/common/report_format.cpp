#include "report/common/report_format.hpp"

namespace jalur::report {

std::optional<ReportFormat> parse_report_format(std::string_view name) {
    if (name == "text") return ReportFormat::Text;
    if (name == "json") return ReportFormat::Json;
    if (name == "csv") return ReportFormat::Csv;
    if (name == "markdown") return ReportFormat::Markdown;
    if (name == "html") return ReportFormat::Html;
    return std::nullopt;
}

}  // namespace jalur::report

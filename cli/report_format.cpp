#include "cli/report_format.hpp"

#include "cli/csv_report.hpp"
#include "cli/json_report.hpp"
#include "cli/text_report.hpp"

namespace jalur::cli {

std::optional<ReportFormat> parse_report_format(std::string_view name) {
    if (name == "text") return ReportFormat::Text;
    if (name == "json") return ReportFormat::Json;
    if (name == "csv") return ReportFormat::Csv;
    return std::nullopt;
}

std::string render_report(ReportFormat format, const FitResult& result, const ReportContext& context) {
    switch (format) {
        case ReportFormat::Text: return render_text_report(result, context);
        case ReportFormat::Json: return render_json_report(result, context);
        case ReportFormat::Csv:
            return context.modification_indices ? render_csv_modification_indices(*context.modification_indices)
                                                : render_csv_report(result);
    }
    return {};
}

}  // namespace jalur::cli

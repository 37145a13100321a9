#include "report/fit/fit_report.hpp"

#include "report/csv/csv_tables.hpp"
#include "report/html/html_report.hpp"
#include "report/json/json_report.hpp"
#include "report/markdown/markdown_report.hpp"
#include "report/text/text_report.hpp"

namespace jalur::report {

std::optional<CsvTable> parse_csv_table(std::string_view name) {
    if (name == "parameters") return CsvTable::Parameters;
    if (name == "effects") return CsvTable::Effects;
    if (name == "r2") return CsvTable::RSquared;
    if (name == "reduced_form") return CsvTable::ReducedForm;
    if (name == "fit") return CsvTable::Fit;
    if (name == "mi") return CsvTable::ModificationIndices;
    if (name == "residuals") return CsvTable::Residuals;
    if (name == "validity") return CsvTable::Validity;
    if (name == "wald") return CsvTable::Wald;
    if (name == "bootstrap") return CsvTable::Bootstrap;
    return std::nullopt;
}

std::string render_report(ReportFormat format, const FitResult& result, const ReportContext& context) {
    switch (format) {
        case ReportFormat::Text: return render_text_report(result, context);
        case ReportFormat::Json: return render_json_report(result, context);
        case ReportFormat::Csv: return render_csv_table(result, context);
        case ReportFormat::Markdown: return render_markdown_report(result, context);
        case ReportFormat::Html: return render_html_report(result, context);
    }
    return {};
}

}  // namespace jalur::report

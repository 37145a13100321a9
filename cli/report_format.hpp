#pragma once
// The report formats of `jalur fit` and what every report needs besides the fit itself.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/fit_result.hpp"

namespace jalur::cli {

enum class ReportFormat { Text, Json, Csv };

// "text", "json" or "csv"; nullopt for anything else.
std::optional<ReportFormat> parse_report_format(std::string_view name);

// What the reports show besides the FitResult: the model's title and file, and notes from reading it.
struct ReportContext {
    std::string title;
    std::string model_path;
    std::vector<std::string> notes;
};

// The complete report, ready to be written in one piece.
std::string render_report(ReportFormat format, const FitResult& result, const ReportContext& context);

}  // namespace jalur::cli

#pragma once
// `--format json`: one JSON document with everything a fit produced, for programs. Field names are
// fixed (docs/cli.md lists them); a value that does not exist (NaN, infinite) is null.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/common/json_text.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

// The "fit" object: every fit measure under its fixed name (the CSV fit table uses the same names).
Json fit_json(const FitMeasures& fit);

Json json_report(const FitResult& result, const ReportContext& context);

// The document, indented by two spaces, ending in a newline.
std::string render_json_report(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

#pragma once
// `--format json`: one JSON document with everything a fit produced, for programs. Field names are
// fixed (docs/cli.md lists them); a value that does not exist (NaN, infinite) is null.
#include <nlohmann/json.hpp>
#include <string>

#include "cli/report_format.hpp"
#include "engine/fit_result.hpp"

namespace jalur::cli {

// Keys keep the order they are written in.
using Json = nlohmann::ordered_json;

// A number, or null when it is NaN or infinite.
Json json_number(double value);

// The "fit" object: every fit measure under its fixed name (the CSV fit table uses the same names).
Json fit_json(const FitMeasures& fit);

Json json_report(const FitResult& result, const ReportContext& context);

// The text of every JSON report (fit, items, servqual, crosstab): indented by two spaces, ending in a newline.
// Names and values come from the user's files: invalid UTF-8 in them becomes U+FFFD instead of an error.
std::string json_text(const Json& document);

// The document, indented by two spaces, ending in a newline.
std::string render_json_report(const FitResult& result, const ReportContext& context);

}  // namespace jalur::cli

#pragma once
// What every JSON report (fit, items, servqual, crosstab) is written with: nlohmann-json documents whose keys
// keep their order, numbers that may not exist, and the one way the text is laid out.
#include <nlohmann/json.hpp>
#include <string>

namespace jalur::report {

// Keys keep the order they are written in.
using Json = nlohmann::ordered_json;

// A number, or null when it is NaN or infinite.
Json json_number(double value);

// The text of every JSON report: indented by two spaces, ending in a newline. Names and values come from the
// user's files: invalid UTF-8 in them becomes U+FFFD instead of an error.
std::string json_text(const Json& document);

}  // namespace jalur::report

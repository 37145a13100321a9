#pragma once
// The page every HTML report is: the head with its style sheet, a title and a subtitle line; then the report's
// sections and kHtmlPageEnd.
#include <string>

#include "report/common/report_language.hpp"

namespace jalur::report {

// From <!DOCTYPE html> to the subtitle "jalur <version> · <source>" (no " · " part when `source` is empty).
std::string html_page_head(Language language, const std::string& title, const std::string& source);

inline constexpr const char* kHtmlPageEnd = "</body>\n</html>\n";

}  // namespace jalur::report

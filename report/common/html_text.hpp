#pragma once
// Building blocks of the HTML report: escaping and the elements it is made of.
#include <string>
#include <string_view>
#include <vector>

namespace jalur::report {

// Text as HTML or XML (SVG) character data or attribute value: & < > " ' escaped with the entities both know,
// control characters that XML 1.0 forbids dropped.
std::string html_escape(std::string_view text);

// <tag attributes>content</tag>; `content` is HTML already, `attributes` written as given (e.g. `class="num"`).
std::string html_element(std::string_view tag, std::string_view content, std::string_view attributes = "");

// A table cell holding text (escaped).
std::string html_text_cell(std::string_view text);

// A table cell holding a number: right-aligned, with an optional extra class ("ns" for |t| < 1.96).
std::string html_number_cell(const std::string& number, std::string_view extra_class = "");

// A table with a header row; every row's cells are HTML already.
std::string html_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       std::string_view caption = "");

}  // namespace jalur::report

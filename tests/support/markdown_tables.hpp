#pragma once
// Reading a Markdown report back in tests: the pipe tables under a heading, and printed numbers against the
// JSON report's values.
#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace jalur::testing {

inline std::string trim(const std::string& text) {
    const auto begin = text.find_first_not_of(' ');
    return begin == std::string::npos ? "" : text.substr(begin, text.find_last_not_of(' ') - begin + 1);
}

// The body rows of the first table under "## title" (or "### title"), cells trimmed, the escaping of names
// and marks removed.
inline std::vector<std::vector<std::string>> markdown_table_rows(const std::string& markdown, const std::string& title) {
    const auto at = markdown.find("## " + title + "\n");
    REQUIRE_MESSAGE(at != std::string::npos, title);
    std::istringstream in(markdown.substr(at));
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);  // title
    // Empty lines and a paragraph may come before the table; the next heading ends the search.
    while (std::getline(in, line) && (line.empty() || (line[0] != '|' && line[0] != '#'))) {}
    for (int n = 0; !line.empty() && line[0] == '|'; ++n, std::getline(in, line)) {  // a failed getline empties line
        if (n < 2) continue;  // header and alignment
        std::vector<std::string> cells;
        std::string cell;
        for (std::size_t i = 1; i < line.size(); ++i) {
            if (line[i] == '\\' && i + 1 < line.size()) {
                cell += line[++i];
            } else if (line[i] == '|') {
                cells.push_back(trim(cell));
                cell.clear();
            } else {
                cell += line[i];
            }
        }
        rows.push_back(cells);
    }
    return rows;
}

// A printed number equals the JSON value rounded to the printed decimals ("—" for null, "< .001" for p).
inline void check_printed(const std::string& printed, const nlohmann::ordered_json& value, double half_unit) {
    CAPTURE(printed);
    CAPTURE(value.dump());
    if (value.is_null()) {
        CHECK(printed == "—");
        return;
    }
    if (printed == "< .001") {
        CHECK(value.get<double>() < 0.001);
        return;
    }
    CHECK(std::fabs(std::stod(printed) - value.get<double>()) <= half_unit + 1e-12);
}

}  // namespace jalur::testing

#pragma once
// Reading a CSV report back in tests: RFC 4180 fields (quotes, doubled quotes), one row per line.
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace jalur::testing {

using CsvRow = std::vector<std::string>;

inline CsvRow csv_fields(const std::string& line) {
    CsvRow fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

// Every line of the text as fields; the header is row 0.
inline std::vector<CsvRow> csv_rows(const std::string& text) {
    std::vector<CsvRow> rows;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) rows.push_back(csv_fields(line));
    return rows;
}

// A numeric cell; NaN for an empty one.
inline double csv_number(const std::string& cell) {
    return cell.empty() ? std::numeric_limits<double>::quiet_NaN() : std::stod(cell);
}

}  // namespace jalur::testing

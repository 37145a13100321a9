#pragma once
// Reading a CSV report back in tests: one row per line, each split by csv_fields (support/text_checks.hpp).
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "support/text_checks.hpp"

namespace jalur::testing {

using CsvRow = std::vector<std::string>;

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

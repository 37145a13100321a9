#pragma once
// Raw data from a CSV file: a header row of names, then one observation per line.
#include <string>
#include <string_view>
#include <vector>

namespace jalur::models {

struct CsvCell {
    std::string text;  // unquoted, trimmed
    int column = 0;    // 1-based character position in its line
};

struct CsvRow {
    int line = 0;  // 1-based
    std::vector<CsvCell> cells;
};

struct CsvTable {
    std::string path;
    std::vector<std::string> names;  // the header; may hold empty names (e.g. R's row-name column)
    std::vector<CsvRow> rows;
};

// Reads a comma-separated file. Cells may be double-quoted ("" inside is a quote); blanks around cells and
// empty lines are ignored. Throws InputError on an unreadable or empty file, a repeated name, an unterminated
// quote, or a row whose number of cells differs from the header's.
// `hint` is added to the message of a file that cannot be opened ("a relative path is read from ...").
CsvTable read_csv(const std::string& path, const std::string& hint = "");

// Blank, NA and . are missing values.
bool is_missing_cell(std::string_view text);

}  // namespace jalur::models

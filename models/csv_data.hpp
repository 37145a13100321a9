#pragma once
// Raw data from a CSV file: a header row of names, then one observation per line.
#include <Eigen/Dense>
#include <string>
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

struct NumericColumns {
    std::vector<std::string> names;  // the kept columns, in file order
    Eigen::MatrixXd values;          // complete rows only
    int dropped = 0;                 // rows dropped for a missing value
};

// The columns named in `keep` (each must be in the header), keeping the rows where none of them is missing
// (listwise deletion). Empty, NA and . are missing; any other cell must be a number, else InputError at its
// line and column. Throws InputError when fewer than 2 complete rows remain.
NumericColumns numeric_columns(const CsvTable& table, const std::vector<std::string>& keep);

}  // namespace jalur::models

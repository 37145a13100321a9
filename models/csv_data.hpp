#pragma once
// Raw data from a CSV file: a header row of names, then one observation per line, read one row at a time so that
// a large file costs little more memory than the values kept from it.
#include <deque>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/errors.hpp"
#include "models/csv_dialect.hpp"

namespace jalur::models {

struct CsvCell {
    std::string text;  // unquoted, trimmed
    int column = 0;    // 1-based character position in its line
};

struct CsvRow {
    int line = 0;  // 1-based
    std::vector<CsvCell> cells;
};

// The cells of one line between `separator`s. Cells may be double-quoted ("" inside is a quote); blanks around
// cells are dropped. InputError at `line` (file and line) for an unterminated quote or text after a closing quote;
// `note` goes before the final period of such a message.
std::vector<CsvCell> split_csv_line(const SourceLocation& line, std::string_view text, char separator,
                                    const std::string& note = "");

// A CSV file read row by row. The dialect (separator, decimal mark) is detected from the first lines unless
// given; empty lines are skipped; a UTF-8 byte order mark and Windows line ends are accepted.
class CsvReader {
public:
    // Opens `path` (open_input_file: a regular file) and reads its header. InputError on an unreadable or empty
    // file or a repeated name; `hint` is added to the message of a file that cannot be opened.
    CsvReader(const std::string& path, const std::string& hint = "", CsvDialect dialect = {});

    const std::vector<std::string>& names() const { return names_; }  // may hold "" (R's row-name column)
    const CsvDialect& dialect() const { return dialect_; }

    // The next data row into `row`; false at the end. InputError for a row that does not split or whose number
    // of cells differs from the header's; the message names the separator and how it was chosen.
    bool next(CsvRow& row);

private:
    bool next_line(int& number, std::string& line);       // the lines read ahead first, then the file's
    bool read_file_line(int& number, std::string& line);  // the next non-empty line of the file

    std::string path_;
    std::ifstream file_;
    std::deque<std::pair<int, std::string>> first_lines_;  // read ahead for the detection, not yet returned
    int line_number_ = 0;
    CsvDialect dialect_;
    std::string note_;  // which separator, and why, for the messages of rows that do not split
    std::vector<std::string> names_;
};

// Blank, NA and . are missing values.
bool is_missing_cell(std::string_view text);

}  // namespace jalur::models

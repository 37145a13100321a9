#include "models/csv_data.hpp"

#include <algorithm>

#include "models/file_text.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

constexpr std::size_t kDetectionLines = 100;  // the header and the first rows, where the dialect is detected

// Blanks around a cell; a tab only when it does not separate cells.
std::size_t skip_blanks(std::string_view line, std::size_t pos, char separator) {
    while (pos < line.size() && (line[pos] == ' ' || (line[pos] == '\t' && separator != '\t'))) ++pos;
    return pos;
}

// " (cells separated by ';', found in the header and first rows)": which separator a row that does not split
// was read with, and why.
std::string separator_note(const CsvDialect& dialect) {
    const char* origin = dialect.origin == SeparatorOrigin::Given      ? "as given"
                         : dialect.origin == SeparatorOrigin::Detected ? "found in the header and first rows"
                                                                       : "assumed: no separator splits the header "
                                                                         "and first rows into equal rows";
    return " (cells separated by " + separator_name(dialect.separator) + ", " + origin + ")";
}

}  // namespace

std::vector<CsvCell> split_csv_line(const SourceLocation& line_at, std::string_view line, char separator,
                                    const std::string& note) {
    const auto fail = [&](std::size_t pos, const std::string& what) {
        throw InputError({line_at.file, line_at.line, static_cast<int>(pos) + 1}, what + note + ".");
    };
    std::vector<CsvCell> cells;
    std::size_t pos = 0;
    while (true) {
        pos = skip_blanks(line, pos, separator);
        CsvCell cell;
        cell.column = static_cast<int>(pos) + 1;
        if (pos < line.size() && line[pos] == '"') {
            for (++pos;; ++pos) {
                if (pos >= line.size())
                    fail(static_cast<std::size_t>(cell.column) - 1,
                         "unterminated quoted cell, expected a closing '\"' on the same line");
                if (line[pos] != '"') {
                    cell.text += line[pos];
                } else if (pos + 1 < line.size() && line[pos + 1] == '"') {
                    cell.text += '"';
                    ++pos;
                } else {
                    break;
                }
            }
            pos = skip_blanks(line, pos + 1, separator);
            if (pos < line.size() && line[pos] != separator)
                fail(pos, "text after a quoted cell, expected " + separator_name(separator) +
                              " or the end of the line");
        } else {
            const std::size_t end = std::min(line.find(separator, pos), line.size());
            cell.text = std::string(trim(line.substr(pos, end - pos)));
            pos = end;
        }
        cells.push_back(std::move(cell));
        if (pos >= line.size()) return cells;
        ++pos;  // the separator
    }
}

CsvReader::CsvReader(const std::string& path, const std::string& hint, CsvDialect dialect)
    : path_(path),
      file_(open_input_file(path, {path}, "the data file",
                            "a readable CSV file" + (hint.empty() ? "" : " (" + hint + ")"))) {
    std::vector<std::string> lines;
    int number = 0;
    for (std::string line; lines.size() < kDetectionLines && read_file_line(number, line);) {
        lines.push_back(line);
        first_lines_.emplace_back(number, std::move(line));
    }
    if (lines.empty()) throw InputError({path}, "the data file is empty, expected a header row of variable names.");
    dialect_ = detect_csv_dialect(lines, dialect);
    note_ = separator_note(dialect_);
    const auto [header_line, header] = std::move(first_lines_.front());
    first_lines_.pop_front();
    for (const CsvCell& cell : split_csv_line({path, header_line}, header, dialect_.separator, note_)) {
        if (!cell.text.empty() && std::find(names_.begin(), names_.end(), cell.text) != names_.end())
            throw InputError({path, header_line, cell.column},
                             "column name '" + cell.text + "' appears twice, expected unique names.");
        names_.push_back(cell.text);
    }
}

bool CsvReader::next_line(int& number, std::string& line) {
    if (first_lines_.empty()) return read_file_line(number, line);
    number = first_lines_.front().first;
    line = std::move(first_lines_.front().second);
    first_lines_.pop_front();
    return true;
}

bool CsvReader::read_file_line(int& number, std::string& line) {
    while (std::getline(file_, line)) {
        number = ++line_number_;
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 byte order mark
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!trim(line).empty()) return true;
    }
    return false;
}

bool CsvReader::next(CsvRow& row) {
    std::string line;
    if (!next_line(row.line, line)) return false;
    row.cells = split_csv_line({path_, row.line}, line, dialect_.separator, note_);
    if (row.cells.size() != names_.size())
        throw InputError({path_, row.line}, "this row has " + std::to_string(row.cells.size()) + " cells, expected " +
                                                std::to_string(names_.size()) + ", one per name in the header" +
                                                note_ + ".");
    return true;
}

bool is_missing_cell(std::string_view text) { return text.empty() || text == "NA" || text == "."; }

}  // namespace jalur::models

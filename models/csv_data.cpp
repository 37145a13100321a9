#include "models/csv_data.hpp"

#include <algorithm>
#include <fstream>

#include "engine/errors.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

// Splits one line into cells, unquoting "..." cells.
std::vector<CsvCell> split_line(const std::string& path, int line_number, const std::string& line) {
    std::vector<CsvCell> cells;
    std::size_t pos = 0;
    while (true) {
        while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
        CsvCell cell;
        cell.column = static_cast<int>(pos) + 1;
        if (pos < line.size() && line[pos] == '"') {
            for (++pos;; ++pos) {
                if (pos >= line.size())
                    throw InputError({path, line_number, cell.column},
                                     "unterminated quoted cell, expected a closing '\"' on the same line.");
                if (line[pos] != '"') {
                    cell.text += line[pos];
                } else if (pos + 1 < line.size() && line[pos + 1] == '"') {
                    cell.text += '"';
                    ++pos;
                } else {
                    break;
                }
            }
            ++pos;
            while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
            if (pos < line.size() && line[pos] != ',')
                throw InputError({path, line_number, static_cast<int>(pos) + 1},
                                 "text after a quoted cell, expected ',' or the end of the line.");
        } else {
            const std::size_t end = std::min(line.find(',', pos), line.size());
            cell.text = std::string(trim(std::string_view(line).substr(pos, end - pos)));
            pos = end;
        }
        cells.push_back(std::move(cell));
        if (pos >= line.size()) return cells;
        ++pos;  // the comma
    }
}


}  // namespace

CsvTable read_csv(const std::string& path, const std::string& hint) {
    std::ifstream file = open_input_file(path, {path}, "the data file",
                                         "a readable CSV file" + (hint.empty() ? "" : " (" + hint + ")"));
    CsvTable table;
    table.path = path;
    std::string line;
    bool header = true;
    for (int line_number = 1; std::getline(file, line); ++line_number) {
        if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 byte order mark
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty()) continue;
        std::vector<CsvCell> cells = split_line(path, line_number, line);
        if (header) {
            for (const CsvCell& cell : cells) {
                if (!cell.text.empty() &&
                    std::find(table.names.begin(), table.names.end(), cell.text) != table.names.end())
                    throw InputError({path, line_number, cell.column},
                                     "column name '" + cell.text + "' appears twice, expected unique names.");
                table.names.push_back(cell.text);
            }
            header = false;
        } else if (cells.size() != table.names.size()) {
            throw InputError({path, line_number}, "this row has " + std::to_string(cells.size()) + " cells, expected " +
                                                      std::to_string(table.names.size()) +
                                                      ", one per name in the header (cells separated by ',').");
        } else {
            table.rows.push_back({line_number, std::move(cells)});
        }
    }
    if (header) throw InputError({path}, "the data file is empty, expected a header row of variable names.");
    return table;
}

bool is_missing_cell(std::string_view text) { return text.empty() || text == "NA" || text == "."; }

}  // namespace jalur::models

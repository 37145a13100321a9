#include "models/csv_data.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "engine/errors.hpp"
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

bool is_missing(const std::string& cell) { return cell.empty() || cell == "NA" || cell == "."; }

}  // namespace

CsvTable read_csv(const std::string& path, const std::string& hint) {
    std::ifstream file(path);
    if (!file)
        throw InputError({path}, std::string("cannot open the data file (") + std::strerror(errno) +
                                     "), expected a readable CSV file" + (hint.empty() ? "" : " (" + hint + ")") + ".");
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

NumericColumns numeric_columns(const CsvTable& table, const std::vector<std::string>& keep) {
    NumericColumns out;
    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < table.names.size(); ++c)
        if (std::find(keep.begin(), keep.end(), table.names[c]) != keep.end()) {
            columns.push_back(c);
            out.names.push_back(table.names[c]);
        }
    std::vector<Eigen::VectorXd> complete;
    for (const CsvRow& row : table.rows) {
        Eigen::VectorXd values(static_cast<Eigen::Index>(columns.size()));
        bool missing = false;
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const CsvCell& cell = row.cells[columns[k]];
            if (is_missing(cell.text)) {
                missing = true;
                continue;
            }
            const auto number = parse_number(cell.text);
            if (!number)
                throw InputError({table.path, row.line, cell.column},
                                 "variable " + out.names[k] + " has '" + cell.text +
                                     "', expected a number or a missing value (empty, NA or .).");
            values(static_cast<Eigen::Index>(k)) = *number;
        }
        if (missing)
            ++out.dropped;
        else
            complete.push_back(std::move(values));
    }
    if (complete.size() < 2)
        throw InputError({table.path}, std::to_string(complete.size()) +
                                           " complete rows in the model's variables, expected at least 2.");
    out.values.resize(static_cast<Eigen::Index>(complete.size()), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t r = 0; r < complete.size(); ++r) out.values.row(static_cast<Eigen::Index>(r)) = complete[r];
    return out;
}

}  // namespace jalur::models

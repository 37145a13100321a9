#include "models/survey_data.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "models/csv_data.hpp"
#include "models/lexical.hpp"
#include "models/spss_data.hpp"

namespace jalur::models {
namespace {

constexpr std::size_t kNamesListed = 12;  // an "expected one of" list longer than this stops helping

// Row by row into columns: no copy of the file's text, nor a table of its cells, is held.
SurveyData read_csv_survey(const std::string& path, const std::string& hint, const CsvDialect& dialect) {
    CsvReader reader(path, hint, dialect);
    SurveyData data;
    data.path = path;
    data.decimal = reader.dialect().decimal;
    for (const std::string& name : reader.names()) {
        SurveyColumn column;
        column.name = name;
        column.numeric = true;
        data.columns.push_back(std::move(column));
    }
    for (CsvRow row; reader.next(row);) {
        data.lines.push_back(row.line);
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            SurveyColumn& column = data.columns[c];
            CsvCell& cell = row.cells[c];
            const bool missing = is_missing_cell(cell.text);
            const std::optional<double> number = missing ? std::nullopt : parse_csv_number(cell.text, data.decimal);
            if (!missing && !number) column.numeric = false;
            column.text.push_back(missing ? std::string() : std::move(cell.text));
            column.numbers.push_back(number.value_or(std::numeric_limits<double>::quiet_NaN()));
            column.text_columns.push_back(cell.column);
        }
    }
    return data;
}

// The names of the data for "expected one of ...": the first kNamesListed, then "…".
std::string listed_names(const SurveyData& data) {
    std::vector<std::string> names;
    for (const SurveyColumn& column : data.columns) {
        if (column.name.empty()) continue;  // R's row-name column cannot be asked for
        if (names.size() == kNamesListed) {
            names.push_back("…");
            break;
        }
        names.push_back(column.name);
    }
    return join(names);
}

// Whole numbers as written in a range: an optional minus sign and digits, no more than 9 of them.
std::optional<double> parse_whole_number(std::string_view text) {
    text = trim(text);
    const std::string_view digits = !text.empty() && text[0] == '-' ? text.substr(1) : text;
    if (digits.empty() || digits.size() > 9 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return parse_number(text);
}

std::string range_text(const ResponseRange& range) {
    return format_number(range.low) + "-" + format_number(range.high);
}

// The answer in a row of an item, NaN when missing; InputError when it is not a number or not in `range`.
double checked_answer(const SurveyData& data, const SurveyColumn& item, std::size_t row,
                      const std::optional<ResponseRange>& range) {
    if (item.missing(row)) return std::numeric_limits<double>::quiet_NaN();
    const double answer = item.numbers[row];
    if (std::isnan(answer))
        throw InputError(data.where(row, item),
                         "variable " + item.name + " has '" + item.text[row] + "', expected a number" +
                             (data.decimal == ',' ? " with a decimal comma (the file's decimal mark)" : "") +
                             " or a missing value (empty, NA or .).");
    if (range && (answer < range->low || answer > range->high))
        throw InputError(data.where(row, item), "variable " + item.name + " has " + item.text[row] +
                                                    ", expected an answer from " + format_number(range->low) +
                                                    " to " + format_number(range->high) +
                                                    " (range " + range_text(*range) + ").");
    return answer;
}

}  // namespace

std::string SurveyColumn::display(std::size_t row) const {
    if (!missing(row) && numeric) {
        const auto label = value_labels.find(numbers[row]);
        if (label != value_labels.end()) return label->second;
    }
    return text[row];
}

const SurveyColumn& SurveyData::column(const std::string& name) const {
    for (const SurveyColumn& c : columns)
        if (c.name == name) return c;
    throw InputError({path}, "no variable '" + name + "' in the data, expected one of " + listed_names(*this) + ".");
}

bool SurveyData::has(const std::string& name) const {
    return std::any_of(columns.begin(), columns.end(), [&](const SurveyColumn& c) { return c.name == name; });
}

SourceLocation SurveyData::where(std::size_t row, const SurveyColumn& column) const {
    if (spss || column.text_columns.empty()) return {path, lines[row], 0};
    return {path, lines[row], column.text_columns[row]};
}

bool is_spss_path(const std::string& path) {
    const std::string extension = file_extension(path);
    return extension == ".sav" || extension == ".zsav";
}

SurveyData read_survey(const std::string& path, const std::string& hint, const CsvDialect& dialect) {
    SurveyData data = is_spss_path(path) ? read_spss(path, hint) : read_csv_survey(path, hint, dialect);
    if (data.rows() == 0)
        throw InputError({path}, data.spss ? "the SPSS file has no cases, expected one case per respondent."
                                           : "the data file has a header but no rows, expected one row per "
                                             "respondent after the header.");
    return data;
}

std::optional<ResponseRange> parse_response_range(const std::string& text) {
    // "1..5", else "1-5" split at a '-' that is not the sign of the low end.
    std::size_t split = text.find("..");
    std::size_t width = 2;
    if (split == std::string::npos) {
        const std::size_t start = text.find_first_not_of(" \t");
        split = start == std::string::npos ? std::string::npos : text.find('-', start + 1);
        width = 1;
    }
    if (split == std::string::npos) return std::nullopt;
    const auto low = parse_whole_number(std::string_view(text).substr(0, split));
    const auto high = parse_whole_number(std::string_view(text).substr(split + width));
    if (!low || !high || *low >= *high) return std::nullopt;
    return ResponseRange{*low, *high};
}

Eigen::MatrixXd item_values(const SurveyData& data, const std::vector<std::string>& items,
                            const std::optional<ResponseRange>& range) {
    std::vector<const SurveyColumn*> columns;
    for (const std::string& item : items) {
        const SurveyColumn& column = data.column(item);
        if (data.spss && !column.numeric)
            throw InputError({data.path}, "variable " + item +
                                              " is a string variable in the SPSS file, expected a numeric item.");
        columns.push_back(&column);
    }
    Eigen::MatrixXd values(static_cast<Eigen::Index>(data.rows()), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t row = 0; row < data.rows(); ++row)
        for (std::size_t k = 0; k < columns.size(); ++k)
            values(static_cast<Eigen::Index>(row), static_cast<Eigen::Index>(k)) =
                checked_answer(data, *columns[k], row, range);
    return values;
}

void require_complete_answers(const SurveyData& data, const std::vector<std::string>& items, std::size_t complete,
                              std::size_t minimum_rows) {
    if (complete < minimum_rows)
        throw InputError({data.path}, std::to_string(complete) + " rows answer every item (" + join(items) +
                                          "), expected at least " + std::to_string(minimum_rows) + " complete rows.");
}

ItemResponses item_responses(const SurveyData& data, const std::vector<std::string>& items,
                             const std::optional<ResponseRange>& range, std::size_t minimum_rows) {
    const Eigen::MatrixXd values = item_values(data, items, range);
    ItemResponses out;
    out.items = items;
    for (Eigen::Index row = 0; row < values.rows(); ++row)
        if (!values.row(row).hasNaN()) out.rows.push_back(static_cast<std::size_t>(row));
    out.dropped = static_cast<int>(data.rows() - out.rows.size());
    require_complete_answers(data, items, out.rows.size(), minimum_rows);
    out.values = values(out.rows, Eigen::all);
    return out;
}

}  // namespace jalur::models

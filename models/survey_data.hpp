#pragma once
// Questionnaire data as researchers bring it: a CSV file (header row; blank, NA or . missing) or an SPSS .sav
// file (libreadstat), with SPSS variable and value labels kept for reports. Columns keep their text, so that
// respondent characteristics ("L"/"P", "SMA") can be cross-tabulated, and are checked as numbers only where the
// caller needs numbers (item responses), with the row and column of a bad cell.
#include <Eigen/Dense>
#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/errors.hpp"
#include "models/csv_dialect.hpp"

namespace jalur::models {

struct SurveyColumn {
    std::string name;
    std::string label;                           // SPSS variable label; empty for CSV
    std::vector<std::string> text;               // each row's value as text; "" when missing
    std::vector<double> numbers;                 // each row's value as a number; NaN when missing or not a number
    std::map<double, std::string> value_labels;  // SPSS value labels (1 → "Laki-laki"); empty for CSV
    bool numeric = false;                        // SPSS numeric variable, or CSV column with numbers only
    std::vector<int> text_columns;               // CSV: 1-based character position of each row's cell; else empty

    bool missing(std::size_t row) const { return text[row].empty(); }
    // The value label of a row's value when there is one, else its text.
    std::string display(std::size_t row) const;
};

struct SurveyData {
    std::string path;
    std::vector<SurveyColumn> columns;  // in file order
    std::vector<int> lines;             // CSV: each row's 1-based line in the file; .sav: case number (1-based)
    bool spss = false;
    char decimal = '.';                 // CSV: the decimal mark the numbers were read with

    std::size_t rows() const { return lines.size(); }
    // The column named `name`; InputError "<path>: no variable 'x' in the data, expected one of a, b, ...".
    const SurveyColumn& column(const std::string& name) const;
    bool has(const std::string& name) const;
    // Where a cell is, for messages: CSV file:line:column; .sav file:case (the message names the variable).
    SourceLocation where(std::size_t row, const SurveyColumn& column) const;
};

// Whether `path` names an SPSS file: .sav or .zsav, in any case.
bool is_spss_path(const std::string& path);

// Reads .sav / .zsav files (case-insensitive extension) with libreadstat, anything else as CSV in `dialect`
// (separator and decimal mark; what is unset is detected, models/csv_dialect.hpp). Throws InputError on an
// unreadable file, a malformed CSV (models/csv_data.hpp), or an empty data set. `hint` is added to the message of
// a file that cannot be opened.
SurveyData read_survey(const std::string& path, const std::string& hint = "", const CsvDialect& dialect = {});

// The declared range of Likert answers, `scale: 1-5`.
struct ResponseRange {
    double low = 1;
    double high = 5;
};
// "1-5" → {1, 5}; std::nullopt unless two whole numbers low < high.
std::optional<ResponseRange> parse_response_range(const std::string& text);

struct ItemResponses {
    std::vector<std::string> items;
    Eigen::MatrixXd values;         // complete rows only, one column per item
    std::vector<std::size_t> rows;  // the data rows kept (0-based)
    int dropped = 0;                // rows with a missing answer (listwise deletion)
};

// The answers to `items` (in that order), a row per data row, NaN where missing. A cell that is not a number, or
// outside `range` when given, is an InputError at its row and column naming the variable and what is expected; an
// unknown item name an InputError listing the data's names.
Eigen::MatrixXd item_values(const SurveyData& data, const std::vector<std::string>& items,
                            const std::optional<ResponseRange>& range = std::nullopt);

// InputError at the data file when `complete`, the number of rows that answer every one of `items`, is below
// `minimum_rows`.
void require_complete_answers(const SurveyData& data, const std::vector<std::string>& items, std::size_t complete,
                              std::size_t minimum_rows);

// The complete answers to `items` (in that order). A cell that is not a number, or outside `range` when given, is an
// InputError at its row and column naming the variable and what is expected; an unknown item name an InputError
// listing the data's names. Throws InputError when fewer than `minimum_rows` complete rows remain.
ItemResponses item_responses(const SurveyData& data, const std::vector<std::string>& items,
                             const std::optional<ResponseRange>& range = std::nullopt, std::size_t minimum_rows = 3);

}  // namespace jalur::models

#pragma once
// How a CSV file writes its cells: the separator between them and the decimal mark of numbers. Excel writes
// "1.5,2" in English locales and "1,5;2" in Indonesian (and most European) ones; either is read, detected from
// the file's first lines unless the user names it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jalur::models {

// How the separator was chosen, for messages about a file that does not split as expected.
enum class SeparatorOrigin { Given, Detected, Assumed };

struct CsvDialect {
    char separator = 0;  // ',', ';' or '\t'; 0: detect
    char decimal = 0;    // '.' or ','; 0: detect
    SeparatorOrigin origin = SeparatorOrigin::Given;
};

// "','", "';'" or "tab", as messages and help name a separator.
std::string separator_name(char separator);

// The separator a user wrote ("," ";" "tab" or a tab character, "\t"); nothing for anything else.
std::optional<char> parse_separator(std::string_view text);
// The decimal mark a user wrote: "." or ","; nothing for anything else.
std::optional<char> parse_decimal(std::string_view text);

// `given` with its unset parts detected from `lines`, the file's first non-empty lines (header first):
// the separator that splits every line into the same number (> 1) of cells, the most cells winning (else the one
// giving the header the most cells, else ','); the decimal is '.' with ',' separators, else ',' when the cells show
// decimal commas ("1,5") and no decimal points, '.' when they show points and no commas, and otherwise (neither,
// or both) ',' after ';' (Excel's choice in decimal-comma locales) and '.' after a tab.
CsvDialect detect_csv_dialect(const std::vector<std::string>& lines, CsvDialect given);

// A cell's number in the dialect's decimal mark ("1,5" with ','); nothing when it is not one number.
std::optional<double> parse_csv_number(std::string_view text, char decimal);

}  // namespace jalur::models

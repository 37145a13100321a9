#pragma once
// The small lexical rules every model language shares: identifiers, numbers, whitespace.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jalur::models {

// A name of a variable, label or defined parameter: ASCII letters, digits, '_' and '.', not starting with a
// digit nor with '.' followed by a digit (that would read as a number).
bool is_identifier(std::string_view text);
// Length of the identifier starting at text[pos] (0 when none starts there).
std::size_t scan_identifier(std::string_view text, std::size_t pos);
// Offset of the first use of the identifier `symbol` in an expression's text (0 when none), so that a message
// can point at it.
std::size_t offset_of_symbol(std::string_view text, std::string_view symbol);

// Length of the number starting at text[pos] in C float form: [+-]digits[.digits][e[+-]digits] or
// [+-].digits[...]; 0 when none starts there. No inf, nan or hexadecimal.
std::size_t scan_number(std::string_view text, std::size_t pos);
// The value of text when all of it is one number in the form above, else nothing.
std::optional<double> parse_number(std::string_view text);

// text without leading and trailing spaces, tabs and carriage returns.
std::string_view trim(std::string_view text);

// The extension of a file name in lower case, with its dot: "Data.SAV" → ".sav"; "" when there is none.
std::string file_extension(const std::string& path);

// The parts of `text` between `separator`s, each trimmed: "a, b ,c" → {"a", "b", "c"}; "" → {""}.
std::vector<std::string> split_list(std::string_view text, char separator = ',');

}  // namespace jalur::models

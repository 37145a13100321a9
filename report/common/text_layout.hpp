#pragma once
// Column arithmetic for the text report: widths of UTF-8 text as a terminal shows it (one column per
// code point; names are not expected to hold wide characters), padding, and placing text at a column.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jalur::report {

// Columns the text takes: the number of UTF-8 code points.
std::size_t display_width(std::string_view text);

std::string pad_left(std::string_view text, std::size_t width);   // right-aligned in `width` columns
std::string pad_right(std::string_view text, std::size_t width);  // left-aligned in `width` columns

// Appends `text` to `line` starting at `column`, padding with spaces first. When the line already
// reaches past `column`, the text is appended after one space.
void place(std::string& line, std::size_t column, std::string_view text);

// The line without trailing spaces.
std::string trim_right(std::string line);

// Rows of cells in aligned columns, two spaces apart, each line starting with `indent` spaces. A column
// whose `right_aligned` flag is true is right-aligned (numbers), the others left-aligned (names).
std::string render_columns(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right_aligned,
                           std::size_t indent);

}  // namespace jalur::report

#include "report/common/text_layout.hpp"

#include <algorithm>

namespace jalur::report {

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++width;  // count every byte that is not a UTF-8 continuation byte
    return width;
}

std::string pad_left(std::string_view text, std::size_t width) {
    std::size_t w = display_width(text);
    std::string out(w < width ? width - w : 0, ' ');
    out += text;
    return out;
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::size_t w = display_width(text);
    std::string out(text);
    if (w < width) out.append(width - w, ' ');
    return out;
}

void place(std::string& line, std::size_t column, std::string_view text) {
    std::size_t w = display_width(line);
    if (w < column)
        line.append(column - w, ' ');
    else if (w > column && !line.empty())
        line += ' ';
    line += text;
}

std::string trim_right(std::string line) {
    line.erase(line.find_last_not_of(' ') + 1);
    return line;
}

std::string render_columns(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right_aligned,
                           std::size_t indent) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t j = 0; j < row.size(); ++j) widths[j] = std::max(widths[j], display_width(row[j]));
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line(indent, ' ');
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (j > 0) line += "  ";
            const bool right = j < right_aligned.size() && right_aligned[j];
            line += right ? pad_left(row[j], widths[j]) : pad_right(row[j], widths[j]);
        }
        out += trim_right(line) + "\n";
    }
    return out;
}

}  // namespace jalur::report

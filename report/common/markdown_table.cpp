#include "report/common/markdown_table.hpp"

#include <algorithm>

#include "report/common/text_layout.hpp"

namespace jalur::report {

std::string markdown_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '*' || c == '_' || c == '|' || c == '`' || c == '<' || c == '[' || c == '~') out += '\\';
        out += c;
    }
    return out;
}

std::string render_markdown_table(const MarkdownTable& table) {
    if (table.rows.empty()) return {};
    const std::size_t columns = table.header.size();
    std::vector<std::size_t> widths(columns, 3);  // "---" is the shortest delimiter
    auto measure = [&](const std::vector<std::string>& cells) {
        for (std::size_t j = 0; j < columns && j < cells.size(); ++j)
            widths[j] = std::max(widths[j], display_width(cells[j]));
    };
    measure(table.header);
    for (const auto& row : table.rows) measure(row);

    auto right = [&](std::size_t j) { return j < table.right_aligned.size() && table.right_aligned[j]; };
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (std::size_t j = 0; j < columns; ++j) {
            const std::string cell = j < cells.size() ? cells[j] : std::string();
            out += " " + (right(j) ? pad_left(cell, widths[j]) : pad_right(cell, widths[j])) + " |";
        }
        return out + "\n";
    };
    std::string out = line(table.header) + "|";
    for (std::size_t j = 0; j < columns; ++j)
        out += right(j) ? std::string(widths[j] + 1, '-') + ":|" : ":" + std::string(widths[j] + 1, '-') + "|";
    out += "\n";
    for (const auto& row : table.rows) out += line(row);
    return out + "\n";
}

}  // namespace jalur::report

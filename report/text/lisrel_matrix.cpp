#include "report/text/lisrel_matrix.hpp"

#include <algorithm>
#include <cmath>

#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/text/text_section.hpp"

namespace jalur::report {

namespace {

constexpr std::size_t kColumnsPerBlock = 6;
constexpr std::size_t kMinColumnWidth = 8;
constexpr const char* kNoEntry = "- -";

// The title, the note under it if any, and an empty line; indented as a section title.
std::string title_lines(const std::string& title, const std::string& note) {
    std::string out = kSectionIndent + title + "\n";
    if (!note.empty()) out += kSectionIndent + note + "\n";
    return out + "\n";
}

struct EntryText {
    std::string value, se, t;  // se "(0.054" without the closing parenthesis; empty when none
};

EntryText entry_text(const std::optional<MatrixEntry>& entry) {
    if (!entry) return {kNoEntry, {}, {}};
    EntryText text{lisrel_number(entry->est), {}, {}};
    if (std::isfinite(entry->se)) {
        text.se = "(" + lisrel_number(entry->se);
        text.t = lisrel_number(entry->z);
    }
    return text;
}

std::size_t entry_width(const EntryText& text) {
    return std::max({display_width(text.value), display_width(text.se), display_width(text.t)});
}

// Right edges (exclusive) of the value text of each column in [first, last), given where the first
// column's area starts and the width every column needs.
std::vector<std::size_t> right_edges(std::size_t start, const std::vector<std::size_t>& widths, std::size_t first,
                                     std::size_t last) {
    std::vector<std::size_t> edges;
    std::size_t edge = start;
    for (std::size_t j = first; j < last; ++j) {
        edge += (j == first ? 2 : 3) + widths[j];  // two spaces of gap, plus one for the previous ")"
        edges.push_back(edge);
    }
    return edges;
}

void header_lines(std::string& out, const std::vector<std::string>& names, const std::vector<std::size_t>& edges,
                  std::size_t first) {
    std::string name_line, dash_line;
    for (std::size_t k = 0; k < edges.size(); ++k) {
        const std::string& name = names[first + k];
        std::size_t dashes = std::max(kMinColumnWidth, display_width(name));
        place(name_line, edges[k] - display_width(name), name);
        place(dash_line, edges[k] - dashes, std::string(dashes, '-'));
    }
    out += trim_right(name_line) + "\n" + trim_right(dash_line) + "\n";
}

// One row of entries, columns first..end − 1 of a block: the values, and beneath them, right-aligned on the
// same edges, the standard errors (closing parenthesis one column further) and t-values when there are any.
void entry_lines(std::string& out, std::string value_line, const std::vector<EntryText>& row,
                 const std::vector<std::size_t>& edges, std::size_t first, std::size_t end) {
    std::string se_line, t_line;
    for (std::size_t j = first; j < end; ++j) {
        const EntryText& e = row[j];
        const std::size_t edge = edges[j - first];
        place(value_line, edge - display_width(e.value), e.value);
        if (!e.se.empty()) {
            place(se_line, edge - display_width(e.se), e.se + ")");
            place(t_line, edge - display_width(e.t), e.t);
        }
    }
    out += trim_right(value_line) + "\n";
    if (!se_line.empty()) out += trim_right(se_line) + "\n" + trim_right(t_line) + "\n";
}

}  // namespace

std::string render_matrix(const LisrelMatrix& m) {
    const std::size_t rows = m.row_names.size(), cols = m.column_names.size();
    std::string out = title_lines(m.title, m.note);

    std::vector<std::vector<EntryText>> text(rows, std::vector<EntryText>(cols));
    std::vector<std::size_t> widths(cols);
    bool any_se = false;
    for (std::size_t j = 0; j < cols; ++j) widths[j] = std::max(kMinColumnWidth, display_width(m.column_names[j]));
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            if (m.lower_triangle && j > i) continue;
            std::optional<MatrixEntry> entry;
            if (i < m.entries.size() && j < m.entries[i].size()) entry = m.entries[i][j];
            text[i][j] = entry_text(entry);
            widths[j] = std::max(widths[j], entry_width(text[i][j]));
            any_se = any_se || !text[i][j].se.empty();
        }
    std::size_t label_width = kMinColumnWidth;
    for (const auto& name : m.row_names) label_width = std::max(label_width, display_width(name));

    for (std::size_t first = 0; first < cols; first += kColumnsPerBlock) {
        const std::size_t last = std::min(cols, first + kColumnsPerBlock);
        if (first > 0) out += "\n";
        auto edges = right_edges(1 + label_width, widths, first, last);
        header_lines(out, m.column_names, edges, first);
        for (std::size_t i = m.lower_triangle ? first : 0; i < rows; ++i) {
            const std::size_t end = m.lower_triangle ? std::min(last, i + 1) : last;
            entry_lines(out, " " + pad_left(m.row_names[i], label_width), text[i], edges, first, end);
            if (any_se && i + 1 < rows) out += "\n";
        }
    }
    out += "\n";
    return out;
}

std::string render_vector(const std::string& title, const std::string& note, const std::vector<std::string>& names,
                          const std::vector<std::optional<MatrixEntry>>& entries) {
    std::string out = title_lines(title, note);
    const std::size_t cols = names.size();
    std::vector<EntryText> text(cols);
    std::vector<std::size_t> widths(cols);
    for (std::size_t j = 0; j < cols; ++j) {
        text[j] = entry_text(j < entries.size() ? entries[j] : std::nullopt);
        widths[j] = std::max({kMinColumnWidth, display_width(names[j]), entry_width(text[j])});
    }
    for (std::size_t first = 0; first < cols; first += kColumnsPerBlock) {
        const std::size_t last = std::min(cols, first + kColumnsPerBlock);
        if (first > 0) out += "\n";
        auto edges = right_edges(kSectionIndent.size() - 2, widths, first, last);
        header_lines(out, names, edges, first);
        entry_lines(out, "", text, edges, first, last);
    }
    out += "\n";
    return out;
}

}  // namespace jalur::report

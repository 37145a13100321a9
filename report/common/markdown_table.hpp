#pragma once
// Pipe tables of GitHub-flavoured Markdown, the form thesis writers paste into Word via pandoc or Typora:
//
//   | Outcome  | Predictor | Estimate |
//   |:---------|:----------|---------:|
//   | KEPUASAN | KUALITAS  | 0.383\*\*\* |
//
// Columns are padded so the source reads as a table too.
#include <string>
#include <string_view>
#include <vector>

namespace jalur::report {

struct MarkdownTable {
    std::vector<std::string> header;
    std::vector<bool> right_aligned;  // per column: numbers right, names left
    std::vector<std::vector<std::string>> rows;  // cells already escaped (markdown_text) where they hold names
};

// Text with Markdown's special characters escaped, so that "a*b", a name with "|" or the operator "~~" (GFM's
// strikethrough) prints as written.
std::string markdown_text(std::string_view text);

// The table followed by an empty line; nothing when it has no rows.
std::string render_markdown_table(const MarkdownTable& table);

}  // namespace jalur::report

#include "report/survey/survey_document.hpp"

#include "report/common/html_page.hpp"
#include "report/common/html_text.hpp"
#include "report/common/markdown_table.hpp"

namespace jalur::report {

std::string render_survey_markdown(const SurveyDocument& document, Language language) {
    std::string out = "# " + markdown_text(document.title) + "\n\n";
    if (!document.source.empty()) out += markdown_text(std::string(label(language, "Data")) + ": " + document.source) + "\n\n";
    for (const auto& block : document.blocks) switch (block.kind) {
            case SurveyDocument::Kind::Heading: out += "## " + markdown_text(block.text) + "\n\n"; break;
            case SurveyDocument::Kind::Paragraph: out += markdown_text(block.text) + "\n\n"; break;
            case SurveyDocument::Kind::Note:
                out += "*" + std::string(label(language, "Note")) + ".* " + markdown_text(block.text) + "\n\n";
                break;
            case SurveyDocument::Kind::Table: {
                MarkdownTable table{{}, block.table.right_aligned, {}};
                for (const auto& cell : block.table.header) table.header.push_back(markdown_text(cell));
                for (const auto& row : block.table.rows) {
                    table.rows.emplace_back();
                    for (const auto& cell : row) table.rows.back().push_back(markdown_text(cell));
                }
                out += render_markdown_table(table);
                break;
            }
            case SurveyDocument::Kind::Figure: break;
        }
    return out;
}

std::string render_survey_html(const SurveyDocument& document, Language language) {
    std::string out = html_page_head(language, document.title, document.source);
    for (const auto& block : document.blocks) switch (block.kind) {
            case SurveyDocument::Kind::Heading: out += html_element("h2", html_escape(block.text)) + "\n"; break;
            case SurveyDocument::Kind::Paragraph: out += html_element("p", html_escape(block.text)) + "\n"; break;
            case SurveyDocument::Kind::Note:
                out += html_element("p", html_element("em", std::string(label(language, "Note")) + ".") + " " +
                                             html_escape(block.text),
                                    "class=\"note\"") +
                       "\n";
                break;
            case SurveyDocument::Kind::Table: {
                const SurveyTable& table = block.table;
                std::vector<std::vector<std::string>> rows;
                for (const auto& row : table.rows) {
                    rows.emplace_back();
                    for (std::size_t j = 0; j < row.size(); ++j)
                        rows.back().push_back(j < table.right_aligned.size() && table.right_aligned[j]
                                                  ? html_number_cell(row[j])
                                                  : html_text_cell(row[j]));
                }
                out += html_table(table.header, rows) + "\n";
                break;
            }
            case SurveyDocument::Kind::Figure: {
                // Inline SVG: the XML prolog of a stand-alone file is not allowed inside HTML.
                const std::size_t start = block.svg.find("<svg");
                out += html_element("figure", block.svg.substr(start == std::string::npos ? 0 : start) +
                                                  html_element("figcaption", html_escape(block.text))) +
                       "\n";
                break;
            }
        }
    return out + kHtmlPageEnd;
}

}  // namespace jalur::report

#pragma once
// The Markdown and HTML reports of the questionnaire commands (items, servqual, crosstab, scores) are built once as a
// document of headings, paragraphs, tables and figures, in the report's language, then written in either format:
// Markdown for pasting into a thesis (pandoc, Typora), HTML as one self-contained page (report/common/html_page).
#include <string>
#include <string_view>
#include <vector>

#include "report/common/report_language.hpp"

namespace jalur::report {

// A table of plain text cells (escaped when written); numbers right-aligned.
struct SurveyTable {
    std::vector<std::string> header;
    std::vector<bool> right_aligned;  // per column
    std::vector<std::vector<std::string>> rows;
};

struct SurveyDocument {
    enum class Kind { Heading, Paragraph, Note, Table, Figure };
    struct Block {
        Kind kind;
        std::string text;   // heading, paragraph or note text; a figure's caption
        SurveyTable table;  // Kind::Table
        std::string svg;    // Kind::Figure: a whole SVG document
    };
    std::string title;   // the page's title (# in Markdown, <h1> in HTML)
    std::string source;  // the data file, in the subtitle
    std::vector<Block> blocks;

    void heading(std::string_view text) { blocks.push_back({Kind::Heading, std::string(text), {}, {}}); }
    void paragraph(std::string_view text) { blocks.push_back({Kind::Paragraph, std::string(text), {}, {}}); }
    // A note under a table, APA's "Note." (Catatan.) in italics before it.
    void note(std::string_view text) { blocks.push_back({Kind::Note, std::string(text), {}, {}}); }
    void table(SurveyTable table) { blocks.push_back({Kind::Table, {}, std::move(table), {}}); }
    // Figures are drawn inline in HTML; Markdown, which cannot hold them, leaves them out.
    void figure(std::string svg, std::string caption) {
        blocks.push_back({Kind::Figure, std::move(caption), {}, std::move(svg)});
    }
};

std::string render_survey_markdown(const SurveyDocument& document, Language language);
std::string render_survey_html(const SurveyDocument& document, Language language);

}  // namespace jalur::report

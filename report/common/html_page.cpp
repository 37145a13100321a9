#include "report/common/html_page.hpp"

#include "report/common/html_text.hpp"

namespace jalur::report {

namespace {

// Print-friendly and readable on a phone; the only colour that means something is the red of |t| < 1.96,
// as in the diagrams (and of a violated Fornell–Larcker criterion); a large standardized residual is bold.
constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; max-width: 62rem; margin: 2rem auto;
       padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.4rem; }
.subtitle { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th { text-align: left; border-top: 2px solid #333; border-bottom: 1px solid #333; padding: 0.25rem 0.7rem; }
td { padding: 0.2rem 0.7rem; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
tbody tr:last-child td { border-bottom: 2px solid #333; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ns { color: #d62728; font-weight: bold; }
td.large { font-weight: bold; }
li.warning { color: #8a4b00; }
figure { margin: 1rem 0 2rem; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-style: italic; color: #444; }
.note { color: #555; font-size: 0.88rem; }
@media print { h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
)";

}  // namespace

std::string html_page_head(Language language, const std::string& title, const std::string& source) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += language == Language::Indonesian ? "id" : "en";
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += html_element("title", html_escape("jalur: " + title)) + "\n";
    out += html_element("style", kStyle) + "\n</head>\n<body>\n";
    out += html_element("h1", html_escape(title)) + "\n";
    out += html_element("p", html_escape("jalur " JALUR_VERSION + (source.empty() ? "" : " · " + source)),
                        "class=\"subtitle\"") +
           "\n";
    return out;
}

}  // namespace jalur::report

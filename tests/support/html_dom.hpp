#pragma once
// Reading back the DOM headless Chromium dumps of an HTML report (tests/report/html_report_test.cpp).
#include <string>
#include <utility>
#include <vector>

namespace jalur::testing {

// The text a reader sees: tags dropped, the entities of html_escape (and Chromium's serialization) read back.
inline std::string strip_tags(const std::string& html) {
    std::string text;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag) text += c;
    }
    for (auto [entity, c] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::string(entity).size(), c);
    return text;
}

// The rows of every table in the DOM, each as the text of its cells.
inline std::vector<std::vector<std::string>> table_rows(const std::string& dom) {
    std::vector<std::vector<std::string>> rows;
    for (auto tr = dom.find("<tr>"); tr != std::string::npos; tr = dom.find("<tr>", tr + 1)) {
        const auto end = dom.find("</tr>", tr);
        const std::string row = dom.substr(tr, end - tr);
        std::vector<std::string> cells;
        for (auto td = row.find("<td"); td != std::string::npos; td = row.find("<td", td + 1)) {
            const auto open = row.find('>', td) + 1;
            cells.push_back(strip_tags(row.substr(open, row.find("</td>", open) - open)));
        }
        if (!cells.empty()) rows.push_back(std::move(cells));
    }
    return rows;
}

}  // namespace jalur::testing

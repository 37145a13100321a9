#include "report/common/html_text.hpp"

namespace jalur::report {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                // XML 1.0 (SVG) has no other control characters; HTML does not need them.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
        }
    }
    return out;
}

std::string html_element(std::string_view tag, std::string_view content, std::string_view attributes) {
    std::string out = "<" + std::string(tag);
    if (!attributes.empty()) out += " " + std::string(attributes);
    return out + ">" + std::string(content) + "</" + std::string(tag) + ">";
}

std::string html_text_cell(std::string_view text) { return html_element("td", html_escape(text)); }

std::string html_number_cell(const std::string& number, std::string_view extra_class) {
    std::string classes = "num";
    if (!extra_class.empty()) classes += " " + std::string(extra_class);
    return html_element("td", html_escape(number), "class=\"" + classes + "\"");
}

std::string html_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       std::string_view caption) {
    std::string out = "<table>\n";
    if (!caption.empty()) out += html_element("caption", html_escape(caption)) + "\n";
    out += "<thead><tr>";
    for (const auto& h : header) out += html_element("th", html_escape(h));
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (const auto& cell : row) out += cell;
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace jalur::report

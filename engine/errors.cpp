#include "engine/errors.hpp"

#include <algorithm>

namespace jalur {

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string SourceLocation::str() const {
    std::string s = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        s += ":" + std::to_string(line);
        if (column > 0) s += ":" + std::to_string(column);
    }
    return s;
}

std::string text_start(const std::string& text) {
    if (text.size() <= kQuotedLength) return text;
    std::size_t cut = kQuotedLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return text.substr(0, cut);
}

std::string quoted(const std::string& text) {
    if (text.size() <= kQuotedLength) return "'" + text + "'";
    return "'" + text_start(text) + "...' (" + std::to_string(text.size()) + " characters)";
}

InputError::InputError(SourceLocation where, const std::string& what)
    : std::runtime_error(where.str() + ": " + what), where_(std::move(where)), detail_(what) {}

IdentificationError::IdentificationError(const std::string& what, std::vector<std::string> parameters)
    : std::runtime_error(what), parameters_(std::move(parameters)) {}

}  // namespace jalur

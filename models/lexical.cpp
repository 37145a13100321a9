#include "models/lexical.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>

namespace jalur::models {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::size_t scan_digits(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && is_digit(text[end])) ++end;
    return end - pos;
}

}  // namespace

std::size_t scan_identifier(std::string_view text, std::size_t pos) {
    if (pos >= text.size() || !is_name_start(text[pos])) return 0;
    if (text[pos] == '.' && pos + 1 < text.size() && is_digit(text[pos + 1])) return 0;
    std::size_t end = pos + 1;
    while (end < text.size() && is_name_char(text[end])) ++end;
    return end - pos;
}

bool is_identifier(std::string_view text) {
    return !text.empty() && scan_identifier(text, 0) == text.size();
}

std::size_t scan_number(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    if (end < text.size() && (text[end] == '+' || text[end] == '-')) ++end;
    const std::size_t whole = scan_digits(text, end);
    end += whole;
    std::size_t fraction = 0;
    if (end < text.size() && text[end] == '.') {
        fraction = scan_digits(text, end + 1);
        if (whole + fraction > 0) end += 1 + fraction;
    }
    if (whole + fraction == 0) return 0;
    if (end < text.size() && (text[end] == 'e' || text[end] == 'E')) {
        std::size_t exponent = end + 1;
        if (exponent < text.size() && (text[exponent] == '+' || text[exponent] == '-')) ++exponent;
        const std::size_t digits = scan_digits(text, exponent);
        if (digits > 0) end = exponent + digits;  // "2e" is the number 2 followed by 'e'
    }
    return end - pos;
}

std::optional<double> parse_number(std::string_view text) {
    if (text.empty() || scan_number(text, 0) != text.size()) return std::nullopt;
    if (text.front() == '+') text.remove_prefix(1);  // from_chars takes no '+'
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;  // e.g. 1e999
    return value;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
}

std::string file_extension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

std::vector<std::string> split_list(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        parts.emplace_back(trim(text.substr(start, end - start)));
        if (end == text.size()) return parts;
        start = end + 1;
    }
}

std::size_t offset_of_symbol(std::string_view text, std::string_view symbol) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t name = scan_identifier(text, pos);
        if (name > 0 && text.substr(pos, name) == symbol) return pos;
        pos += std::max<std::size_t>({name, scan_number(text, pos), 1});
    }
    return 0;
}

}  // namespace jalur::models

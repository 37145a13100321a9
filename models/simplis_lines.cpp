#include "models/simplis_lines.hpp"

#include <algorithm>
#include <cctype>

namespace jalur::models::simplis {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.'; }

// The physical lines of a content, without a byte order mark and '\r' line ends.
std::vector<std::string> physical_lines(const std::string& content) {
    std::vector<std::string> lines;
    std::size_t start = content.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (start <= content.size()) {
        std::size_t end = content.find('\n', start);
        if (end == std::string::npos) end = content.size();
        std::string line = content.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

}  // namespace

SourceLocation CommandLine::at(std::size_t offset) const {
    SourceLocation place = where;
    place.column += static_cast<int>(offset);
    return place;
}

std::vector<CommandLine> split_command_lines(const std::string& path, const std::string& content) {
    std::vector<CommandLine> out;
    const std::vector<std::string> lines = physical_lines(content);
    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::string line = lines[n];
        const std::size_t bang = line.find('!');
        const std::size_t slash_star = line.find("/*");
        line = line.substr(0, std::min(bang, slash_star));
        std::size_t start = 0;
        while (start <= line.size()) {
            std::size_t end = line.find(';', start);
            if (end == std::string::npos) end = line.size();
            std::size_t first = start, last = end;
            while (first < last && is_blank(line[first])) ++first;
            while (last > first && is_blank(line[last - 1])) --last;
            if (last > first)
                out.push_back(
                    {line.substr(first, last - first), {path, static_cast<int>(n) + 1, static_cast<int>(first) + 1}});
            start = end + 1;
        }
    }
    return out;
}

std::vector<Word> split_words(const CommandLine& line, std::size_t from, bool commas) {
    std::vector<Word> words;
    const std::string& text = line.text;
    auto separator = [&](char c) { return is_blank(c) || (commas && c == ','); };
    std::size_t pos = from;
    while (pos < text.size()) {
        while (pos < text.size() && separator(text[pos])) ++pos;
        if (pos >= text.size()) break;
        const std::size_t start = pos;
        while (pos < text.size() && !separator(text[pos])) ++pos;
        words.push_back({text.substr(start, pos - start), line.at(start)});
    }
    return words;
}

std::vector<Word> read_words(const std::string& path, const std::string& content) {
    std::vector<Word> words;
    const std::vector<std::string> lines = physical_lines(content);
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const CommandLine line{lines[n], {path, static_cast<int>(n) + 1, 1}};
        for (Word& word : split_words(line, 0, true)) words.push_back(std::move(word));
    }
    return words;
}

std::size_t skip_blanks(std::string_view text, std::size_t from) {
    while (from < text.size() && is_blank(text[from])) ++from;
    return from;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::size_t> match_phrase(std::string_view text, std::string_view phrase, std::size_t from) {
    std::size_t pos = from;
    std::size_t word_start = 0;
    bool first = true;
    while (word_start < phrase.size()) {
        std::size_t word_end = phrase.find(' ', word_start);
        if (word_end == std::string_view::npos) word_end = phrase.size();
        const std::string_view alternatives = phrase.substr(word_start, word_end - word_start);
        word_start = word_end + 1;

        const std::size_t start = skip_blanks(text, pos);
        if (!first && start == pos) return std::nullopt;  // words must be separated by blanks
        first = false;
        std::size_t end = start;
        while (end < text.size() && is_letter(text[end])) ++end;
        if (end == start || (end < text.size() && is_word_char(text[end]))) return std::nullopt;
        const std::string word = lowercase(text.substr(start, end - start));
        bool matched = false;
        for (std::size_t a = 0; a <= alternatives.size();) {
            std::size_t b = alternatives.find('|', a);
            if (b == std::string_view::npos) b = alternatives.size();
            if (alternatives.substr(a, b - a) == word) matched = true;
            a = b + 1;
        }
        if (!matched) return std::nullopt;
        pos = end;
    }
    return pos;
}

}  // namespace jalur::models::simplis

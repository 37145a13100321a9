#pragma once
// The lexical layer of the SIMPLIS reader: a file as command lines (comments removed, ';' splitting one physical
// line into several command lines), case-insensitive keyword phrases, and located words and numbers.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/errors.hpp"

namespace jalur::models::simplis {

// One SIMPLIS command line: a physical line, or a ';'-separated part of one, without its comment ('!' or "/*"
// to the end of the line) and without leading and trailing blanks. Never empty.
struct CommandLine {
    std::string text;
    SourceLocation where;  // of text[0]

    SourceLocation at(std::size_t offset) const;  // the place of text[offset]
};

// The command lines of a file's content (a UTF-8 byte order mark and '\r' line ends are ignored).
std::vector<CommandLine> split_command_lines(const std::string& path, const std::string& content);

// A word of a line: a run of characters other than blanks, and where it starts.
struct Word {
    std::string text;
    SourceLocation where;
};

// The words of text[from...], separated by blanks (and commas when `commas`).
std::vector<Word> split_words(const CommandLine& line, std::size_t from = 0, bool commas = false);

// The words of a whole file (a data file: numbers separated by blanks or commas), located in that file.
std::vector<Word> read_words(const std::string& path, const std::string& content);

// When text[from...] starts with `phrase`, the offset just after it, else nothing. A phrase is words separated by
// blanks; each word may list alternatives separated by '|' ("observed variables|variable"). Words of the text
// are matched whole and case-insensitively; blanks between them may be any number of spaces and tabs.
std::optional<std::size_t> match_phrase(std::string_view text, std::string_view phrase, std::size_t from = 0);

// Offset of the first non-blank character at or after `from` (text.size() when none).
std::size_t skip_blanks(std::string_view text, std::size_t from);

// text lowercased (ASCII).
std::string lowercase(std::string_view text);

}  // namespace jalur::models::simplis

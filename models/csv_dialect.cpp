#include "models/csv_dialect.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "engine/errors.hpp"
#include "models/csv_data.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

constexpr char kSeparators[] = {',', ';', '\t'};

// Each line's number of cells with `separator`; -1 for a line that does not split (an unclosed quote).
std::vector<int> cell_counts(const std::vector<std::string>& lines, char separator) {
    std::vector<int> counts;
    for (const std::string& line : lines) {
        try {
            counts.push_back(static_cast<int>(split_csv_line({}, line, separator).size()));
        } catch (const InputError&) {
            counts.push_back(-1);
        }
    }
    return counts;
}

// The separator, and whether it split every line alike.
std::pair<char, SeparatorOrigin> detect_separator(const std::vector<std::string>& lines) {
    char best = 0;
    int best_cells = 1;
    for (const char separator : kSeparators) {
        const std::vector<int> counts = cell_counts(lines, separator);
        const bool consistent = std::all_of(counts.begin(), counts.end(), [&](int n) { return n == counts[0]; });
        if (consistent && counts[0] > best_cells) best = separator, best_cells = counts[0];
    }
    if (best) return {best, SeparatorOrigin::Detected};
    // No separator splits every line alike (a broken file): the header's, so that the message names it.
    best = ',';
    for (const char separator : kSeparators) {
        const std::vector<int> counts = cell_counts({lines.front()}, separator);
        if (counts[0] > best_cells) best = separator, best_cells = counts[0];
    }
    return {best, SeparatorOrigin::Assumed};
}

// Whether text is digits with one `mark` between or before them: "1,5", "-,5", "12.25".
bool is_decimal_with(std::string_view text, char mark) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
    const std::size_t at = text.find(mark);
    if (at == std::string_view::npos || at + 1 == text.size()) return false;
    const auto digits = [](std::string_view part) {
        return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(text.substr(0, at)) && digits(text.substr(at + 1));
}

char detect_decimal(const std::vector<std::string>& lines, char separator) {
    if (separator == ',') return '.';
    bool commas = false, points = false;
    for (std::size_t k = 1; k < lines.size(); ++k) {
        try {
            for (const CsvCell& cell : split_csv_line({}, lines[k], separator)) {
                commas = commas || is_decimal_with(cell.text, ',');
                points = points || is_decimal_with(cell.text, '.');
            }
        } catch (const InputError&) {
        }
    }
    if (commas != points) return commas ? ',' : '.';
    return separator == ';' ? ',' : '.';
}

}  // namespace

std::string separator_name(char separator) {
    return separator == '\t' ? "tab" : std::string("'") + separator + "'";
}

std::optional<char> parse_separator(std::string_view text) {
    if (text == "," || text == ";") return text[0];
    if (text == "tab" || text == "\t" || text == "\\t") return '\t';
    return std::nullopt;
}

std::optional<char> parse_decimal(std::string_view text) {
    if (text == "." || text == ",") return text[0];
    return std::nullopt;
}

CsvDialect detect_csv_dialect(const std::vector<std::string>& lines, CsvDialect given) {
    CsvDialect dialect = given;
    if (!dialect.separator)
        std::tie(dialect.separator, dialect.origin) =
            lines.empty() ? std::pair(',', SeparatorOrigin::Assumed) : detect_separator(lines);
    if (!dialect.decimal) dialect.decimal = detect_decimal(lines, dialect.separator);
    return dialect;
}

std::optional<double> parse_csv_number(std::string_view text, char decimal) {
    if (decimal != ',') return parse_number(text);
    // With a decimal comma a point is no decimal mark: Excel writes none, and "1.234" would be a thousands mark.
    if (text.find('.') != std::string_view::npos) return std::nullopt;
    std::string point(text);
    std::replace(point.begin(), point.end(), ',', '.');
    return parse_number(point);
}

}  // namespace jalur::models

#include "models/bootstrap_indices.hpp"

#include <cmath>
#include <optional>
#include <sstream>

#include "engine/errors.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"

namespace jalur::models {

namespace {

bool is_separator(char c) { return c == ',' || c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::vector<std::vector<int>> read_bootstrap_indices(const std::string& path) {
    const std::string rule = "a file of case numbers, a line per replicate (as bootstrapLavaan(keep.idx = TRUE))";
    const std::string text = read_file_text(path, SourceLocation{path}, "the bootstrap indices file", rule);
    std::vector<std::vector<int>> replicates;
    std::istringstream lines(text);
    std::string line;
    for (int line_number = 1; std::getline(lines, line); ++line_number) {
        std::vector<int> indices;
        std::size_t i = 0;
        while (i < line.size()) {
            if (is_separator(line[i])) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < line.size() && !is_separator(line[end])) ++end;
            const std::string field = line.substr(i, end - i);
            const std::optional<double> value = parse_number(field);
            if (!value || !(*value >= 1 && *value <= 2147483647.0) || *value != std::floor(*value))
                throw InputError(SourceLocation{path, line_number, static_cast<int>(i) + 1},
                                 "case number " + quoted(field) + " is not a positive whole number, expected " + rule);
            indices.push_back(static_cast<int>(*value) - 1);
            i = end;
        }
        if (!indices.empty()) replicates.push_back(std::move(indices));
    }
    if (replicates.empty())
        throw InputError(SourceLocation{path}, "the bootstrap indices file has no replicates, expected " + rule);
    return replicates;
}

}  // namespace jalur::models

#include "cli/servqual_dimension_hint.hpp"

#include <cctype>
#include <set>

namespace jalur::cli {
namespace {

// "tan12" → "tan"; "" when the name does not end in a number after a stem that does not.
std::string numbered_stem(const std::string& name) {
    std::size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1]))) --end;
    if (end == name.size() || end == 0) return "";
    std::string stem = name.substr(0, end);
    while (!stem.empty() && (stem.back() == '_' || stem.back() == '.')) stem.pop_back();
    return stem;
}

}  // namespace

std::string suggested_dimension_options(const std::vector<std::string>& attributes) {
    struct Run {
        std::string stem, first, last;
        int count = 0;
    };
    std::vector<Run> runs;
    std::set<std::string> seen;
    for (const std::string& attribute : attributes) {
        const std::string stem = numbered_stem(attribute);
        if (stem.empty()) return "";
        if (runs.empty() || runs.back().stem != stem) {
            if (!seen.insert(stem).second) return "";  // a stem that comes back later is no block of items
            runs.push_back({stem, attribute, attribute, 0});
        }
        runs.back().last = attribute;
        ++runs.back().count;
    }
    bool grouped = false;
    for (const Run& run : runs) grouped = grouped || run.count > 1;
    if (runs.size() < 2 || !grouped) return "";
    std::string options;
    for (const Run& run : runs)
        options += (options.empty() ? "" : " ") + std::string("--dimension ") + run.stem + "=" +
                   (run.count == 1 ? run.first : run.first + ".." + run.last);
    return options;
}

}  // namespace jalur::cli

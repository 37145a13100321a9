#include "models/yaml_input.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "engine/errors.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

// How a message describes a value of the wrong kind.
std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Sequence: return "a sequence";
        case YAML::NodeType::Scalar: {
            // A whole matrix written as one string would drown the message: its start is enough to find it.
            const std::string& text = node.Scalar();
            if (text.size() <= kQuotedLength) return "'" + text + "'";
            return "a text of " + std::to_string(text.size()) + " characters, '" + text_start(text) + "...'";
        }
        default: return "empty";
    }
}

// The first tab among the blanks that start a line (not counting blank lines), 1-based.
std::optional<SourceLocation> indentation_tab(const std::string& path, const std::string& text) {
    int line = 1;
    for (std::size_t start = 0; start < text.size(); ++line) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::size_t indent_end = text.find_first_not_of(" \t", start);
        const std::size_t tab = text.find('\t', start);
        if (indent_end < end && text[indent_end] != '\r' && tab < indent_end)
            return SourceLocation{path, line, static_cast<int>(tab - start) + 1};
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace

const Entry* Mapping::find(const std::string& key) const {
    for (const auto& entry : entries)
        if (entry.key == key) return &entry;
    return nullptr;
}

SourceLocation YamlInput::at(const YAML::Node& node, std::size_t offset) const {
    const YAML::Mark mark = node.Mark();
    if (mark.line < 0) return {path_, 0, 0};
    // yaml-cpp tags quoted scalars "!" and marks them at the quote.
    const bool quoted = node.IsScalar() && node.Tag() == "!";
    return {path_, mark.line + 1, mark.column + 1 + (quoted ? 1 : 0) + static_cast<int>(offset)};
}

void YamlInput::fail(const Item& item, const std::string& what_is_wrong, const std::string& rule) {
    throw InputError(item.where, what_is_wrong + ", expected " + rule + ".");
}

Mapping YamlInput::mapping(const Item& item, const std::vector<std::string>& allowed) const {
    Mapping out;
    if (item.node.IsNull()) return out;
    if (!item.node.IsMap()) fail(item, item.what + " is " + describe(item.node), "a mapping of key: value");
    for (const auto& pair : item.node) {
        const Item key_item = this->item(pair.first, "a key in " + item.what);
        const std::string key = text(key_item);
        if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            fail(key_item, "unknown key '" + key + "' in " + item.what, "one of " + join(allowed));
        if (const Entry* first = out.find(key))
            fail(key_item, "duplicate key '" + key + "' in " + item.what + " (first at line " +
                               std::to_string(first->key_item.where.line) + ")", "each key once");
        Item value = this->item(pair.second, key);
        // A complaint about a whole section reads best at its key; yaml-cpp also marks a missing value oddly.
        if (!value.node.IsScalar()) value.where = key_item.where;
        out.entries.push_back({key, key_item, std::move(value)});
    }
    return out;
}

std::vector<Item> YamlInput::sequence(const Item& item, const std::string& element) const {
    std::vector<Item> out;
    if (item.node.IsNull()) return out;
    if (!item.node.IsSequence()) fail(item, item.what + " is " + describe(item.node), "a sequence [..., ...]");
    for (const auto& node : item.node)
        out.push_back(this->item(node, element + " " + std::to_string(out.size() + 1) + " of " + item.what));
    return out;
}

std::string YamlInput::text(const Item& item) const {
    if (!item.node.IsScalar()) fail(item, item.what + " is " + describe(item.node), "a single value");
    return item.node.Scalar();
}

double YamlInput::number(const Item& item) const {
    double value = 0;
    if (!item.node.IsScalar() || !YAML::convert<double>::decode(item.node, value) || !std::isfinite(value))
        fail(item, item.what + " is " + describe(item.node), "a finite number");
    return value;
}

int YamlInput::integer(const Item& item, int minimum, int maximum) const {
    int value = 0;
    if (!item.node.IsScalar() || !YAML::convert<int>::decode(item.node, value) || value < minimum || value > maximum)
        fail(item, item.what + " is " + describe(item.node),
             "an integer from " + std::to_string(minimum) + " to " + std::to_string(maximum));
    return value;
}

std::string YamlInput::identifier(const Item& item) const {
    std::string name = text(item);
    if (!is_identifier(name))
        fail(item, item.what + " is '" + name + "'",
             "a name of letters, digits, '_' and '.' that does not start with a digit");
    return name;
}

YAML::Node load_yaml_file(const std::string& path) {
    const std::string text = read_file_text(path, {path}, "the model file", "a readable YAML file");
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& error) {
        // yaml-cpp reports a tab in the indentation as some other fault ("end of map not found") elsewhere.
        if (const std::optional<SourceLocation> tab = indentation_tab(path, text))
            throw InputError(*tab, "a tab in the indentation, expected spaces (YAML indents with spaces only).");
        throw InputError({path, error.mark.line + 1, error.mark.column + 1},
                         "YAML syntax error: " + error.msg + ", expected valid YAML.");
    }
}

}  // namespace jalur::models

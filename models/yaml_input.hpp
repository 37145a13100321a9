#pragma once
// Reading YAML nodes of a spec with the location of every value, so that each complaint names file, line and
// column: "<file>:<line>:<column>: <what>, expected <rule>."
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <vector>

#include "engine/errors.hpp"
#include "models/lexical.hpp"

namespace jalur::models {

// A node to read, where it is, and how messages call it (e.g. "n", "row 2 of lower").
struct Item {
    YAML::Node node;
    SourceLocation where;
    std::string what;
};

// One "key: value" of a mapping; a value that is not a scalar is located at its key.
struct Entry {
    std::string key;
    Item key_item;
    Item value;
};

struct Mapping {
    std::vector<Entry> entries;  // in document order
    const Entry* find(const std::string& key) const;
};

// The spec file being read: its path as given, for every SourceLocation.
class YamlInput {
public:
    explicit YamlInput(std::string path) : path_(std::move(path)) {}
    const std::string& path() const { return path_; }

    // 1-based location of a node, `offset` characters into a scalar's text (past the opening quote of a
    // quoted scalar; exact for plain and simply quoted scalars).
    SourceLocation at(const YAML::Node& node, std::size_t offset = 0) const;
    Item item(const YAML::Node& node, std::string what) const { return {node, at(node), std::move(what)}; }

    // A mapping whose keys are all in `allowed` (any key when empty) and none twice; null reads as empty.
    Mapping mapping(const Item& item, const std::vector<std::string>& allowed = {}) const;
    // The elements of a sequence, called "<element> k of <what>" (k 1-based); null reads as empty.
    std::vector<Item> sequence(const Item& item, const std::string& element = "element") const;
    std::string text(const Item& item) const;         // any scalar
    double number(const Item& item) const;            // a finite number
    int integer(const Item& item, int minimum, int maximum) const;  // an integer in [minimum, maximum]
    std::string identifier(const Item& item) const;   // a scalar that is an identifier

    [[noreturn]] static void fail(const Item& item, const std::string& what_is_wrong, const std::string& rule);

private:
    std::string path_;
};

// The YAML document in the file at `path`; InputError when it cannot be read or is not valid YAML.
YAML::Node load_yaml_file(const std::string& path);

}  // namespace jalur::models

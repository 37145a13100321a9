#include "models/data_file.hpp"

#include <filesystem>
#include <optional>

namespace jalur::models {
namespace {

// The mark `key` gives, 0 when the key is absent; InputError at the value when `parse` does not know it.
char mark(const YamlInput& input, const Mapping& section, const std::string& key,
          std::optional<char> (*parse)(std::string_view), const std::string& rule) {
    const Entry* entry = section.find(key);
    if (!entry) return 0;
    const std::string text = input.text(entry->value);
    const std::optional<char> value = parse(text);
    if (!value) YamlInput::fail(entry->value, key + " is '" + text + "'", rule);
    return *value;
}

}  // namespace

SurveyData read_data_file(const YamlInput& input, const Mapping& section) {
    CsvDialect dialect;
    dialect.separator = mark(input, section, "separator", parse_separator,
                             "',', ';' or tab (the character between the cells of a CSV file)");
    dialect.decimal =
        mark(input, section, "decimal", parse_decimal, "'.' or ',' (the decimal mark of the numbers in a CSV file)");
    const Item& file = section.find("file")->value;
    if (is_spss_path(input.text(file)))
        for (const char* key : {"separator", "decimal"})
            if (const Entry* entry = section.find(key))
                YamlInput::fail(entry->key_item, std::string(key) + " with the SPSS file " + input.text(file),
                                std::string(key) + ": only with a CSV file");
    const std::filesystem::path folder = std::filesystem::path(input.path()).parent_path();
    return read_survey((folder / input.text(file)).string(), "a relative path is read from the spec file's folder",
                       dialect);
}

}  // namespace jalur::models

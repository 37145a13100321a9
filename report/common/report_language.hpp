#pragma once
// The language of a report's labels (--lang): English, or Indonesian for the theses jalur's first users write.
// Numbers, variable names and the parameter syntax (=~, ~, ~~) are the same in every language.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jalur::report {

enum class Language { English, Indonesian };

// "en" or "id"; nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

// A report label in the language: the English label itself, or its translation from the catalogue in
// report_language.cpp. A label missing from the catalogue is a bug in jalur, in either language:
// std::logic_error, so that every test that renders a report in English also checks the catalogue.
std::string_view label(Language language, std::string_view english);

// A label with fmt's "{}" fields, filled in after translation ("Total Effects of {} on {}").
template <typename... Args>
std::string format_label(Language language, std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(label(language, english)), std::forward<Args>(args)...);
}

// Every English label with its Indonesian translation, for the tests that walk the catalogue.
const std::vector<std::pair<std::string_view, std::string_view>>& label_catalogue();

}  // namespace jalur::report

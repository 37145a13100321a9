#pragma once
// The language of a report's labels (--lang): English, or Indonesian for the theses jalur's first users write.
// Numbers, variable names and the parameter syntax (=~, ~, ~~) are the same in every language.
#include <optional>
#include <string_view>

namespace jalur::cli {

enum class Language { English, Indonesian };

// "en" or "id"; nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

// A report label in the language: the English label itself, or its translation from the catalogue in
// report_language.cpp. Every label a report passes through here has a translation (a test checks).
std::string_view label(Language language, std::string_view english);

}  // namespace jalur::cli

#pragma once
// Lists of questionnaire items as users write them: names, and SPSS-style spans "rel1..rel5" (the data's columns
// from rel1 to rel5 in file order, as SPSS's `rel1 TO rel5`).
#include <string>
#include <vector>

#include "engine/errors.hpp"
#include "models/survey_data.hpp"

namespace jalur::models {

struct ItemToken {
    std::string text;     // a name or "first..last"
    SourceLocation where;
};

// The names the tokens stand for, in order. InputError at the token for an unknown name, a span whose end comes
// before its start, or an item listed twice.
std::vector<std::string> expand_item_list(const std::vector<ItemToken>& tokens, const SurveyData& data);

// "a, b, c..d" → tokens, each located at `where` (a command-line option has no line).
std::vector<ItemToken> split_item_list(const std::string& text, const SourceLocation& where);

}  // namespace jalur::models

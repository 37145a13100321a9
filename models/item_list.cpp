#include "models/item_list.hpp"

#include <algorithm>

#include "models/lexical.hpp"

namespace jalur::models {
namespace {

std::size_t column_index(const SurveyData& data, const std::string& name, const SourceLocation& where) {
    for (std::size_t c = 0; c < data.columns.size(); ++c)
        if (data.columns[c].name == name) return c;
    try {
        data.column(name);  // the data's own message, listing its names
    } catch (const InputError& error) {
        throw InputError(where, error.detail());
    }
    throw InputError(where, "no variable '" + name + "' in the data.");
}

}  // namespace

std::vector<std::string> expand_item_list(const std::vector<ItemToken>& tokens, const SurveyData& data) {
    std::vector<std::string> items;
    for (const ItemToken& token : tokens) {
        const std::size_t dots = token.text.find("..");
        std::vector<std::string> names;
        if (dots == std::string::npos) {
            names.push_back(data.columns[column_index(data, token.text, token.where)].name);
        } else {
            const std::string first(trim(token.text.substr(0, dots)));
            const std::string last(trim(token.text.substr(dots + 2)));
            const std::size_t from = column_index(data, first, token.where);
            const std::size_t to = column_index(data, last, token.where);
            if (to < from)
                throw InputError(token.where, "the span " + token.text + " runs backwards (" + last +
                                                  " comes before " + first +
                                                  " in the data), expected first..last in file order.");
            for (std::size_t c = from; c <= to; ++c) names.push_back(data.columns[c].name);
        }
        for (std::string& name : names) {
            if (std::find(items.begin(), items.end(), name) != items.end())
                throw InputError(token.where, "item " + name + " is listed twice, expected each item once.");
            items.push_back(std::move(name));
        }
    }
    return items;
}

std::vector<ItemToken> split_item_list(const std::string& text, const SourceLocation& where) {
    std::vector<ItemToken> tokens;
    for (std::string& token : split_list(text)) {
        if (token.empty())
            throw InputError(where, "an empty item name in '" + text + "', expected names separated by commas.");
        tokens.push_back({std::move(token), where});
    }
    return tokens;
}

}  // namespace jalur::models

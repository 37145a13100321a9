#include "models/score_expression.hpp"

#include "models/item_list.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

const Scale* find_scale(const Instrument* instrument, const std::string& name) {
    if (!instrument) return nullptr;
    for (const Scale& scale : instrument->scales)
        if (scale.name == name) return &scale;
    return nullptr;
}

}  // namespace

Scale read_score_expression(const YamlInput& input, const Entry& entry, const SurveyData& data,
                            const Instrument* instrument) {
    if (!is_identifier(entry.key))
        YamlInput::fail(entry.key_item, "score name '" + entry.key + "'", "a name of letters, digits and _");
    if (data.has(entry.key))
        YamlInput::fail(entry.key_item, "score " + entry.key + " has the name of a variable in the data",
                        "a new name");
    const std::string text(trim(input.text(entry.value)));
    const Item& where = entry.value;

    if (const Scale* scale = find_scale(instrument, text)) {
        Scale named = *scale;
        named.name = entry.key;
        return named;
    }
    const std::size_t open = text.find('(');
    if (open == std::string::npos || text.back() != ')') {
        if (is_identifier(text))
            YamlInput::fail(where, "'" + text + "' is not a scale of the instrument: section",
                            "mean(items), sum(items) or the name of a scale");
        YamlInput::fail(where, "score " + entry.key + " is '" + text + "'", "mean(items), sum(items) or a scale name");
    }
    const std::string function(trim(std::string_view(text).substr(0, open)));
    Scale scale;
    scale.name = entry.key;
    scale.where = where.where;
    if (function == "mean")
        scale.score = ScoreKind::Mean;
    else if (function == "sum")
        scale.score = ScoreKind::Sum;
    else
        YamlInput::fail(where, "unknown function '" + function + "' in score " + entry.key, "mean or sum");

    const std::string arguments(trim(std::string_view(text).substr(open + 1, text.size() - open - 2)));
    if (const Scale* named = find_scale(instrument, arguments)) {
        scale.items = named->items;
        scale.reverse = named->reverse;
        scale.categories = named->categories;
        return scale;
    }
    scale.items = expand_item_list(split_item_list(arguments, where.where), data);
    return scale;
}

}  // namespace jalur::models

#include "models/instrument_section.hpp"

#include <algorithm>

#include "models/item_list.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

std::vector<std::string> read_items(const YamlInput& input, const Item& list, const SurveyData& data) {
    // A plain "a, b..c" reads as well as [a, b..c].
    if (list.node.IsScalar()) return expand_item_list(split_item_list(input.text(list), list.where), data);
    std::vector<ItemToken> tokens;
    for (const Item& element : input.sequence(list, "item")) tokens.push_back({input.text(element), element.where});
    return expand_item_list(tokens, data);
}

ScoreKind read_score_kind(const YamlInput& input, const Item& item) {
    const std::string kind = input.text(item);
    if (kind == "sum") return ScoreKind::Sum;
    if (kind == "mean") return ScoreKind::Mean;
    YamlInput::fail(item, "unknown score '" + kind + "'", "sum or mean");
}

std::vector<ScoreCategory> read_categories(const YamlInput& input, const Item& item) {
    std::vector<ScoreCategory> categories;
    for (const Entry& entry : input.mapping(item).entries) {
        auto band = parse_score_band(entry.key, input.text(entry.value));
        if (!band) YamlInput::fail(entry.value, "category " + entry.key + " is '" + input.text(entry.value) + "'",
                                   "a band low-high such as 51-75");
        if (!categories.empty() && band->low <= categories.back().high)
            YamlInput::fail(entry.value, "category " + entry.key + " overlaps or precedes " + categories.back().name,
                            "bands in increasing order");
        categories.push_back(std::move(*band));
    }
    return categories;
}

Scale read_scale(const YamlInput& input, const Entry& entry, const SurveyData& data) {
    Scale scale;
    scale.name = entry.key;
    scale.where = entry.key_item.where;
    if (!entry.value.node.IsMap()) {
        scale.items = read_items(input, entry.value, data);
    } else {
        const Mapping fields = input.mapping(entry.value, {"items", "reverse", "score", "categories"});
        const Entry* items = fields.find("items");
        if (!items) YamlInput::fail(entry.value, "scale " + scale.name + " has no items", "items: [...]");
        scale.items = read_items(input, items->value, data);
        if (const Entry* reverse = fields.find("reverse")) {
            scale.reverse = read_items(input, reverse->value, data);
            for (const std::string& item : scale.reverse)
                if (std::find(scale.items.begin(), scale.items.end(), item) == scale.items.end())
                    YamlInput::fail(reverse->value, "reverse-keyed item " + item + " is not an item of " + scale.name,
                                    "items of the scale");
        }
        if (const Entry* score = fields.find("score")) scale.score = read_score_kind(input, score->value);
        if (const Entry* categories = fields.find("categories"))
            scale.categories = read_categories(input, categories->value);
    }
    if (scale.items.size() < 2)
        YamlInput::fail(entry.value, "scale " + scale.name + " has " + std::to_string(scale.items.size()) +
                                         (scale.items.size() == 1 ? " item" : " items"),
                        "at least 2 items");
    return scale;
}

}  // namespace

std::optional<ScoreCategory> parse_score_band(const std::string& name, const std::string& text) {
    // The dash separates the bounds; a leading minus belongs to the first number.
    const std::size_t dash = text.find('-', text.empty() || text[0] != '-' ? 0 : 1);
    if (dash == std::string::npos) return std::nullopt;
    const auto low = parse_number(trim(std::string_view(text).substr(0, dash)));
    const auto high = parse_number(trim(std::string_view(text).substr(dash + 1)));
    if (!low || !high || *low > *high) return std::nullopt;
    return ScoreCategory{name, *low, *high};
}

Instrument read_instrument_section(const YamlInput& input, const Item& section, const SurveyData& data) {
    const Mapping fields = input.mapping(section, {"range", "scales"});
    Instrument instrument;
    if (const Entry* range = fields.find("range")) {
        instrument.range = parse_response_range(input.text(range->value));
        if (!instrument.range)
            YamlInput::fail(range->value, "range is '" + input.text(range->value) + "'",
                            "the lowest and highest answer as whole numbers, e.g. 1-5");
    }
    const Entry* scales = fields.find("scales");
    if (!scales) YamlInput::fail(section, "the instrument has no scales", "scales: {NAME: [item, ...], ...}");
    for (const Entry& entry : input.mapping(scales->value).entries) {
        if (!is_identifier(entry.key))
            YamlInput::fail(entry.key_item, "scale name '" + entry.key + "'", "a name of letters, digits and _");
        instrument.scales.push_back(read_scale(input, entry, data));
    }
    if (instrument.scales.empty()) YamlInput::fail(scales->value, "scales is empty", "at least one scale");
    return instrument;
}

}  // namespace jalur::models

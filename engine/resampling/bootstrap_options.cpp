#include "engine/resampling/bootstrap_options.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace jalur {

namespace {

constexpr std::pair<BootstrapType, const char*> kTypes[] = {
    {BootstrapType::Nonparametric, "nonparametric"},
    {BootstrapType::Parametric, "parametric"},
    {BootstrapType::BollenStine, "bollen.stine"},
};

constexpr std::pair<BootstrapInterval, const char*> kIntervals[] = {
    {BootstrapInterval::Percentile, "perc"},     {BootstrapInterval::BCa, "bca"},
    {BootstrapInterval::BCaSimple, "bca.simple"}, {BootstrapInterval::Basic, "basic"},
    {BootstrapInterval::Normal, "norm"},
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

}  // namespace

const char* const kBootstrapIntervalChoices = "perc, bca, bca.simple, basic or norm";

const char* bootstrap_type_name(BootstrapType type) {
    for (const auto& [t, name] : kTypes)
        if (t == type) return name;
    return "?";
}

std::optional<BootstrapType> parse_bootstrap_type(const std::string& text) {
    const std::string name = lower(text);
    if (name == "ordinary") return BootstrapType::Nonparametric;  // lavaan's word
    for (const auto& [t, n] : kTypes)
        if (name == n) return t;
    return std::nullopt;
}

const char* bootstrap_interval_name(BootstrapInterval interval) {
    for (const auto& [i, name] : kIntervals)
        if (i == interval) return name;
    return "?";
}

std::optional<BootstrapInterval> parse_bootstrap_interval(const std::string& text) {
    const std::string name = lower(text);
    for (const auto& [i, n] : kIntervals)
        if (name == n) return i;
    return std::nullopt;
}

}  // namespace jalur

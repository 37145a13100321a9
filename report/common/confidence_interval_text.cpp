#include "report/common/confidence_interval_text.hpp"

#include <cmath>

#include "report/common/number_format.hpp"

namespace jalur::report {

std::string level_percent(double level) { return significant_number(100 * level, 6); }

std::string ci_heading(Language language, double level) {
    return format_label(language, "{}% CI", level_percent(level));
}

std::string interval_text(const ConfidenceInterval& ci, int decimals) {
    if (!std::isfinite(ci.lower) || !std::isfinite(ci.upper)) return {};
    return "[" + fixed_number(ci.lower, decimals) + number_separator() + fixed_number(ci.upper, decimals) + "]";
}

}  // namespace jalur::report

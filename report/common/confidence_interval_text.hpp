#pragma once
// How the human-readable reports write a confidence interval and its column heading.
#include <string>

#include "engine/model/parameter_table.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// The level as a percentage without trailing zeros: 0.95 → "95", 0.9 → "90", 0.995 → "99.5".
std::string level_percent(double level);

// The column heading: "95% CI" (Indonesian "IK 95%").
std::string ci_heading(Language language, double level);

// "[0.358, 0.749]" with fixed decimals; empty when the interval is not available.
std::string interval_text(const ConfidenceInterval& ci, int decimals);

}  // namespace jalur::report

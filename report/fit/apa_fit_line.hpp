#pragma once
// The fit as APA reports it in a sentence: "χ²(35) = 38.13, p = .329; CFI = .995; TLI = .993; RMSEA = .035,
// 90% CI [.000, .092]; SRMR = .044". With a scaled test (MLM, MLMV, MLR): its χ² and the robust CFI, TLI and
// RMSEA, as robust fits are reported. The Markdown report's header and the HTML report's fit section show it.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// Empty when there is nothing to say (no χ², no index).
std::string apa_fit_line(const FitMeasures& fit, Language language);

}  // namespace jalur::report

#pragma once
// LISREL's "Goodness of Fit Statistics": for a saturated model its one message; otherwise every finite fit
// measure in LISREL 8's order and labels (NCP, F0, RMSEA, ECVI with their intervals, AIC/CAIC on the
// chi-square scale, NFI … RFI, CN, RMR, GFI …), then the lavaan-style measures LISREL does not print.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

std::string render_goodness_of_fit(const FitResult& r, Language language);

}  // namespace jalur::report

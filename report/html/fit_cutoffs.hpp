#pragma once
// The fit measures readers judge a model by, each with its usual cut-off and the source of that cut-off, cited in
// full so that a report a thesis quotes names its sources itself. The cut-offs are conventions, not tests.
#include <optional>
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

struct FitCutoff {
    std::string key;      // the field of the JSON report's "fit" object
    std::string name;     // "RMSEA", "CFI", "Chi-square p", in the report's language
    double value = kNaN;
    std::string cutoff;   // "≤ .06", "≥ .95", "> .05"; empty when there is none (AIC, BIC: compare models)
    std::string source;     // "Hu & Bentler (1999)"; empty when there is none
    std::string reference;  // the source in full, APA style: "Hu, L., & Bentler, P. M. (1999). Cutoff criteria ..."
    std::optional<bool> met;  // nullopt: no cut-off, the value is missing, or the model is saturated
};

// The measures of the catalogue's HTML table (report/common/fit_measure_catalogue.cpp), in its order: chi-square
// p, CFI, TLI, NFI, RMSEA (the upper end of its 90% interval, p-close), SRMR, GFI, AGFI, Hoelter's CN, AIC, BIC.
// A measure without a rule in fit_cutoffs.cpp has none. A saturated model (df = 0) fits perfectly by
// construction, so nothing is "met".
std::vector<FitCutoff> fit_cutoffs(const FitMeasures& fit, Language language);

}  // namespace jalur::report

#pragma once
// The text report's bootstrap section (--bootstrap): how the run went, then a row per quantity with its estimate,
// bootstrap SE, bias and the interval of the run's kind, three decimals.
//
//          Bootstrap Estimates
//  Nonparametric bootstrap, 1000 replicates (seed 1), percentile 95% intervals: 1000 used
//
//  Quantity                  Estimate  Boot. SE    Bias   95% CI
//  KEPUASAN ~ KUALITAS          0.383     0.057  -0.000   [0.265, 0.497]
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// Empty without a bootstrap; a Bollen–Stine run: how it went and its p-value (also in the goodness of fit).
std::string bootstrap_section(const FitResult& result, Language language);

}  // namespace jalur::report

#pragma once
// The HTML report's bootstrap section: how the run went, a table of every quantity (estimate, bootstrap SE, bias,
// interval), and for each defined parameter and indirect effect a small histogram of its draws with the estimate
// and the interval marked (inline SVG); Bollen–Stine's p-value.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

// Empty without a bootstrap.
std::string html_bootstrap_section(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

#pragma once
// The Markdown report's bootstrap section: how the run went, then (not for Bollen–Stine) a table of every
// quantity with its estimate, bootstrap SE, bias and interval in APA style; Bollen–Stine's p-value.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// Empty without a bootstrap.
std::string markdown_bootstrap_section(const FitResult& result, Language language);

}  // namespace jalur::report

#pragma once
// The estimate tables of the Markdown report, in APA style: one table per kind of parameter (regressions,
// loadings, variances, covariances, intercepts, defined parameters) and the table of direct, indirect and
// total effects. Columns Estimate, SE, t, p and Std. (completely standardized, lavaan's std_all); the
// estimate carries its significance marks, explained in the note under each table.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

std::string markdown_parameter_tables(const FitResult& result, Language language);

// Empty when the model has no effects (a measurement model without regressions).
std::string markdown_effects_table(const FitResult& result, Language language);

}  // namespace jalur::report

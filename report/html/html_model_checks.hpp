#pragma once
// The sections of the HTML report that are there on request, after the effects: construct reliability and
// validity (id "validity", --validity), the modification indices the text report lists (id "mi", --mi) and
// the standardized residual matrix with the large ones in bold (id "residuals", --residuals), the Wald tests of
// the equality constraints (id "wald", --wald). Each is empty
// when its ReportContext member is.
#include <string>

#include "report/fit/fit_report.hpp"

namespace jalur::report {

std::string html_validity_section(const ReportContext& context);
std::string html_modification_indices_section(const ReportContext& context);
std::string html_wald_tests_section(const ReportContext& context);
std::string html_residuals_section(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

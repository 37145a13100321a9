#pragma once
// The default report of `jalur fit`: a short header with the lavaan-style parameter table, then the
// printout a LISREL 8 user knows (Structural and Reduced Form Equations, Goodness of Fit Statistics,
// Standardized Solution, Total and Indirect Effects, W_A_R_N_I_N_G lines).
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

std::string render_text_report(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

#pragma once
// `--format markdown`: APA-style tables a thesis can paste. A header with the model, N, the estimator and
// the fit in one line (χ²(df) = …, p = …; CFI; TLI; RMSEA with its 90% CI; SRMR), then the estimate tables
// (report/markdown/markdown_estimates.hpp), R², the fit measures, what was asked for with --validity, --mi and
// --residuals (report/markdown/markdown_model_checks.hpp), and the warnings. Labels in the context's language.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

std::string render_markdown_report(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

#pragma once
// `--format markdown`: APA-style tables a thesis can paste. A header with the model, N, the estimator and
// the fit in one line (χ²(df) = …, p = …; CFI; TLI; RMSEA with its 90% CI; SRMR), then the estimate tables
// (cli/markdown_estimates.hpp), R², the fit measures, what was asked for with --validity, --mi and
// --residuals (cli/markdown_model_checks.hpp), and the warnings. Labels in the context's language.
#include <string>

#include "cli/report_format.hpp"
#include "engine/fit_result.hpp"

namespace jalur::cli {

std::string render_markdown_report(const FitResult& result, const ReportContext& context);

}  // namespace jalur::cli

#pragma once
// `--format html`: one self-contained page (no scripts, no fonts or images from the network) a reader can
// open, print or mail: the model and its data, warnings in plain words, the three path diagrams inline
// (estimates, standardized solution, t-values), the parameter tables, the effects, R², and the fit measures
// with their usual cut-offs and sources, and on request construct validity, modification indices and the
// standardized residuals (report/html/html_model_checks.hpp). Labels follow ReportContext::language.
#include <string>

#include "report/fit/fit_report.hpp"

namespace jalur::report {

std::string render_html_report(const FitResult& result, const ReportContext& context);

}  // namespace jalur::report

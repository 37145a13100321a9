#pragma once
// A fitted model as LISREL draws it, in Graphviz's DOT language: observed variables as boxes, latent
// variables as ellipses, causal order from left to right, single-headed arrows with their values, error
// variances as short straight arrows into the endogenous variables, covariances as dashed double-headed arcs on
// the outer side (covariance_arcs.hpp), values whose |t| < 1.96 in red, and LISREL's fit footer
// ("Chi-Square=0.00, df=0, P-value=1.00000, RMSEA=0.000") above the estimator.
#include <optional>
#include <string>
#include <string_view>

#include "engine/results/fit_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// What the arrows show: LISREL's Estimates, Standardized Solution or T-values.
enum class DiagramValues { Estimates, Standardized, TValues };

// "estimates", "standardized" or "tvalues"; nullopt for anything else.
std::optional<DiagramValues> parse_diagram_values(std::string_view name);

// The diagram in DOT with every position fixed (Graphviz lays it out once to place the variables; see the .cpp);
// the footer's labels in the language.
std::string path_diagram_dot(const FitResult& result, DiagramValues values, Language language = Language::English);

}  // namespace jalur::report

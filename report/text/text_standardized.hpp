#pragma once
// The end of the text report: LISREL's "Standardized Solution" (LAMBDA, BETA, GAMMA, the fitted correlations,
// PSI, the standardized regression of Y on X), then "Total and Indirect Effects" and their standardized
// counterparts.
#include <string>

#include "engine/results/fit_result.hpp"
#include "report/text/text_variables.hpp"

namespace jalur::report {

std::string render_standardized_solution_and_effects(const FitResult& r, const Variables& v, Language language);

}  // namespace jalur::report

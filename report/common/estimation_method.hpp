#pragma once
// An estimator as LISREL names it in its output ("LISREL Estimates (Generalized Least Squares)"): the same
// words in every language, as Indonesian theses quote LISREL.
#include <string_view>

#include "engine/estimation/estimation_options.hpp"

namespace jalur::report {

std::string_view estimation_method_name(Estimator estimator);  // "Maximum Likelihood", …

}  // namespace jalur::report

#pragma once
// An estimator as LISREL names it in its output ("LISREL Estimates (Generalized Least Squares)"): the same
// words in every language, as Indonesian theses quote LISREL.
#include <string_view>

#include "engine/estimation/estimation_options.hpp"

namespace jalur::report {

std::string_view estimation_method_name(Estimator estimator);  // "Maximum Likelihood", …

// LISREL's label of a scaled chi-square by lavaan's name of the test ("Satorra-Bentler Scaled Chi-Square"), in
// English: report_language translates it.
std::string_view scaled_chi_square_label(std::string_view test);

}  // namespace jalur::report

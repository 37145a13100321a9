#pragma once
// The fit measures by name: every field of FitMeasures with its stable name, the key of the JSON report's "fit"
// object and of the CSV table `fit`. The engine names and computes; the labels, kinds and digits of the reports
// are in report/common/fit_measure_catalogue.cpp. A new measure is a field of FitMeasures, computed in
// compute_fit_measures, named here, and labelled there.
#include <string_view>
#include <vector>

#include "engine/results/fit_result.hpp"

namespace jalur {

struct NamedFitMeasure {
    std::string_view name;
    double value = kNaN;  // the counts (df, npar, ...) too: they are exact in a double
};

// Every measure; those of a scaled test (chisq_scaled, cfi_robust, …) only when the fit has one.
std::vector<NamedFitMeasure> named_fit_measures(const FitMeasures& fit);
// The measures of every fit, without a scaled test's.
std::vector<NamedFitMeasure> plain_measures(const FitMeasures& fit);
// True for the name of a scaled test's measure.
bool is_scaled_measure(std::string_view name);

// The value of the measure called `name` (NaN for a scaled test's measure of a fit without one);
// std::logic_error for a name that is not in the list (a bug).
double fit_measure(const FitMeasures& fit, std::string_view name);

}  // namespace jalur

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

std::vector<NamedFitMeasure> named_fit_measures(const FitMeasures& fit);

// The value of the measure called `name`; std::logic_error for a name that is not in the list (a bug).
double fit_measure(const FitMeasures& fit, std::string_view name);

}  // namespace jalur

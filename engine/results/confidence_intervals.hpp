#pragma once
// Wald confidence intervals, est ± z_{(1+level)/2} · se, as lavaan's parameterEstimates(level = ) and
// standardizedSolution(level = ) give them: for every free and defined parameter, every effect and every
// standardized value that has a standard error.
#include "engine/results/fit_result.hpp"

namespace jalur {

// The interval at `level` (strictly between 0 and 1); NaN bounds when est or se is not a finite number.
ConfidenceInterval wald_interval(double est, double se, double level);

// Fills the intervals of the table's rows (none for a fixed row: it has no sampling variability), the effects
// and the reduced form at `level`, and records the level in the result.
void add_confidence_intervals(FitResult& result, double level);

}  // namespace jalur

#pragma once
// RMSEA with its 90% interval and close-fit p-value, as lavaan 0.6 computes them (lav_fit_rmsea, _ci,
// _closefit), for the standard test and for a scaled test's scaled and robust forms (Brosseau-Liard, Savalei &
// Li 2012): RMSEA = √max(χ²/(n·df) − ĉ/n, 0); the interval solves P(χ²(df, λ) ≤ X) = .95 and .05 for λ,
// RMSEA = √(ĉ·λ/(n·df)); the p-value is P(χ²(df, n·df·.05²/ĉ) > X).
#include "engine/model/parameter_table.hpp"

namespace jalur {

struct Rmsea {
    double rmsea = kNaN, ci_lower = kNaN, ci_upper = kNaN, pvalue = kNaN;
    double ncp_lower = kNaN, ncp_upper = kNaN;  // the interval's λ bounds (0 when df = 0)
};

// `x2` and `c` give the value; `x2_interval` and `c_interval` the interval and the p-value (the same for the
// standard and the scaled form; the robust form takes the scaled statistic there). df may be fractional (a
// scaled test's tr(UΓ)). Where Boost gives up (extreme χ² or n) the interval and p are NaN.
Rmsea rmsea_of(double x2, double df, double n, double c = 1, double x2_interval = kNaN, double c_interval = 1);

// P(χ²(df) ≤ x) and P(χ²(df, λ) ≤ x) in double precision.
double noncentral_cdf(double x, double df, double lambda);

}  // namespace jalur

#pragma once
// The incremental fit indices, which compare the model's χ² with the baseline model's, as lavaan 0.6 computes
// them (lav_fit_cfi and its siblings): for the standard test, for a scaled test's statistics ("*.scaled"), and
// robust (Brosseau-Liard & Savalei 2014: "*.robust", the unscaled statistics less ĉ·df instead of df).
#include "engine/model/parameter_table.hpp"

namespace jalur {

struct IncrementalIndices {
    double cfi = kNaN, tli = kNaN, nfi = kNaN, rfi = kNaN, ifi = kNaN, rni = kNaN, pnfi = kNaN;
};

// χ² x2 on df against the baseline's x20 on df0; `c` and `c0` the scaling factors ĉ of the robust indices (1
// otherwise: then lavaan's plain formulas, and so when either is 1). NFI, RFI, IFI and PNFI have no robust form:
// NaN when c or c0 is not 1. NFI and RFI are NaN when the baseline is not simpler (df > df0), as lavaan's; the
// others are computed whatever the dfs (a mean-and-variance adjusted test's are fractional, the baseline's
// smaller). All NaN when a χ² or a scaling factor is not available.
IncrementalIndices incremental_indices(double x2, double df, double x20, double df0, double c = 1, double c0 = 1);

}  // namespace jalur

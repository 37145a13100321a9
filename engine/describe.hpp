#pragma once
// Stage 4 of a fit: describe. From θ̂ and its covariance, everything a report reads: estimates with SEs, z
// and p in the table, the standardized solution, defined parameters, effects, R², the reduced form, the fit
// measures and the warnings a reader must see.
#include "engine/estimate.hpp"
#include "engine/fit_result.hpp"
#include "engine/infer.hpp"
#include "engine/prepare.hpp"

namespace jalur {

// For a converged estimation. Throws NumericalError when θ̂ gives a singular I − A (not for a converged fit).
FitResult describe(const PreparedProblem& problem, const Estimation& estimation, const Inference& inference);

}  // namespace jalur

#pragma once
// Stage 4 of a fit: describe. From θ̂ and its covariance, everything a report reads: estimates with SEs, z
// and p in the table, the standardized solution, defined parameters, effects, R², the reduced form, the fit
// measures and the warnings a reader must see.
#include "engine/estimation/estimate.hpp"
#include "engine/results/fit_result.hpp"
#include "engine/inference/infer.hpp"
#include "engine/model/prepare.hpp"

namespace jalur {

// For a converged estimation; the workspace's implied moments are set to θ̂. Throws NumericalError when θ̂
// gives a singular I − A (not for a converged fit).
[[nodiscard]] FitResult describe(const PreparedProblem& problem, EstimationWorkspace& workspace,
                                 const Estimation& estimation, const Inference& inference);
// The same, taking the problem's table and sample moments instead of copying them: the problem keeps only its
// model and defined parameters, enough for the workspace. fit_model's.
[[nodiscard]] FitResult describe(PreparedProblem&& problem, EstimationWorkspace& workspace,
                                 const Estimation& estimation, const Inference& inference);

}  // namespace jalur

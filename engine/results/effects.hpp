#pragma once
// Direct, indirect and total effects (sem-numerics §5): T = (I − A)⁻¹ − I, indirect = T − A, with
// delta-method SEs from ∂T_ij/∂a_kl = B_ik B_lj, and LISREL's reduced form and R².
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "engine/model/implied_moments.hpp"

namespace jalur {

// Variables in causal order: each after every variable with a path to it (data order among equals).
std::vector<int> causal_order(const RamModel& model);

// Every ordered pair (from, to) joined by a directed path, in causal order; in a non-recursive model also
// (v, v) for a variable on a feedback loop, its effect on itself (LISREL's diagonal of the Total Effects of Y on Y).
[[nodiscard]] std::vector<Effect> compute_effects(const ImpliedMoments& implied, const Eigen::MatrixXd& vcov);

// R² = 1 − ψ_yy / σ_yy for every endogenous variable.
std::vector<std::pair<std::string, double>> explained_variance(const ImpliedMoments& implied,
                                                               const std::vector<std::string>& endogenous);

// Each endogenous variable on the exogenous ones (total effects), with the error variance of that
// equation, [B Ψ Bᵀ]_yy over the endogenous disturbances, and its R².
std::vector<ReducedFormEquation> reduced_form(const ImpliedMoments& implied, const std::vector<Effect>& effects,
                                              const std::vector<std::string>& endogenous,
                                              const std::vector<std::string>& exogenous);

}  // namespace jalur

#pragma once
// Modification indices (sem-numerics §6, as lavaan's modindices()): for each parameter the model fixes,
// at zero or at a value, the score test of freeing it, MI = N·g²/V (N observations, as lavaan, also under the Wishart
// likelihood) with g the gradient of ½F and
// V = I₁₁ − I₁₂ I₂₂⁻¹ I₂₁ from the expected information of the model with that parameter added;
// the expected parameter change EPC = −g/V, and EPC standardized as std.lv and std.all.
// Candidates are lavaan's: every row the model fixes (a marker, a fixed variance, mean or intercept, in the
// table's order; lavaan's all.free), then loadings of every factor on every observed variable outside the regressions,
// residual covariances among indicators and among exogenous observed variables, covariances among latent
// variables, regressions among the variables of the regressions; a candidate whose V vanishes (freeing it
// would leave the model unidentified) is left out.
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "engine/progress.hpp"

namespace jalur {

struct ModificationIndex {
    std::string lhs;
    Op op = Op::Covariance;
    std::string rhs;
    double mi = kNaN;
    double epc = kNaN;
    double sepc_lv = kNaN;
    double sepc_all = kNaN;
};

// For a converged fit; in lavaan's order (loadings, covariances, regressions). Reports to `progress` the
// rows of the extended model's information against the model's own parameters ("modification indices 1/2")
// and the score tests ("modification indices 2/2", one step per candidate). Short names: a progress line must fit 80 columns.
// Throws InputError for a model with constraints (not supported yet).
[[nodiscard]] std::vector<ModificationIndex> modification_indices(const FitResult& fit, Progress* progress = nullptr);

}  // namespace jalur

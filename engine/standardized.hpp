#pragma once
// The standardized solution (lavaan's std.all and std.lv, sem-numerics §5), written into the table:
// with v = diag(C), a*_ij = a_ij √v_j / √v_i, s*_ii = s_ii / v_i, s*_ij = s_ij / √(s_ii s_jj).
// std.lv rescales latent variables only, so for observed variables it equals the estimate.
#include "engine/implied_moments.hpp"
#include "engine/parameter_table.hpp"

namespace jalur {

void standardize(ParameterTable& table, const ImpliedMoments& implied);

}  // namespace jalur

#pragma once
// Residual covariances S − Σ̂ as lavaan's lavResiduals()/resid() give them:
//   raw          s_ij − σ̂_ij
//   correlation  (s_ij − σ̂_ij) / √(s_ii s_jj)                      (lavaan's "cor.bentler")
//   normalized   (s_ij − σ̂_ij) / √((s_ii s_jj + s_ij²) / N)         (sampling variance of s_ij alone, Γ_S)
//   standardized (s_ij − σ̂_ij) / √(diag(Q Γ_S Qᵀ)_ij / N)           (net of the estimation; 0 for a
//                                                                   moment the model fits by construction)
// with Γ_M the normal-theory covariance of vech(S) at M, Δ = ∂vech Σ/∂θ, I = Δᵀ Γ_Σ̂⁻¹ Δ the expected
// information and Q = I − Δ I⁻¹ Δᵀ Γ_Σ̂⁻¹ (lavaan's sandwich). GLS puts S in Σ̂'s place; WLS takes Γ = W⁻¹ from
// the cases (and its diagonal in the normalized residuals); ULS and DWLS have no standardized residuals (an
// InputError, as lavaan has none). Its cost is O(q p³ + q² p²) for q free parameters (seconds for p = 200): ask
// for it, don't compute it on every fit.
#include <Eigen/Dense>

#include "engine/results/fit_result.hpp"
#include "engine/progress.hpp"

namespace jalur {

struct Residuals {
    Eigen::MatrixXd raw;
    Eigen::MatrixXd correlation;
    Eigen::MatrixXd normalized;
    Eigen::MatrixXd standardized;
};

// Reports to `progress` its preparation ("residuals: preparing", no count) and then one step per free
// parameter ("residuals": the rows of Δᵀ Γ_Σ̂⁻¹ Γ_S, O(p³) each).
[[nodiscard]] Residuals compute_residuals(const FitResult& fit, Progress* progress = nullptr);

}  // namespace jalur

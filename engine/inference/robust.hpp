#pragma once
// Robust ML inference from the cases (lavaan's se = "robust.sem" / "robust.huber.white" and its scaled tests),
// through the centred rows: Γ, the p* × p* asymptotic covariance of the moments, is never formed. With
// z_i the moments of case i and A₁ the normal-theory weight at Σ̂, the casewise scores g_i = ΔᵀA₁(z_i − z̄) are
// a rank-one chain rule each (O(p·m) per case); the sandwich's meat is GᵀG/N, and the traces of UΓ,
// U = A₁ − A₁ΔE⁻¹ΔᵀA₁, follow from them and from N×N products of the rows (estimation-notes §2.4–2.5).
#include <Eigen/Dense>

#include "engine/estimation/estimate.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/model/prepare.hpp"

namespace jalur {

// What the robust standard errors and the scaled tests need, at θ̂ of an ML fit to raw rows.
struct RobustParts {
    Eigen::MatrixXd vcov;   // the sandwich, divided by n (empty for VcovKind::Expected)
    ScalingTraces traces;   // those the scaled tests asked for
};

// `bread_expected`: the inverse of the unit expected information, as the standard SEs use it (constrained
// directions applied); computed here for the observed information when the vcov kind or a test needs it.
RobustParts robust_parts(const PreparedProblem& problem, EstimationWorkspace& workspace,
                         const Eigen::VectorXd& theta, const Eigen::MatrixXd& bread_expected);

// ∂ log L_i / ∂θ's rank-one part for every case: row i is tr(Σ_k · ½ w_i w_iᵀ) + (∂μ/∂θ_k)ᵀ w_i for each
// free θ_k, with w_i the rows of W (N × p). Needs the implied moments' covariances of all variables.
Eigen::MatrixXd casewise_gradients(const ImpliedMoments& implied, const Eigen::MatrixXd& W);

}  // namespace jalur

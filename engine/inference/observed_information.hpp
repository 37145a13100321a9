#pragma once
// The unit observed information of ML: H = ½ ∂²F/∂θ² at θ (F = −2 log L / N + const), what lavaan's
// information = "observed" inverts, for MLR's sandwich and for standard errors on request.
#include <Eigen/Dense>

#include "engine/model/implied_moments.hpp"

namespace jalur {

// H = ½ ∂²F/∂θ² of the ML discrepancy F = log|Σ| + tr(SΣ⁻¹) − log|S| − p (+ (ȳ − μ)ᵀΣ⁻¹(ȳ − μ)), in closed
// form (sem-numerics §1's chain rule differentiated once more; observed_information.cpp derives it), at the
// implied moments of the last update (with the covariances of all variables: ModelObjective::moments_at), for
// the sample covariance S and, with a mean structure, the sample means ȳ. Throws NumericalError when Σ is not
// positive definite there.
Eigen::MatrixXd observed_information(const ImpliedMoments& implied, const Eigen::MatrixXd& sample_covariance,
                                     const Eigen::VectorXd& sample_means);

}  // namespace jalur

#pragma once
// The unit observed information of ML: H = ½ ∂²F/∂θ² at θ (F = −2 log L / N + const), what lavaan's
// information = "observed" inverts, for MLR's sandwich and for standard errors on request.
#include <Eigen/Dense>

#include "engine/model/prepare.hpp"

namespace jalur {

// H = ½ ∂²F/∂θ², the unit observed information of ML (F = −2 log L / N + const), by central differences of the
// analytic gradient: an error of O(h²) ≈ 1e-10 relative, far below what the standard errors show. The columns
// on all cores, each thread with its own objective; a column depends on θ and k alone, so H is the same bit for
// bit for any number of threads.
// Throws NumericalError when the model is not defined next to θ.
Eigen::MatrixXd observed_information(const PreparedProblem& problem, const Eigen::VectorXd& theta);

}  // namespace jalur

#pragma once
// Stage 3 of a fit: infer. The sampling covariance of θ̂ from the expected information (with the
// discrepancy's weight), divided by the n of inference. Later stages add other kinds (observed, sandwich,
// bootstrap) and the test statistics here.
#include <Eigen/Dense>

#include "engine/estimation/estimate.hpp"
#include "engine/model/prepare.hpp"
#include "engine/progress.hpp"

namespace jalur {

struct Inference {
    Eigen::MatrixXd vcov;  // covariance matrix of the free parameters
};

// At θ̂ (of a converged estimation). Throws IdentificationError when the information matrix is singular,
// naming the parameters that span its null space. Reports the entries of the information to `progress`
// ("standard errors").
Inference infer(const PreparedProblem& problem, EstimationWorkspace& workspace, const Eigen::VectorXd& theta,
                Progress* progress = nullptr);

}  // namespace jalur

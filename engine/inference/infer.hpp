#pragma once
// Stage 3 of a fit: infer. The sampling covariance of θ̂ of the kind EstimationOptions::vcov names (the expected
// information with the discrepancy's weight, divided by the n of inference: the one kind today) and the tests
// EstimationOptions::tests asks for.
#include <Eigen/Dense>
#include <vector>

#include "engine/estimation/estimate.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/model/prepare.hpp"
#include "engine/progress.hpp"

namespace jalur {

struct Inference {
    Eigen::MatrixXd vcov;          // covariance matrix of the free parameters
    std::vector<ModelTest> tests;  // in the order of EstimationOptions::tests
};

// At θ̂ of a converged estimation. Throws IdentificationError when the information matrix is singular, naming
// the parameters that span its null space. Reports the entries of the information to `progress` ("standard
// errors").
[[nodiscard]] Inference infer(const PreparedProblem& problem, EstimationWorkspace& workspace,
                              const Estimation& estimation, Progress* progress = nullptr);

// The inverse of a unit information matrix `full` (q × q) at θ; under constraints, in the directions B they
// leave free and back to θ by B (lavaan's augmented information gives the same). Throws IdentificationError,
// naming the parameters of its null space, when it is singular there.
Eigen::MatrixXd information_inverse(const PreparedProblem& problem, const Eigen::MatrixXd& full,
                                    const Eigen::VectorXd& theta);

// Sample moments minus free parameters, plus the independent linear equality constraints.
int degrees_of_freedom(const PreparedProblem& problem);

}  // namespace jalur

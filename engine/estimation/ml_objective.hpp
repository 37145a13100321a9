#pragma once
// The ML objective: a ModelObjective with the ML discrepancy (engine/estimation/ml_discrepancy.hpp), for the code and
// tests that fit by maximum likelihood without choosing an estimator.
#include <memory>

#include "engine/estimation/ml_discrepancy.hpp"
#include "engine/estimation/model_objective.hpp"

namespace jalur {

class MlObjective final : public ModelObjective {
public:
    // `sample_covariance` positive definite; `sample_means` ȳ when model.has_means, empty otherwise.
    MlObjective(const RamModel& model, const Eigen::MatrixXd& sample_covariance, const Eigen::VectorXd& sample_means = {})
        : ModelObjective(model, std::make_unique<MlDiscrepancy>(sample_covariance, sample_means)) {}
};

}  // namespace jalur

#pragma once
// The objective the optimizer sees: implied moments + a discrepancy. θ → Σ(θ), μ(θ) → F and ∂F/∂Σ, ∂F/∂μ →
// ∂F/∂θ by the RAM chain rule (ImpliedMoments::chain_rule). The same for every estimator; only the
// discrepancy changes. A per-thread workspace over a model it does not own: evaluate() allocates nothing after
// its first call.
#include <Eigen/Dense>
#include <memory>

#include "engine/estimation/discrepancy.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/inference/information.hpp"
#include "engine/estimation/optimizer.hpp"
#include "engine/model/ram_model.hpp"

namespace jalur {

class ModelObjective : public Objective {
public:
    // Throws std::invalid_argument when the model's mean structure and the discrepancy's disagree.
    ModelObjective(const RamModel& model, std::unique_ptr<Discrepancy> discrepancy);

    int dimension() const override { return model_->parameter_count; }
    [[nodiscard]] bool evaluate(const Eigen::VectorXd& theta, double* value, Eigen::VectorXd* gradient) override;

    // The implied moments of the last evaluate() or moments_at() call, and the discrepancy of the last evaluate().
    const ImpliedMoments& implied() const { return implied_; }
    const Discrepancy& discrepancy() const { return *discrepancy_; }
    // For F at other moments of the same sample (the baseline's Σ₀): its buffers are allocated and S factored.
    // The next evaluate() recomputes everything, so nothing of such a call stays behind.
    Discrepancy& discrepancy() { return *discrepancy_; }

    // The implied moments at θ, the covariances of all variables included (for the information and the
    // results at θ̂); computed only as far as the last evaluation or call at the same θ has not. Throws
    // NumericalError when I − A is singular at θ.
    const ImpliedMoments& moments_at(const Eigen::VectorXd& theta);

    // The unit expected information at θ, with the discrepancy's weight, and its leading columns (for the
    // score tests).
    Eigen::MatrixXd expected_information(const Eigen::VectorXd& theta, Progress* progress = nullptr);
    InformationColumns information_columns(const Eigen::VectorXd& theta, int columns, Progress* progress = nullptr);

private:
    const RamModel* model_;
    ImpliedMoments implied_;
    std::unique_ptr<Discrepancy> discrepancy_;
};

}  // namespace jalur

#pragma once
// The objective over φ of linear equality constraints θ = θ₀ + K φ (engine/model/constraints.hpp): F(θ₀ + K φ)
// with the gradient Kᵀ ∇F and the expected information Kᵀ I K. The optimizer and Fisher scoring see an ordinary
// objective of fewer parameters; models without constraints never build one.
#include <Eigen/Dense>

#include "engine/estimation/model_objective.hpp"
#include "engine/model/constraints.hpp"

namespace jalur {

class ReducedObjective final : public Objective {
public:
    // Both must outlive this.
    ReducedObjective(ModelObjective& full, const LinearEqualities& equalities) : full_(&full), eq_(&equalities) {}

    int dimension() const override { return static_cast<int>(eq_->K.cols()); }
    [[nodiscard]] bool evaluate(const Eigen::VectorXd& phi, double* value, Eigen::VectorXd* gradient) override {
        theta_.noalias() = eq_->K * phi;
        theta_ += eq_->theta0;
        if (!full_->evaluate(theta_, value, gradient ? &full_gradient_ : nullptr)) return false;
        if (gradient) gradient->noalias() = eq_->K.transpose() * full_gradient_;
        return true;
    }
    Eigen::MatrixXd expected_information(const Eigen::VectorXd& phi) {
        return eq_->K.transpose() * full_->expected_information(eq_->theta(phi)) * eq_->K;
    }

private:
    ModelObjective* full_;
    const LinearEqualities* eq_;
    Eigen::VectorXd theta_, full_gradient_;
};

}  // namespace jalur

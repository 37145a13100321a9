#include "engine/estimation/model_objective.hpp"

#include <stdexcept>

#include "engine/errors.hpp"

namespace jalur {

ModelObjective::ModelObjective(const RamModel& model, std::unique_ptr<Discrepancy> discrepancy)
    : model_(&model), implied_(model), discrepancy_(std::move(discrepancy)) {
    if (model.has_means != discrepancy_->has_means())
        throw std::invalid_argument(model.has_means ? "ModelObjective: a mean structure needs the sample means of the observed variables"
                                                    : "ModelObjective: sample means given to a model without a mean structure");
}

bool ModelObjective::evaluate(const Eigen::VectorXd& theta, double* value, Eigen::VectorXd* gradient) {
    if (!implied_.update(theta)) return false;
    double f = 0;
    if (!discrepancy_->evaluate(implied_.sigma(), implied_.mu(), f, gradient != nullptr)) return false;
    if (value) *value = f;
    if (gradient) implied_.chain_rule(discrepancy_->d_sigma(), discrepancy_->d_mu(), *gradient);
    return true;
}

const ImpliedMoments& ModelObjective::moments_at(const Eigen::VectorXd& theta) {
    if (!implied_.is_at(theta) && !implied_.update(theta))
        throw NumericalError("the estimates give a singular I - A (a feedback loop with unit gain), expected the"
                             " estimates of a converged fit");
    if (!implied_.has_all_covariances()) implied_.compute_all_covariances();
    return implied_;
}

Eigen::MatrixXd ModelObjective::expected_information(const Eigen::VectorXd& theta, Progress* progress) {
    const ImpliedMoments& implied = moments_at(theta);
    if (const MomentWeight* weight = discrepancy_->moment_weight()) return jalur::expected_information(implied, *weight);
    return jalur::expected_information(implied, discrepancy_->weight_covariance(implied), progress);
}

InformationColumns ModelObjective::information_columns(const Eigen::VectorXd& theta, int columns, Progress* progress) {
    const ImpliedMoments& implied = moments_at(theta);
    if (discrepancy_->moment_weight())
        throw std::logic_error("information_columns: the score tests need a normal-theory weight");
    return jalur::information_columns(implied, discrepancy_->weight_covariance(implied), columns, progress);
}

}  // namespace jalur

#include "engine/model_objective.hpp"

#include <stdexcept>

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

Eigen::MatrixXd ModelObjective::expected_information(Progress* progress) {
    implied_.compute_all_covariances();
    return jalur::expected_information(implied_, discrepancy_->weight_covariance(implied_), progress);
}

InformationColumns ModelObjective::information_columns(int columns, Progress* progress) {
    implied_.compute_all_covariances();
    return jalur::information_columns(implied_, discrepancy_->weight_covariance(implied_), columns, progress);
}

}  // namespace jalur

#include "engine/estimation/estimator.hpp"

#include "engine/estimation/ml_discrepancy.hpp"

namespace jalur {

std::unique_ptr<Discrepancy> make_discrepancy(Estimator estimator, const Eigen::MatrixXd& sample_covariance,
                                              const Eigen::VectorXd& sample_means) {
    switch (estimator) {
        case Estimator::ML: return std::make_unique<MlDiscrepancy>(sample_covariance, sample_means);
    }
    return nullptr;  // not reached: every estimator has its case above
}

}  // namespace jalur

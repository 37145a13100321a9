#include "engine/estimation/discrepancy.hpp"

#include <stdexcept>

namespace jalur {

const Eigen::MatrixXd& Discrepancy::weight_covariance(const ImpliedMoments&) const {
    throw std::logic_error("weight_covariance: this discrepancy weighs the moments themselves (moment_weight)");
}

}  // namespace jalur

#include "engine/wald.hpp"

#include <cmath>

namespace jalur {

double two_sided_pvalue(double z) { return std::erfc(std::abs(z) / std::sqrt(2.0)); }

Estimate wald_estimate(double est, double se, double std_all) {
    Estimate e;
    e.est = est;
    e.se = se;
    e.std_all = std_all;
    if (se > 0) {
        e.z = est / se;
        e.pvalue = two_sided_pvalue(e.z);
    }
    return e;
}

double delta_se(const Eigen::VectorXd& gradient, const Eigen::MatrixXd& vcov) {
    const double v = gradient.dot(vcov * gradient);
    return v > 0 ? std::sqrt(v) : 0.0;
}

}  // namespace jalur

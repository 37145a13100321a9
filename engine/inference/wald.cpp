#include "engine/inference/wald.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

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
    // gᵀVg column by column, with the same sum over |g| |V| |g| that bounds its rounding error: no temporaries, as
    // the standardized solution and the effects call this for every row.
    double v = 0, magnitude = 0;
    for (Eigen::Index j = 0; j < gradient.size(); ++j) {
        v += gradient[j] * vcov.col(j).dot(gradient);
        magnitude += std::abs(gradient[j]) * vcov.col(j).cwiseAbs().dot(gradient.cwiseAbs());
    }
    if (!std::isfinite(v)) return kNaN;
    // gᵀVg of a positive definite V is ≥ 0; a negative value within the rounding error of the sum is zero,
    // one beyond it means V is not a covariance matrix along g and there is no standard error to give.
    const double rounding = 2.0 * static_cast<double>(gradient.size() + 1) * std::numeric_limits<double>::epsilon() *
                            magnitude;
    if (v < -rounding) return kNaN;
    return std::sqrt(std::max(v, 0.0));
}

}  // namespace jalur

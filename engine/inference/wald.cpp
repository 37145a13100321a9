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
    // gᵀVg column by column, without temporaries: the standardized solution and the effects call this for every row.
    double v = 0;
    for (Eigen::Index j = 0; j < gradient.size(); ++j) v += gradient[j] * vcov.col(j).dot(gradient);
    if (!std::isfinite(v)) return kNaN;
    if (v >= 0) return std::sqrt(v);
    // gᵀVg of a positive definite V is ≥ 0; a negative value within the rounding error of the sum (bounded by
    // |g|ᵀ|V||g|) is zero, one beyond it means V is not a covariance matrix along g: no standard error to give.
    double magnitude = 0;
    for (Eigen::Index j = 0; j < gradient.size(); ++j)
        magnitude += std::abs(gradient[j]) * vcov.col(j).cwiseAbs().dot(gradient.cwiseAbs());
    const double rounding = 2.0 * static_cast<double>(gradient.size() + 1) * std::numeric_limits<double>::epsilon() *
                            magnitude;
    return v < -rounding ? kNaN : 0.0;
}

}  // namespace jalur

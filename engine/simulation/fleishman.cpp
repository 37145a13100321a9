#include "engine/simulation/fleishman.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <vector>

namespace jalur {
namespace {

// The three equations' residuals at x = (b, c, d) and their Jacobian.
Eigen::Vector3d residuals(const Eigen::Vector3d& x, double skewness, double kurtosis) {
    const double b = x(0), c = x(1), d = x(2);
    return {b * b + 6 * b * d + 2 * c * c + 15 * d * d - 1,
            2 * c * (b * b + 24 * b * d + 105 * d * d + 2) - skewness,
            24 * (b * d + c * c * (1 + b * b + 28 * b * d) + d * d * (12 + 48 * b * d + 141 * c * c + 225 * d * d)) -
                kurtosis};
}

Eigen::Matrix3d jacobian(const Eigen::Vector3d& x) {
    const double b = x(0), c = x(1), d = x(2);
    Eigen::Matrix3d j;
    j << 2 * b + 6 * d, 4 * c, 6 * b + 30 * d,                                                  //
        2 * c * (2 * b + 24 * d), 2 * (b * b + 24 * b * d + 105 * d * d + 2), 2 * c * (24 * b + 210 * d),  //
        24 * (d + c * c * (2 * b + 28 * d) + 48 * d * d * d),                                    //
        24 * (2 * c * (1 + b * b + 28 * b * d) + 282 * c * d * d),                               //
        24 * (b + 28 * b * c * c + 2 * d * (12 + 48 * b * d + 141 * c * c + 225 * d * d) + d * d * (48 * b + 450 * d));
    return j;
}

}  // namespace

std::optional<FleishmanPolynomial> fleishman_polynomial(double skewness, double excess_kurtosis) {
    if (!std::isfinite(skewness) || !std::isfinite(excess_kurtosis)) return std::nullopt;
    Eigen::Vector3d x(1, 0, 0);
    Eigen::Vector3d f = residuals(x, skewness, excess_kurtosis);
    // Damped Newton: halve the step until the squared residual falls (the system is smooth, and from (1, 0, 0)
    // the full step is taken after the first few iterations).
    for (int iteration = 0; iteration < 200 && f.lpNorm<Eigen::Infinity>() > 1e-15; ++iteration) {
        const Eigen::Matrix3d j = jacobian(x);
        const Eigen::Vector3d step = j.fullPivLu().solve(-f);
        if (!step.allFinite()) break;
        double scale = 1;
        Eigen::Vector3d trial = x + step;
        Eigen::Vector3d trial_f = residuals(trial, skewness, excess_kurtosis);
        while (!(trial_f.squaredNorm() < f.squaredNorm()) && scale > 1e-10) {
            scale /= 2;
            trial = x + scale * step;
            trial_f = residuals(trial, skewness, excess_kurtosis);
        }
        if (!(trial_f.squaredNorm() < f.squaredNorm())) break;  // stuck at a minimum of the residual above 0
        x = trial;
        f = trial_f;
    }
    if (!(f.lpNorm<Eigen::Infinity>() <= 1e-12)) return std::nullopt;
    return FleishmanPolynomial{-x(1), x(0), x(1), x(2)};
}

std::optional<double> intermediate_correlation(const FleishmanPolynomial& first, const FleishmanPolynomial& second,
                                               double r) {
    if (r == 0) return 0.0;  // ρ = 0 is always a root, and the nearest
    const double linear = first.b * second.b + 3 * first.b * second.d + 3 * first.d * second.b +
                          9 * first.d * second.d;
    const double quadratic = 2 * first.c * second.c, cubic = 6 * first.d * second.d;
    const auto g = [&](double rho) { return rho * (linear + rho * (quadratic + rho * cubic)) - r; };
    // The cubic is monotone between its critical points (the roots of g'): bisect each monotone piece of
    // [−1, 1] whose ends differ in sign, to full precision.
    std::vector<double> ends{-1.0, 1.0};
    const double qa = 3 * cubic, qb = 2 * quadratic, qc = linear;
    if (qa != 0) {
        const double discriminant = qb * qb - 4 * qa * qc;
        if (discriminant > 0) {
            const double root = std::sqrt(discriminant);
            for (const double critical : {(-qb - root) / (2 * qa), (-qb + root) / (2 * qa)})
                if (critical > -1 && critical < 1) ends.push_back(critical);
        }
    } else if (qb != 0 && -qc / qb > -1 && -qc / qb < 1) {
        ends.push_back(-qc / qb);
    }
    std::sort(ends.begin(), ends.end());
    std::optional<double> nearest;
    for (std::size_t k = 0; k + 1 < ends.size(); ++k) {
        double lo = ends[k], hi = ends[k + 1];
        double g_lo = g(lo);
        const double g_hi = g(hi);
        if (g_lo == 0 || g_hi == 0) {
            const double root = g_lo == 0 ? lo : hi;
            if (!nearest || std::abs(root - r) < std::abs(*nearest - r)) nearest = root;
            continue;
        }
        if ((g_lo < 0) == (g_hi < 0)) continue;
        for (int step = 0; step < 200 && hi - lo > 0; ++step) {
            const double mid = lo + (hi - lo) / 2;
            if (mid == lo || mid == hi) break;
            const double g_mid = g(mid);
            if ((g_mid < 0) == (g_lo < 0)) {
                lo = mid;
                g_lo = g_mid;
            } else {
                hi = mid;
            }
        }
        const double root = lo + (hi - lo) / 2;
        if (!nearest || std::abs(root - r) < std::abs(*nearest - r)) nearest = root;
    }
    return nearest;
}

}  // namespace jalur

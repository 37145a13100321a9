#include "engine/resampling/bootstrap_intervals.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>

namespace jalur {

namespace {

using Normal = boost::math::normal_distribution<double>;

double phi_inverse(double p) {
    if (!(p > 0)) return -std::numeric_limits<double>::infinity();
    if (!(p < 1)) return std::numeric_limits<double>::infinity();
    return boost::math::quantile(Normal(), p);
}
double phi(double z) { return boost::math::cdf(Normal(), z); }

// BCa's limits for z0 (the bias correction) and a (the acceleration): the quantiles Φ(z0 + (z0 + z)/(1 − a(z0 + z))).
ConfidenceInterval bias_corrected(const std::vector<double>& sorted, double z0, double a, double level) {
    ConfidenceInterval ci;
    if (!std::isfinite(z0) || !std::isfinite(a)) return ci;
    auto limit = [&](double alpha) {
        const double z = phi_inverse(alpha);
        return normal_scale_quantile(sorted, phi(z0 + (z0 + z) / (1 - a * (z0 + z))));
    };
    ci.lower = limit((1 - level) / 2);
    ci.upper = limit((1 + level) / 2);
    return ci;
}

}  // namespace

ConfidenceInterval interval_of(const BootstrapSummary& summary, BootstrapInterval kind) {
    switch (kind) {
        case BootstrapInterval::Percentile: return summary.percentile;
        case BootstrapInterval::BCa: return summary.bca;
        case BootstrapInterval::BCaSimple: return summary.bca_simple;
        case BootstrapInterval::Basic: return summary.basic;
        case BootstrapInterval::Normal: return summary.normal;
    }
    return summary.percentile;
}

double normal_scale_quantile(const std::vector<double>& sorted, double alpha) {
    const auto B = static_cast<double>(sorted.size());
    if (sorted.empty() || !std::isfinite(alpha)) return kNaN;
    const double rk = (B + 1) * alpha;
    const double k = std::trunc(rk);
    if (k <= 0) return sorted.front();
    if (k >= B) return sorted.back();
    const auto i = static_cast<std::size_t>(k) - 1;  // t_(k), 1-based
    if (k == rk) return sorted[i];
    const double z = phi_inverse(alpha), zk = phi_inverse(k / (B + 1)), zk1 = phi_inverse((k + 1) / (B + 1));
    return sorted[i] + (z - zk) / (zk1 - zk) * (sorted[i + 1] - sorted[i]);
}

BootstrapSummary summarize_draws(double estimate, const Eigen::Ref<const Eigen::VectorXd>& draws, double level,
                                 double acceleration, SeDivisor divisor) {
    std::vector<double> t;
    t.reserve(static_cast<std::size_t>(draws.size()));
    for (const double v : draws)
        if (std::isfinite(v)) t.push_back(v);
    BootstrapSummary s;
    s.replicates = static_cast<int>(t.size());
    if (t.empty()) return s;
    double sum = 0;
    for (const double v : t) sum += v;
    const auto B = static_cast<double>(t.size());
    s.mean = sum / B;
    double squares = 0;
    for (const double v : t) squares += (v - s.mean) * (v - s.mean);
    s.se = std::sqrt(squares / (divisor == SeDivisor::Replicates ? B : B - 1));
    s.bias = s.mean - estimate;

    // z0 from the share strictly below θ̂, counted before sorting changes nothing but the order.
    const auto below = std::count_if(t.begin(), t.end(), [&](double v) { return v < estimate; });
    std::sort(t.begin(), t.end());
    const double lower_alpha = (1 - level) / 2, upper_alpha = (1 + level) / 2;
    s.percentile = {normal_scale_quantile(t, lower_alpha), normal_scale_quantile(t, upper_alpha)};
    s.basic = {2 * estimate - s.percentile.upper, 2 * estimate - s.percentile.lower};
    const double z = phi_inverse(upper_alpha);
    s.normal = {estimate - s.bias - z * s.se, estimate - s.bias + z * s.se};
    if (squares == 0) {
        // No variability (a parameter the resamples cannot move): every interval is the point itself.
        s.bca = s.bca_simple = {estimate, estimate};
        return s;
    }
    const double z0 = phi_inverse(static_cast<double>(below) / B);
    s.bca_simple = bias_corrected(t, z0, 0.0, level);
    s.bca = bias_corrected(t, z0, acceleration, level);
    return s;
}

Eigen::VectorXd bca_acceleration(const Eigen::MatrixXd& draws, const Eigen::MatrixXd& counts) {
    const Eigen::Index B = counts.rows(), n = counts.cols();
    Eigen::VectorXd a = Eigen::VectorXd::Constant(draws.cols(), kNaN);
    if (B <= n || n < 2) return a;
    Eigen::MatrixXd X(B, n);  // the intercept, then the counts of cases 2 … n
    X.col(0).setOnes();
    X.rightCols(n - 1) = counts.rightCols(n - 1);
    // The normal equations, three times faster than a pivoted QR of X (B × N, the serial part of a bootstrap) and
    // as accurate for these well-conditioned counts; rank deficient as a QR would judge it (|R_ii| ≤ N·ε·max|R_jj|,
    // R_ii² the LDLT pivots) gives no acceleration.
    Eigen::MatrixXd normal = Eigen::MatrixXd::Zero(n, n);
    normal.selfadjointView<Eigen::Lower>().rankUpdate(X.transpose());
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(normal);
    const Eigen::VectorXd pivots = ldlt.vectorD().cwiseAbs();
    const double tolerance = static_cast<double>(n) * std::numeric_limits<double>::epsilon();
    if (ldlt.info() != Eigen::Success || pivots.minCoeff() <= tolerance * tolerance * pivots.maxCoeff()) return a;
    const Eigen::MatrixXd beta = ldlt.solve(X.transpose() * draws);
    for (Eigen::Index k = 0; k < draws.cols(); ++k) {
        Eigen::VectorXd L(n);
        L[0] = 0;
        L.tail(n - 1) = beta.col(k).tail(n - 1);
        L.array() -= L.mean();
        const double l2 = L.squaredNorm();
        a[k] = l2 > 0 ? L.array().cube().sum() / (6 * std::pow(l2, 1.5)) : kNaN;
    }
    return a;
}

}  // namespace jalur

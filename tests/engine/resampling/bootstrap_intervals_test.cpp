// The bootstrap's quantiles and intervals (engine/resampling/bootstrap_intervals.hpp) against the boot package,
// whose norm.inter lavaan uses. Reference values from R 4.2.2, boot 1.3-28:
//   t <- c(3.1, -0.4, 2.2, 5.0, 1.7, 0.9, 4.4, 2.8, -1.3, 3.6)
//   boot:::norm.inter(t, c(0.025, 0.3, 0.33, 0.5, 0.975))[, 2]
//   t2 <- c(t, 2.5, 1.1, 0.2, 3.3, 4.1, -0.8, 2.9, 1.9, 0.4, 2.6); boot:::norm.inter(t2, c(0.1, 0.9))[, 2]
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/resampling/bootstrap_intervals.hpp"
#include "engine/resampling/replicate_stream.hpp"

using namespace jalur;

namespace {

std::vector<double> sorted(std::vector<double> t) {
    std::sort(t.begin(), t.end());
    return t;
}

const std::vector<double> kTen = {3.1, -0.4, 2.2, 5.0, 1.7, 0.9, 4.4, 2.8, -1.3, 3.6};

}  // namespace

TEST_CASE("Bootstrap quantiles: boot's norm.inter, interpolated on the normal scale, whole ranks and the ends") {
    const std::vector<double> t = sorted(kTen);
    CHECK(normal_scale_quantile(t, 0.025) == -1.3);  // (B + 1) α below 1: the smallest draw
    CHECK(normal_scale_quantile(t, 0.3) == doctest::Approx(1.1507444576217625).epsilon(1e-14));
    CHECK(normal_scale_quantile(t, 0.33) == doctest::Approx(1.4149432217062179).epsilon(1e-14));
    CHECK(normal_scale_quantile(t, 0.5) == doctest::Approx(2.5).epsilon(1e-14));
    CHECK(normal_scale_quantile(t, 0.975) == 5.0);  // beyond the largest rank: the largest draw
    std::vector<double> t2 = kTen;
    for (double v : {2.5, 1.1, 0.2, 3.3, 4.1, -0.8, 2.9, 1.9, 0.4, 2.6}) t2.push_back(v);
    t2 = sorted(t2);
    CHECK(normal_scale_quantile(t2, 0.1) == doctest::Approx(-0.7542714985654303).epsilon(1e-14));
    CHECK(normal_scale_quantile(t2, 0.9) == doctest::Approx(4.3657036239240732).epsilon(1e-14));
    // (B + 1) α a whole number: that order statistic itself, t_(2) of 20 at α = 2/21.
    CHECK(normal_scale_quantile(t2, 2.0 / 21) == t2[1]);
}

TEST_CASE("Bootstrap summary: SE with B or B - 1, bias, basic and normal intervals from the percentile ones") {
    Eigen::VectorXd draws(10);
    for (int i = 0; i < 10; ++i) draws[i] = kTen[static_cast<std::size_t>(i)];
    const double estimate = 2.0, level = 0.6;
    const BootstrapSummary s = summarize_draws(estimate, draws, level, kNaN, SeDivisor::Replicates);
    const double mean = draws.mean();
    const double ss = (draws.array() - mean).square().sum();
    CHECK(s.replicates == 10);
    CHECK(s.mean == doctest::Approx(mean).epsilon(1e-15));
    CHECK(s.se == doctest::Approx(std::sqrt(ss / 10)).epsilon(1e-15));
    CHECK(summarize_draws(estimate, draws, level, kNaN, SeDivisor::ReplicatesLessOne).se ==
          doctest::Approx(std::sqrt(ss / 9)).epsilon(1e-15));
    CHECK(s.bias == doctest::Approx(mean - estimate).epsilon(1e-15));
    // level 0.6: the 0.2 and 0.8 quantiles.
    const std::vector<double> t = sorted(kTen);
    CHECK(s.percentile.lower == normal_scale_quantile(t, 0.2));
    CHECK(s.percentile.upper == normal_scale_quantile(t, 0.8));
    CHECK(s.basic.lower == doctest::Approx(2 * estimate - s.percentile.upper));
    CHECK(s.basic.upper == doctest::Approx(2 * estimate - s.percentile.lower));
    const double z = 0.8416212335729143;  // qnorm(0.8)
    CHECK(s.normal.lower == doctest::Approx(estimate - s.bias - z * s.se).epsilon(1e-12));
    CHECK(s.normal.upper == doctest::Approx(estimate - s.bias + z * s.se).epsilon(1e-12));
    // No acceleration known: no BCa interval, but the bias-corrected one.
    CHECK(std::isnan(s.bca.lower));
    CHECK(std::isfinite(s.bca_simple.lower));
}

TEST_CASE("Bootstrap summary: bias correction z0 from the share below the estimate, and no variability, no width") {
    Eigen::VectorXd draws(10);
    for (int i = 0; i < 10; ++i) draws[i] = kTen[static_cast<std::size_t>(i)];
    // 5 of 10 draws below 2.5: z0 = 0 and a = 0, so bca.simple is the percentile interval.
    const BootstrapSummary centred = summarize_draws(2.5, draws, 0.6, 0.0, SeDivisor::Replicates);
    CHECK(centred.bca_simple.lower == centred.percentile.lower);
    CHECK(centred.bca.upper == centred.percentile.upper);
    // Non-finite draws are left out.
    Eigen::VectorXd with_nan(11);
    with_nan << draws, kNaN;
    CHECK(summarize_draws(2.5, with_nan, 0.6, 0.0, SeDivisor::Replicates).replicates == 10);
    const BootstrapSummary constant = summarize_draws(1.0, Eigen::VectorXd::Ones(5), 0.95, 0.0, SeDivisor::Replicates);
    CHECK(constant.se == 0);
    CHECK(constant.bca.lower == 1.0);
    CHECK(constant.bca_simple.upper == 1.0);
}

TEST_CASE("BCa acceleration: from the regression of the draws on the case counts, none with B <= N") {
    // A statistic that is exactly linear in the counts, t = Σ_i w_i f_i: the regression recovers L_i = w_i − w_1,
    // centred, and a = ΣL³ / (6 (ΣL²)^{3/2}).
    const int n = 4, B = 12;
    const Eigen::Vector4d w(0.5, -1.0, 2.0, 0.25);
    // Each replicate draws n cases, so its counts sum to n (the first case is then the others' complement).
    Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(B, n);
    for (int r = 0; r < B; ++r) {
        ReplicateStream stream(3, static_cast<std::uint64_t>(r));
        for (int k = 0; k < n; ++k) counts(r, static_cast<Eigen::Index>(stream.below(n))) += 1;
    }
    const Eigen::MatrixXd draws = counts * w;
    Eigen::VectorXd L = w.array() - w[0];
    L.array() -= L.mean();
    const double expected = L.array().cube().sum() / (6 * std::pow(L.squaredNorm(), 1.5));
    CHECK(bca_acceleration(draws, counts)[0] == doctest::Approx(expected).epsilon(1e-10));
    CHECK(std::isnan(bca_acceleration(draws.topRows(n), counts.topRows(n))[0]));
}

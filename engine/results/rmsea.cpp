#include "engine/results/rmsea.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/non_central_chi_squared.hpp>
#include <boost/math/tools/roots.hpp>
#include <algorithm>
#include <cmath>
#include <exception>

namespace jalur {

namespace {

// Double precision throughout: Boost's default promotes to long double, four times slower here, for
// digits no fit index shows.
using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using ChiSquared = boost::math::chi_squared_distribution<double, Policy>;
using NoncentralChiSquared = boost::math::non_central_chi_squared_distribution<double, Policy>;

// The λ with P(χ²(df, λ) ≤ x) = p; 0 when even λ = 0 gives less.
double noncentrality_for(double x, double df, double p) {
    if (noncentral_cdf(x, df, 0) < p) return 0;
    double hi = std::max(1.0, x);
    while (noncentral_cdf(x, df, hi) > p) hi *= 2;  // the cdf falls as λ grows
    auto f = [&](double lambda) { return noncentral_cdf(x, df, lambda) - p; };
    boost::math::tools::eps_tolerance<double> tolerance(40);
    std::uintmax_t iterations = 200;
    const auto bracket = boost::math::tools::toms748_solve(f, 0.0, hi, tolerance, iterations);
    return 0.5 * (bracket.first + bracket.second);
}

}  // namespace

double noncentral_cdf(double x, double df, double lambda) {
    if (lambda <= 0) return boost::math::cdf(ChiSquared(df), x);
    return boost::math::cdf(NoncentralChiSquared(df, lambda), x);
}

Rmsea rmsea_of(double x2, double df, double n, double c, double x2_interval, double c_interval) {
    Rmsea r;
    if (std::isnan(df)) return r;  // a scaled test's tr(UΓ) that is not defined (a saturated model)
    if (!(df > 0)) {
        r.rmsea = r.ci_lower = r.ci_upper = r.ncp_lower = r.ncp_upper = 0.0;
        return r;
    }
    if (std::isnan(x2_interval)) x2_interval = x2;
    r.rmsea = std::sqrt(std::max(x2 / (n * df) - c / n, 0.0));
    try {
        r.ncp_lower = noncentrality_for(x2_interval, df, 0.95);
        r.ncp_upper = noncentrality_for(x2_interval, df, 0.05);
        r.pvalue = 1.0 - noncentral_cdf(x2_interval, df, n * df * 0.05 * 0.05 / c_interval);
    } catch (const std::exception&) {  // boost::math::evaluation_error, std::domain_error, ...
        r.ncp_lower = r.ncp_upper = r.pvalue = kNaN;
    }
    r.ci_lower = std::sqrt(c_interval * r.ncp_lower / (n * df));
    r.ci_upper = std::sqrt(c_interval * r.ncp_upper / (n * df));
    return r;
}

}  // namespace jalur

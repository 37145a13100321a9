#include "engine/fit_measures.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/non_central_chi_squared.hpp>
#include <boost/math/tools/roots.hpp>
#include <cmath>

namespace jalur {

namespace {

constexpr double kLog2Pi = 1.8378770664093454836;

double log_det(const Eigen::MatrixXd& m) {
    return 2.0 * m.llt().matrixLLT().diagonal().array().log().sum();
}

// P(χ²(df, λ) ≤ x).
double noncentral_cdf(double x, int df, double lambda) {
    if (lambda <= 0) return boost::math::cdf(boost::math::chi_squared(df), x);
    return boost::math::cdf(boost::math::non_central_chi_squared(df, lambda), x);
}

// The λ with P(χ²(df, λ) ≤ x) = p; 0 when even λ = 0 gives less.
double noncentrality_for(double x, int df, double p) {
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

double chisq_pvalue(double statistic, int df) {
    if (df <= 0) return statistic <= 0 ? 1.0 : kNaN;
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared(df), std::max(statistic, 0.0)));
}

FitMeasures compute_fit_measures(const FitInput& in) {
    FitMeasures f;
    const auto p = static_cast<int>(in.sample.rows());
    const double N = in.n_observations;
    const double n = in.n;
    f.fmin = in.fmin;
    f.npar = in.npar;
    f.moments = p * (p + 1) / 2;
    f.df = f.moments - in.npar;
    f.chisq = n * in.fmin;
    f.pvalue = chisq_pvalue(f.chisq, f.df);

    // Independence model: Σ₀ = diag(S), F₀ = Σ log s_ii − log|S|.
    const double log_det_s = log_det(in.sample);
    f.baseline_chisq = n * (in.sample.diagonal().array().log().sum() - log_det_s);
    f.baseline_df = p * (p - 1) / 2;
    f.baseline_pvalue = chisq_pvalue(f.baseline_chisq, f.baseline_df);

    const double x2 = f.chisq, df = f.df, x20 = f.baseline_chisq, df0 = f.baseline_df;
    if (df0 > 0) {
        const double denominator = std::max({x2 - df, x20 - df0, 0.0});
        f.cfi = denominator > 0 ? 1.0 - std::max(x2 - df, 0.0) / denominator : 1.0;
        f.rni = x20 - df0 != 0 ? 1.0 - (x2 - df) / (x20 - df0) : kNaN;
        f.nfi = x20 > 0 ? (x20 - x2) / x20 : kNaN;
        f.ifi = x20 - df != 0 ? (x20 - x2) / (x20 - df) : kNaN;
        if (df > 0) f.tli = (x20 / df0 - x2 / df) / (x20 / df0 - 1.0);
        else f.tli = 1.0;
    }

    if (df > 0) {
        f.rmsea = std::sqrt(std::max(x2 / (n * df) - 1.0 / n, 0.0));
        f.rmsea_ci_lower = std::sqrt(noncentrality_for(x2, f.df, 0.95) / (n * df));
        f.rmsea_ci_upper = std::sqrt(noncentrality_for(x2, f.df, 0.05) / (n * df));
        f.rmsea_pvalue = 1.0 - noncentral_cdf(x2, f.df, n * df * 0.05 * 0.05);
    } else {
        f.rmsea = f.rmsea_ci_lower = f.rmsea_ci_upper = 0.0;
    }

    // Residuals over vech(S − Σ̂), raw (RMR) and scaled by the sample standard deviations (SRMR).
    double sum_raw = 0, sum_std = 0;
    for (int i = 0; i < p; ++i)
        for (int j = 0; j <= i; ++j) {
            const double r = in.sample(i, j) - in.implied(i, j);
            sum_raw += r * r;
            const double rs = r / std::sqrt(in.sample(i, i) * in.sample(j, j));
            sum_std += rs * rs;
        }
    f.rmr = std::sqrt(sum_raw / f.moments);
    f.srmr = std::sqrt(sum_std / f.moments);

    const Eigen::MatrixXd w = in.implied.llt().solve(in.sample);  // Σ̂⁻¹S
    const Eigen::MatrixXd w_minus_i = w - Eigen::MatrixXd::Identity(p, p);
    f.gfi = 1.0 - (w_minus_i * w_minus_i).trace() / (w * w).trace();
    if (df > 0) f.agfi = 1.0 - (f.moments / df) * (1.0 - f.gfi);

    // Log-likelihoods of the normal model with S divided by N.
    const Eigen::MatrixXd s_n =
        in.likelihood == Likelihood::Wishart ? Eigen::MatrixXd(in.sample * ((N - 1) / N)) : in.sample;
    f.logl = -0.5 * N * (p * kLog2Pi + log_det(in.implied) + in.implied.llt().solve(s_n).trace());
    f.unrestricted_logl = -0.5 * N * (p * kLog2Pi + log_det(s_n) + p);
    f.aic = -2 * f.logl + 2 * in.npar;
    f.bic = -2 * f.logl + in.npar * std::log(N);
    f.bic2 = -2 * f.logl + in.npar * std::log((N + 2) / 24);
    return f;
}

}  // namespace jalur

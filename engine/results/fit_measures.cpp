#include "engine/results/fit_measures.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <algorithm>
#include <cmath>
#include <exception>

#include "engine/data/sample_moments.hpp"
#include "engine/model/fixed_exogenous.hpp"
#include "engine/results/rmsea.hpp"

namespace jalur {

namespace {

constexpr double kLog2Pi = 1.8378770664093454836;

double log_det(const Eigen::MatrixXd& m) {
    return 2.0 * m.llt().matrixLLT().diagonal().array().log().sum();
}

using ChiSquared = boost::math::chi_squared_distribution<
    double, boost::math::policies::policy<boost::math::policies::promote_double<false>>>;

// GFI's denominator oᵀWo over the moments o the model fits, with the normal-theory weight at Σ̂: ½ tr((Σ̂⁻¹S)²) on
// the covariances, ȳᵀΣ̂⁻¹ȳ on the means. A fixed x block's moments are not among them (lavaan's h1 information
// has zero rows and columns there): they count as 0. `w` is Σ̂⁻¹S, which serves as it is without a fixed block.
double gfi_weight(const FitInput& in, const Eigen::LLT<Eigen::MatrixXd>& implied_llt, const Eigen::MatrixXd& w) {
    Eigen::MatrixXd fitted_w;
    if (!in.fixed_exogenous.empty()) {
        Eigen::MatrixXd fitted = in.sample;
        for (int i : in.fixed_exogenous)
            for (int j : in.fixed_exogenous) fitted(i, j) = 0;
        fitted_w = implied_llt.solve(fitted);
    }
    const Eigen::MatrixXd& o = in.fixed_exogenous.empty() ? w : fitted_w;
    double weight = 0.5 * (o * o).trace();
    if (in.sample_means && in.implied_means) {
        Eigen::VectorXd means = *in.sample_means;
        for (int i : in.fixed_exogenous) means[i] = 0;
        weight += means.dot(implied_llt.solve(means));
    }
    return weight;
}

void set_incremental(FitMeasures& f, const IncrementalIndices& i) {
    f.cfi = i.cfi;
    f.tli = i.tli;
    f.nfi = i.nfi;
    f.rfi = i.rfi;
    f.ifi = i.ifi;
    f.rni = i.rni;
    f.pnfi = i.pnfi;
}

// A scaled test's measures, as lavaan's fitMeasures: "scaled" ones with the scaled statistics (and, for
// Satorra–Bentler and Yuan–Bentler, RMSEA on tr(UΓ) degrees of freedom with the unscaled χ²), "robust" ones
// with the unscaled statistics less ĉ·df (Brosseau-Liard & Savalei).
void set_scaled(FitMeasures& f, const ModelTest& scaled, const ModelTest& baseline, double n) {
    ScaledFitMeasures& s = f.scaled.emplace();
    s.test = scaled.name;
    s.chisq = scaled.chisq;
    s.df = scaled.df_scaled;
    s.pvalue = scaled.pvalue;
    s.scaling_factor = scaled.scaling;
    const bool shifted = scaled.statistic == TestStatistic::ScaledShifted;
    s.shift = shifted ? scaled.shift : kNaN;
    s.baseline_chisq = baseline.chisq;
    s.baseline_df = baseline.df_scaled;
    s.baseline_pvalue = baseline.pvalue;
    s.baseline_scaling_factor = baseline.scaling;
    s.indices = incremental_indices(scaled.chisq, scaled.df_scaled, baseline.chisq, baseline.df_scaled);
    // lavaan has no robust measures for the mean-and-variance adjusted test.
    if (scaled.statistic == TestStatistic::MeanVarAdjusted) {
        s.rmsea = rmsea_of(f.chisq, scaled.trace_ugamma, n);
        return;
    }
    // ĉ: the scaling factor, or for the scaled-and-shifted test a·(df − b)/df with a its scaling factor.
    const auto c_hat = [&](const ModelTest& t) { return shifted ? t.scaling * (t.df - t.shift) / t.df : t.scaling; };
    const double c = c_hat(scaled), c0 = c_hat(baseline);
    s.robust = incremental_indices(f.chisq, f.df, f.baseline_chisq, f.baseline_df, c, c0);
    s.rmsea = shifted ? rmsea_of(scaled.chisq, f.df, n) : rmsea_of(f.chisq, scaled.trace_ugamma, n);
    s.rmsea_robust = rmsea_of(f.chisq, f.df, n, c, scaled.chisq, scaled.scaling);
}

// AGFI and PGFI from GFI, over all moments.
void set_gfi_relatives(FitMeasures& f, int all_moments) {
    f.agfi = f.df > 0 ? 1.0 - (all_moments / static_cast<double>(f.df)) * (1.0 - f.gfi) : 1.0;
    f.pgfi = (f.df / static_cast<double>(all_moments)) * f.gfi;
}

// The x block's normal log-likelihood at its sample moments (Σ_xx = S_xx, μ_x = ȳ_x).
double fixed_x_marginal_logl(const FitInput& in) {
    const auto k = static_cast<Eigen::Index>(in.fixed_exogenous.size());
    Eigen::MatrixXd s_xx(k, k);
    for (Eigen::Index a = 0; a < k; ++a)
        for (Eigen::Index b = 0; b < k; ++b) s_xx(a, b) = in.sample(in.fixed_exogenous[a], in.fixed_exogenous[b]);
    return -0.5 * in.n * (k * kLog2Pi + log_det(s_xx) + k);
}

}  // namespace

FitMeasures compute_fit_measures(const FitInput& in) {
    FitMeasures f;
    const auto p = static_cast<int>(in.sample.rows());
    const double N = in.n;
    const double n = in.n_inference;
    f.minimum_fit_function = std::max(in.fmin, 0.0);  // F ≥ 0; a perfect fit can land a rounding error below
    // lavaan's fmin: ½ F for ML, ½ (N − 1)/N · F for the least-squares estimators (so that χ² = 2N · fmin).
    const bool least_squares = is_least_squares(in.estimator);
    f.fmin = f.minimum_fit_function / 2 * (least_squares ? (N - 1) / N : 1.0);
    f.npar = in.npar;
    const bool means = in.sample_means.has_value() && in.implied_means.has_value();
    // lavaan's count of all moments (vech S, and ȳ) in SRMR, RMR, AGFI and PGFI; a fixed x block's moments are
    // not fitted, so npar + df add up to the moments without them.
    const auto all_moments = static_cast<int>(moment_count(p, means));
    f.moments = all_moments - fixed_exogenous_moment_count(static_cast<int>(in.fixed_exogenous.size()), means);
    f.df = in.test.df;
    f.chisq = in.test.chisq;
    f.pvalue = in.test.pvalue;
    if (in.baseline) {
        f.baseline_chisq = in.baseline->chisq;
        f.baseline_df = in.baseline->df;
        f.baseline_pvalue = in.baseline->pvalue;
    }

    const double x2 = f.chisq, df = f.df, x20 = f.baseline_chisq, df0 = f.baseline_df;
    set_incremental(f, incremental_indices(x2, df, x20, df0));

    // The non-centrality λ = χ² − df and its 90% interval carry RMSEA, F0 and ECVI intervals alike. Boost
    // gives up (an evaluation or rounding error) for extreme χ² or n: the interval and the RMSEA p-value are
    // then not available (NaN), and fit() says so in a warning.
    f.ncp = std::max(x2 - df, 0.0);
    const Rmsea rmsea = rmsea_of(x2, df, n);
    f.rmsea = rmsea.rmsea;
    f.rmsea_ci_lower = rmsea.ci_lower;
    f.rmsea_ci_upper = rmsea.ci_upper;
    f.rmsea_pvalue = rmsea.pvalue;
    f.ncp_ci_lower = rmsea.ncp_lower;
    f.ncp_ci_upper = rmsea.ncp_upper;
    if (in.scaled && in.baseline_scaled) set_scaled(f, *in.scaled, *in.baseline_scaled, n);
    f.f0 = f.ncp / n;
    f.f0_ci_lower = f.ncp_ci_lower / n;
    f.f0_ci_upper = f.ncp_ci_upper / n;
    f.ecvi = (x2 + 2.0 * in.npar) / n;
    f.ecvi_ci_lower = (f.ncp_ci_lower + df + 2.0 * in.npar) / n;
    f.ecvi_ci_upper = (f.ncp_ci_upper + df + 2.0 * in.npar) / n;
    f.ecvi_saturated = 2.0 * f.moments / n;
    const int independence_npar = means ? 2 * p : p;  // variances (and means)
    f.ecvi_independence = (x20 + 2.0 * independence_npar) / n;
    // LISREL's information criteria on the chi-square scale: AIC = χ² + 2q, CAIC = χ² + (1 + ln N) q.
    const double log_n1 = 1.0 + std::log(N);
    f.aic_model = x2 + 2.0 * in.npar;
    f.aic_saturated = 2.0 * f.moments;
    f.aic_independence = x20 + 2.0 * independence_npar;
    f.caic_model = x2 + log_n1 * in.npar;
    f.caic_saturated = log_n1 * f.moments;
    f.caic_independence = x20 + log_n1 * independence_npar;
    if (df > 0 && x2 > 0) {
        f.cn_05 = boost::math::quantile(ChiSquared(df), 0.95) / (x2 / n) + 1;
        f.cn_01 = boost::math::quantile(ChiSquared(df), 0.99) / (x2 / n) + 1;
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
    Eigen::VectorXd mean_residual = Eigen::VectorXd::Zero(p);
    if (means) {  // lavaan's default srmr (Bentler) and rmr: the mean residuals count as moments too
        mean_residual = *in.sample_means - *in.implied_means;
        for (int i = 0; i < p; ++i) {
            sum_raw += mean_residual[i] * mean_residual[i];
            sum_std += mean_residual[i] * mean_residual[i] / in.sample(i, i);
        }
    }
    f.rmr = std::sqrt(sum_raw / all_moments);
    f.srmr = std::sqrt(sum_std / all_moments);

    // GFI = 1 − eᵀWe / oᵀWo over the moments o (vech S, and ȳ): with the least-squares estimators' own weight,
    // where eᵀWe is F; with ML's normal-theory weight at Σ̂ (gfi_weight).
    if (least_squares) {
        f.gfi = 1.0 - f.minimum_fit_function / in.null_fmin;
        set_gfi_relatives(f, all_moments);
        return f;  // no likelihood: logL, AIC and BIC are not available
    }
    const Eigen::LLT<Eigen::MatrixXd> implied_llt(in.implied);
    const Eigen::MatrixXd w = implied_llt.solve(in.sample);  // Σ̂⁻¹S
    const Eigen::MatrixXd w_minus_i = w - Eigen::MatrixXd::Identity(p, p);
    double gfi_num = 0.5 * (w_minus_i * w_minus_i).trace();
    double mean_term = 0;
    if (means) {
        mean_term = mean_residual.dot(implied_llt.solve(mean_residual));
        gfi_num += mean_term;
    }
    f.gfi = 1.0 - gfi_num / gfi_weight(in, implied_llt, w);
    set_gfi_relatives(f, all_moments);

    // Normal log-likelihoods with the S that was fitted and N, as lavaan reports them for either likelihood.
    const double log_det_implied = 2.0 * implied_llt.matrixLLT().diagonal().array().log().sum();
    f.logl = -0.5 * N * (p * kLog2Pi + log_det_implied + w.trace() + mean_term);
    f.unrestricted_logl = -0.5 * N * (p * kLog2Pi + log_det(in.sample) + p);
    if (!in.fixed_exogenous.empty()) {  // conditional on x: less the x block's marginal at its sample moments
        const double x_logl = fixed_x_marginal_logl(in);
        f.logl -= x_logl;
        f.unrestricted_logl -= x_logl;
    }
    f.aic = -2 * f.logl + 2 * in.npar;
    f.bic = -2 * f.logl + in.npar * std::log(N);
    f.bic2 = -2 * f.logl + in.npar * std::log((N + 2) / 24);
    return f;
}

}  // namespace jalur

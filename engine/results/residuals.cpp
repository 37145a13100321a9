#include "engine/results/residuals.hpp"

#include <cmath>
#include <memory>
#include <stdexcept>

#include "engine/errors.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/inference/information.hpp"
#include "engine/model/ram_model.hpp"

namespace jalur {

namespace {

// Calls f(i, j, a) for each element i ≥ j of a p × p matrix in vech order (column by column); a is its index.
template <typename F>
void for_each_vech(Eigen::Index p, F f) {
    Eigen::Index a = 0;
    for (Eigen::Index j = 0; j < p; ++j)
        for (Eigen::Index i = j; i < p; ++i, ++a) f(i, j, a);
}

// Normal-theory covariance of vech(S) (times N) at a covariance matrix M, applied to the rows of R (each a
// vech vector r) without forming the p* × p* matrix Γ_M: Γ_M r = vech(M X M), where X is symmetric with
// X_kl = r_kl off the diagonal and X_kk = 2 r_kk. O(p³) a row instead of O(p⁴).
Eigen::MatrixXd times_moment_covariance(const Eigen::MatrixXd& rows, const Eigen::MatrixXd& m, Progress* progress) {
    const auto p = m.rows();
    Eigen::MatrixXd out(rows.rows(), rows.cols());
    Eigen::MatrixXd x(p, p);
    for (Eigen::Index k = 0; k < rows.rows(); ++k) {
        for_each_vech(p, [&](auto i, auto j, auto a) { x(i, j) = x(j, i) = i == j ? 2 * rows(k, a) : rows(k, a); });
        const Eigen::MatrixXd y = m * x * m;
        for_each_vech(p, [&](auto i, auto j, auto a) { out(k, a) = y(i, j); });
        report_done(progress, static_cast<std::size_t>(k + 1));
    }
    return out;
}

// Γ_M⁻¹ Δ (p* × q) without forming Γ_M: Γ_M = 2 D⁺(M ⊗ M)D⁺ᵀ has the inverse ½ Dᵀ(M⁻¹ ⊗ M⁻¹)D, so for
// a symmetric X, Γ_M⁻¹ vech(X) is vech(M⁻¹ X M⁻¹) with its diagonal halved: O(q p³) instead of the O(p⁶) of
// factoring the p* × p* matrix Γ_M.
Eigen::MatrixXd weighted_derivatives(const Eigen::MatrixXd& m, const std::vector<Eigen::MatrixXd>& derivatives) {
    const auto p = m.rows();
    const Eigen::MatrixXd w = m.llt().solve(Eigen::MatrixXd::Identity(p, p));
    Eigen::MatrixXd out(p * (p + 1) / 2, static_cast<Eigen::Index>(derivatives.size()));
    for (std::size_t k = 0; k < derivatives.size(); ++k) {
        const Eigen::MatrixXd y = w * derivatives[k] * w;
        const auto column = static_cast<Eigen::Index>(k);
        for_each_vech(p, [&](auto i, auto j, auto a) { out(a, column) = i == j ? y(i, j) / 2 : y(i, j); });
    }
    return out;
}

}  // namespace

Residuals compute_residuals(const FitResult& fit, Progress* progress) {
    // lavaan's standardized residuals take Γ as the inverse of the estimator's weight: ML's and GLS's normal-theory
    // Γ at Σ̂ or S, WLS's from the cases. ULS's and DWLS's weights are no such inverse, and lavaan has none.
    const bool adf = fit.estimator == Estimator::WLS;
    if (fit.estimator == Estimator::ULS || fit.estimator == Estimator::DWLS)
        throw InputError(SourceLocation{}, std::string("standardized residuals with estimator ") +
                                               estimator_name(fit.estimator) +
                                               " are not defined (its weight is not the inverse of the moments' "
                                               "covariance; lavaan has none either), expected estimator ML, GLS or "
                                               "WLS (or no --residuals).");
    if (adf && !fit.moment_weight)
        throw std::logic_error("compute_residuals: a WLS fit without its weight");
    const Eigen::MatrixXd& s = fit.sample_covariance;
    const Eigen::MatrixXd& sigma = fit.implied_covariance;
    const auto p = s.rows();
    const double N = fit.n;

    begin_stage(progress, "residuals: preparing", 0);  // Δ, the information and Γ_Σ⁻¹Δ
    const RamModel model = compile_ram(fit.table, fit.observed);
    ImpliedMoments implied(model);
    if (!implied.update(model.estimates(fit.table)))
        throw NumericalError("residuals: I − A is singular at the estimates (a feedback loop of gain 1), expected a "
                             "fitted model");
    implied.compute_all_covariances();
    const std::vector<Eigen::MatrixXd> derivatives = sigma_derivatives(implied);

    // Covariance residuals only. With a mean structure the information below includes the mean block, but
    // the sampling variance the mean residuals pass on to vech(S − Σ̂) through parameters that move both μ
    // and Σ is left out: exact when the two blocks of I⁻¹ do not overlap (e.g. a CFA whose intercepts are
    // all free and whose latent means are fixed, as lavaan's meanstructure = TRUE), an approximation in
    // path models with intercepts. Mean residuals are not reported yet.
    // Δ over vech (column-major lower triangle) and the sandwich Q Γ_S Qᵀ / N,
    // Q = I − Δ I⁻¹ Δᵀ Γ_Σ⁻¹: the covariance of vech(S − Σ̂) (lavaan's "standardized" residuals).
    const auto pstar = p * (p + 1) / 2;
    Eigen::MatrixXd delta(pstar, model.parameter_count);
    for (int k = 0; k < model.parameter_count; ++k)
        for_each_vech(p, [&](auto i, auto j, auto a) { delta(a, k) = derivatives[k](i, j); });
    // Q = I − L Rᵀ with L = Δ I⁻¹ and Rᵀ = Δᵀ Γ_Σ⁻¹ (both p* × q). Only the diagonal of Q Γ_S Qᵀ is needed:
    // diag Γ_S − 2 diag(L G) + diag(L C Lᵀ) with G = Rᵀ Γ_S (q × p*) and C = G R (q × q), so that nothing of
    // size p* × p* is ever formed (p = 200: p* = 20100).
    // Under constraints I⁻¹ is the constrained one, B (Bᵀ I B)⁻¹ Bᵀ = n · vcov (engine/model/constraints.hpp).
    // The normal-theory weight's covariance, as the estimator's discrepancy gives it to the expected information:
    // Σ̂ for ML, S for GLS (the same sandwich with S in Σ̂'s place). WLS weighs by the cases' Γ instead (below).
    const std::unique_ptr<Discrepancy> discrepancy =
        adf ? nullptr : make_discrepancy(fit.estimator, s, fit.sample_means);
    const Eigen::MatrixXd& weight_covariance = adf ? sigma : discrepancy->weight_covariance(implied);
    const Eigen::MatrixXd information_inverse =
        fit.table.constraints.empty() && !adf ? Eigen::MatrixXd(expected_information(implied, weight_covariance).inverse())
                                              : Eigen::MatrixXd(fit.vcov * fit.n_inference);
    const Eigen::MatrixXd left = delta * information_inverse;
    // Γ's diagonal: N times the sampling variance of s_ij alone (normal theory: s_ii s_jj + s_ij²).
    Eigen::VectorXd gamma_diagonal(pstar);
    Eigen::VectorXd residual_variance;
    if (adf) {
        // WLS: Γ = W⁻¹ from the cases (covariance block after the means, if any), and with Q = I − Δ A⁻¹ Δᵀ W,
        // A = Δᵀ W Δ, the sandwich Q Γ Qᵀ is Γ − Δ A⁻¹ Δᵀ.
        const Eigen::MatrixXd& w = fit.moment_weight->dense;
        const Eigen::MatrixXd gamma = w.llt().solve(Eigen::MatrixXd::Identity(w.rows(), w.cols()));
        gamma_diagonal = gamma.diagonal().tail(pstar);
        residual_variance = (gamma_diagonal - left.cwiseProduct(delta).rowwise().sum()) / N;
    } else {
        const Eigen::MatrixXd right_t = weighted_derivatives(weight_covariance, derivatives).transpose();
        begin_stage(progress, "residuals", static_cast<std::size_t>(right_t.rows()));
        const Eigen::MatrixXd g = times_moment_covariance(right_t, s, progress);
        const Eigen::MatrixXd c = g * right_t.transpose();
        for_each_vech(p, [&](auto i, auto j, auto a) { gamma_diagonal[a] = s(i, i) * s(j, j) + s(i, j) * s(i, j); });
        residual_variance = (gamma_diagonal - 2 * left.cwiseProduct(g.transpose()).rowwise().sum() +
                             (left * c).cwiseProduct(left).rowwise().sum()) / N;
    }

    Residuals r;
    r.raw = s - sigma;
    r.correlation.resize(p, p);
    r.normalized.resize(p, p);
    r.standardized.resize(p, p);
    for_each_vech(p, [&](auto i, auto j, auto a) {
        const double raw = r.raw(i, j);
        const double moment_variance = gamma_diagonal[a] / N;
        r.correlation(i, j) = raw / std::sqrt(s(i, i) * s(j, j));
        r.normalized(i, j) = raw / std::sqrt(moment_variance);
        // A residual without sampling variance: 0 when the model reproduces the moment (by construction, as
        // the variance of an indicator with a free unique variance, to the optimizer's precision: lavaan's
        // 1e-5, relative here), and not defined when it does not (with a mean structure, e.g. the variance
        // of a marker whose intercept is fixed).
        const double v = residual_variance[a];
        const bool reproduced = std::abs(raw) < 1e-5 * std::sqrt(s(i, i) * s(j, j));
        r.standardized(i, j) = v > 1e-12 * moment_variance                ? raw / std::sqrt(v)
                               : v > -1e-12 * moment_variance && reproduced ? 0.0
                                                                            : kNaN;
        for (Eigen::MatrixXd* m : {&r.correlation, &r.normalized, &r.standardized}) (*m)(j, i) = (*m)(i, j);
    });
    return r;
}

}  // namespace jalur

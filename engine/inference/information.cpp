#include "engine/inference/information.hpp"

#include <cmath>

#include "engine/data/sample_moments.hpp"
#include "engine/inference/sigma_terms.hpp"

namespace jalur {

std::vector<Eigen::MatrixXd> sigma_derivatives(const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const int p = model.observed_count;
    std::vector<Eigen::MatrixXd> d(model.parameter_count, Eigen::MatrixXd::Zero(p, p));
    const auto B_top = implied.B().topRows(p);
    const Eigen::MatrixXd C_left = implied.C().leftCols(p);  // C_{j·} restricted to observed columns
    for (const auto& c : model.cells) {
        Eigen::MatrixXd& target = d[c.parameter];
        if (c.matrix == RamMatrix::M) continue;  // intercepts and means leave Σ alone
        if (c.matrix == RamMatrix::A) {
            const Eigen::MatrixXd term = B_top.col(c.row) * C_left.row(c.col);
            target += term + term.transpose();
        } else {
            const Eigen::MatrixXd term = B_top.col(c.row) * B_top.col(c.col).transpose();
            target += term;
            if (c.row != c.col) target += term.transpose();
        }
    }
    return d;
}

Eigen::MatrixXd mean_derivatives(const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const int p = model.observed_count;
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(p, model.parameter_count);
    if (!model.has_means) return d;
    const auto B_top = implied.B().topRows(p);
    const Eigen::VectorXd Bm = implied.B() * implied.m();
    for (const auto& c : model.cells) {
        if (c.matrix == RamMatrix::A) d.col(c.parameter) += B_top.col(c.row) * Bm[c.col];
        else if (c.matrix == RamMatrix::M) d.col(c.parameter) += B_top.col(c.row);
    }
    return d;
}

namespace {

// The information's entries through the rank-one terms of ∂Σ/∂θ (sigma_terms.hpp), with Σ⁻¹ standing for the
// weight's Γ⁻¹ (ML: Γ = Σ).
class InformationTerms {
public:
    InformationTerms(const ImpliedMoments& implied, const Eigen::MatrixXd& weight_covariance)
        : implied_(implied), sigma_llt_(weight_covariance), terms_(implied) {
        gram_ = terms_.vectors.transpose() * sigma_llt_.solve(terms_.vectors);  // Vᵀ Σ⁻¹ V
    }

    // ½ tr(Σ⁻¹ Σ_k Σ⁻¹ Σ_l), the covariance part of I_kl.
    double entry(int k, int l) const { return 0.5 * terms_.trace(gram_, gram_, k, l); }

    // For the mean block Δ_μᵀ Σ⁻¹ Δ_μ of a mean structure: Δ_μ = ∂μ/∂θ and Σ⁻¹ x.
    bool has_means() const { return implied_.model().has_means; }
    Eigen::MatrixXd mean_derivatives() const { return jalur::mean_derivatives(implied_); }
    Eigen::MatrixXd sigma_solve(const Eigen::MatrixXd& x) const { return sigma_llt_.solve(x); }

private:
    const ImpliedMoments& implied_;
    Eigen::LLT<Eigen::MatrixXd> sigma_llt_;
    SigmaTerms terms_;
    Eigen::MatrixXd gram_;
};

}  // namespace

Eigen::MatrixXd expected_information(const ImpliedMoments& implied, const Eigen::MatrixXd& weight_covariance,
                                     Progress* progress) {
    const InformationTerms terms(implied, weight_covariance);
    const int q = implied.model().parameter_count;
    Eigen::MatrixXd info(q, q);
    for (int k = 0; k < q; ++k) {
        for (int l = 0; l <= k; ++l) info(k, l) = info(l, k) = terms.entry(k, l);
        report_done(progress, information_entries(k + 1));
    }
    if (terms.has_means()) {
        const Eigen::MatrixXd d_mu = terms.mean_derivatives();
        info.noalias() += d_mu.transpose() * terms.sigma_solve(d_mu);
    }
    return info;
}

Eigen::MatrixXd expected_information(const ImpliedMoments& implied, const MomentWeight& weight) {
    const int p = implied.model().observed_count;
    const int q = implied.model().parameter_count;
    const bool means = implied.model().has_means;
    // Δ: the mean derivatives first, then vech of each ∂Σ/∂θ_k.
    Eigen::MatrixXd delta(moment_count(p, means), q);
    if (means) delta.topRows(p) = mean_derivatives(implied);
    const std::vector<Eigen::MatrixXd> d_sigma = sigma_derivatives(implied);
    for (int k = 0; k < q; ++k) write_vech(d_sigma[k], delta.col(k).tail(delta.rows() - (means ? p : 0)));
    if (weight.dense.size() > 0) return delta.transpose() * weight.dense * delta;
    return delta.transpose() * weight.diagonal.asDiagonal() * delta;
}

InformationColumns information_columns(const ImpliedMoments& implied, const Eigen::MatrixXd& weight_covariance,
                                       int columns, Progress* progress) {
    const InformationTerms terms(implied, weight_covariance);
    const int q = implied.model().parameter_count;
    InformationColumns out{Eigen::MatrixXd(q, columns), Eigen::VectorXd(q)};
    for (int k = 0; k < q; ++k) {
        for (int l = 0; l < columns; ++l) out.columns(k, l) = terms.entry(k, l);
        out.diagonal[k] = k < columns ? out.columns(k, k) : terms.entry(k, k);
        report_done(progress, static_cast<std::size_t>(k + 1));
    }
    if (terms.has_means()) {
        const Eigen::MatrixXd d_mu = terms.mean_derivatives();
        const Eigen::MatrixXd solved = terms.sigma_solve(d_mu);  // Σ⁻¹ Δ_μ
        out.columns.noalias() += d_mu.transpose() * solved.leftCols(columns);
        out.diagonal += d_mu.cwiseProduct(solved).colwise().sum().transpose();
    }
    return out;
}

std::vector<int> unidentified_parameters(const Eigen::MatrixXd& information) {
    const auto q = information.rows();
    if (q == 0) return {};
    // Scale to unit diagonal so that parameters of very different sizes are judged alike.
    Eigen::VectorXd scale = information.diagonal().cwiseAbs().cwiseSqrt();
    for (Eigen::Index i = 0; i < q; ++i)
        if (!(scale[i] > 0)) scale[i] = 1;
    const Eigen::MatrixXd scaled = scale.cwiseInverse().asDiagonal() * information * scale.cwiseInverse().asDiagonal();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(scaled);
    const Eigen::VectorXd& values = eigen.eigenvalues();
    const double tolerance = 1e-9 * std::max(1.0, values.cwiseAbs().maxCoeff());
    std::vector<bool> involved(q, false);
    bool any = false;
    for (Eigen::Index k = 0; k < q; ++k) {
        if (values[k] > tolerance) continue;
        any = true;
        const Eigen::VectorXd v = eigen.eigenvectors().col(k);
        for (Eigen::Index i = 0; i < q; ++i)
            if (std::abs(v[i]) > 0.1) involved[i] = true;
    }
    std::vector<int> out;
    if (!any) return out;
    for (Eigen::Index i = 0; i < q; ++i)
        if (involved[i]) out.push_back(static_cast<int>(i));
    return out;
}

}  // namespace jalur

#include "engine/inference/observed_information.hpp"

#include "engine/errors.hpp"
#include "engine/inference/information.hpp"
#include "engine/inference/sigma_terms.hpp"

namespace jalur {

// With P = Σ⁻¹, r = ȳ − μ, ω = P r, Q = P (S + r rᵀ) P, E = ∂F/∂Σ = P − Q and ∂F/∂μ = −2ω, differentiating
// dF = tr(E dΣ) − 2ωᵀdμ once more gives, for parameters k and l,
//   ∂²F/∂θ_k∂θ_l = tr(P Σ_k (2Q − P) Σ_l) + 2 μ_kᵀ P Σ_l ω + 2 μ_lᵀ P Σ_k ω + 2 μ_kᵀ P μ_l
//                  + tr(E Σ_kl) − 2 ωᵀ μ_kl,
// where Σ_k, μ_k are the first derivatives and Σ_kl, μ_kl the second. The first line goes through the rank-one
// terms of Σ_k (sigma_terms.hpp). In the second, with B = (I − A)⁻¹, ∂B/∂a_rc = B e_r e_cᵀ B, C = B S Bᵀ,
// B_top = B's observed rows, C_obs = C's observed columns, K = B_topᵀ E B_top, L = C_obs E B_top,
// u = −2 B_topᵀ ω and b = B m, only these pairs of cells are not zero:
//   a_rc with s_ab: 2 [B_ca K_br + B_cb K_ar] (the second term for a ≠ b only);
//   a_rc with a_r'c': 2 [B_cr' L_c'r + B_c'r L_cr'] + 2 C_cc' K_r'r + u_r B_cr' b_c' + u_r' B_c'r b_c;
//   a_rc with m_a: u_r B_ca.
Eigen::MatrixXd observed_information(const ImpliedMoments& implied, const Eigen::MatrixXd& sample_covariance,
                                     const Eigen::VectorXd& sample_means) {
    const RamModel& model = implied.model();
    const int p = model.observed_count, q = model.parameter_count;
    const Eigen::LLT<Eigen::MatrixXd> llt(implied.sigma());
    if (llt.info() != Eigen::Success)
        throw NumericalError("the observed information: the implied covariance matrix is not positive definite, "
                             "expected the estimates of a converged fit");
    const Eigen::MatrixXd P = llt.solve(Eigen::MatrixXd::Identity(p, p));
    const bool means = model.has_means;
    const Eigen::VectorXd omega = means ? Eigen::VectorXd(P * (sample_means - implied.mu())) : Eigen::VectorXd::Zero(p);
    Eigen::MatrixXd Q = P * sample_covariance * P;
    if (means) Q.noalias() += omega * omega.transpose();  // P r rᵀ P = ω ωᵀ
    const Eigen::MatrixXd E = P - Q;

    // First derivatives: tr(P Σ_k (2Q − P) Σ_l).
    const SigmaTerms terms(implied);
    const Eigen::MatrixXd& V = terms.vectors;
    const Eigen::MatrixXd gram_p = V.transpose() * P * V;
    const Eigen::MatrixXd gram_d = V.transpose() * (2 * Q - P) * V;
    Eigen::MatrixXd H(q, q);
    for (int k = 0; k < q; ++k)
        for (int l = 0; l <= k; ++l) H(k, l) = H(l, k) = terms.trace(gram_p, gram_d, k, l);
    if (means) {
        const Eigen::MatrixXd d_mu = mean_derivatives(implied);  // p × q
        const Eigen::MatrixXd P_d_mu = P * d_mu;
        H.noalias() += 2 * d_mu.transpose() * P_d_mu;
        // T(l, k) = μ_lᵀ P Σ_k ω = Σ over k's terms x yᵀ of (μ_lᵀ P x)(yᵀ ω).
        const Eigen::MatrixXd R = P_d_mu.transpose() * V;  // q × vectors
        const Eigen::VectorXd w = V.transpose() * omega;
        Eigen::MatrixXd T = Eigen::MatrixXd::Zero(q, q);
        for (int k = 0; k < q; ++k)
            for (const auto& [x, y] : terms.terms[static_cast<std::size_t>(k)]) T.col(k) += R.col(x) * w[y];
        H += 2 * (T + T.transpose());
    }

    // Second derivatives, cell by cell.
    const Eigen::MatrixXd& B = implied.B();
    const Eigen::MatrixXd& C = implied.C();
    const auto B_top = B.topRows(p);
    const Eigen::MatrixXd K = B_top.transpose() * E * B_top;
    const Eigen::MatrixXd L = C.leftCols(p) * E * B_top;
    const Eigen::VectorXd u = means ? Eigen::VectorXd(-2 * B_top.transpose() * omega) : Eigen::VectorXd();
    const Eigen::VectorXd b = means ? Eigen::VectorXd(B * implied.m()) : Eigen::VectorXd();
    // ∂²F/∂x∂y of two different cells x and y adds to both (k, l) and (l, k); two cells of one parameter (a label
    // on both) add both orders to (k, k).
    auto add = [&](int k, int l, double value) {
        H(k, l) += value;
        H(l, k) += value;
    };
    for (std::size_t i = 0; i < model.cells.size(); ++i) {
        const ParameterCell& a = model.cells[i];
        if (a.matrix != RamMatrix::A) continue;
        const int r = a.row, c = a.col;
        for (std::size_t j = 0; j < model.cells.size(); ++j) {
            const ParameterCell& o = model.cells[j];
            if (o.matrix == RamMatrix::S) {
                double value = 2 * B(c, o.row) * K(o.col, r);
                if (o.row != o.col) value += 2 * B(c, o.col) * K(o.row, r);
                add(a.parameter, o.parameter, value);
            } else if (o.matrix == RamMatrix::M) {
                if (means) add(a.parameter, o.parameter, u[r] * B(c, o.row));
            } else if (j >= i) {  // each unordered pair of A cells once (a cell with itself too)
                const int r2 = o.row, c2 = o.col;
                double value = 2 * (B(c, r2) * L(c2, r) + B(c2, r) * L(c, r2)) + 2 * C(c, c2) * K(r2, r);
                if (means) value += u[r] * B(c, r2) * b[c2] + u[r2] * B(c2, r) * b[c];
                if (j == i) H(a.parameter, a.parameter) += value;  // the cell with itself
                else add(a.parameter, o.parameter, value);
            }
        }
    }
    return (H + H.transpose()) / 4;  // ½ H, exactly symmetric (the mean block's products round differently)
}

}  // namespace jalur

#include "engine/information.hpp"

#include <cmath>

namespace jalur {

std::vector<Eigen::MatrixXd> sigma_derivatives(const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const int p = model.observed_count;
    std::vector<Eigen::MatrixXd> d(model.parameter_count, Eigen::MatrixXd::Zero(p, p));
    const auto B_top = implied.B().topRows(p);
    const Eigen::MatrixXd C_left = implied.C().leftCols(p);  // C_{j·} restricted to observed columns
    for (const auto& c : model.cells) {
        Eigen::MatrixXd& target = d[c.parameter];
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

Eigen::MatrixXd expected_information(const ImpliedMoments& implied) {
    const int q = implied.model().parameter_count;
    const int p = implied.model().observed_count;
    const Eigen::MatrixXd sigma_inv = implied.sigma().llt().solve(Eigen::MatrixXd::Identity(p, p));
    std::vector<Eigen::MatrixXd> w = sigma_derivatives(implied);
    for (auto& m : w) m = sigma_inv * m;  // Σ⁻¹ Σ_k
    Eigen::MatrixXd info(q, q);
    for (int k = 0; k < q; ++k)
        for (int l = 0; l <= k; ++l)
            info(k, l) = info(l, k) = 0.5 * w[k].cwiseProduct(w[l].transpose()).sum();  // ½ tr(W_k W_l)
    return info;
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

#include "engine/results/standardized.hpp"

#include <cmath>

#include "engine/inference/wald.hpp"

namespace jalur {

namespace {

// ∂v/∂θ: how the model-implied variance of every variable moves with each free parameter.
Eigen::MatrixXd variance_gradients(const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const Eigen::MatrixXd& B = implied.B();
    const Eigen::MatrixXd& C = implied.C();
    Eigen::MatrixXd dv = Eigen::MatrixXd::Zero(model.variable_count(), model.parameter_count);
    for (const auto& c : model.cells) {
        if (c.matrix == RamMatrix::M) continue;  // intercepts and means leave variances alone
        if (c.matrix == RamMatrix::A)
            dv.col(c.parameter) += 2.0 * B.col(c.row).cwiseProduct(C.col(c.col));
        else
            dv.col(c.parameter) += (c.row == c.col ? 1.0 : 2.0) * B.col(c.row).cwiseProduct(B.col(c.col));
    }
    return dv;
}

// A value x / √(u w) and its gradient, from those of x, u and w (u or w may be constant: zero gradient).
struct Scaled {
    double value;
    Eigen::VectorXd gradient;
};

Scaled ratio(double x, const Eigen::VectorXd& dx, double u, const Eigen::VectorXd& du, double w,
             const Eigen::VectorXd& dw) {
    const double value = x / std::sqrt(u * w);
    return {value, dx / std::sqrt(u * w) - 0.5 * value * (du / u + dw / w)};
}

}  // namespace

StandardizationFactors standardization_factors(const ParameterRow& row, const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const Eigen::VectorXd v = implied.C().diagonal();
    const Eigen::MatrixXd& S = implied.S();
    const int i = model.index_of(row.outcome());
    const int j = row.op == Op::Intercept ? i : model.index_of(row.predictor());
    const bool latent_i = i >= model.observed_count, latent_j = j >= model.observed_count;
    auto sd = [&](bool latent, double variance) { return latent ? std::sqrt(variance) : 1.0; };
    if (row.op == Op::Intercept) return {1.0 / std::sqrt(v[i]), 1.0 / sd(latent_i, v[i])};
    if (row.is_directed()) return {std::sqrt(v[j] / v[i]), sd(latent_j, v[j]) / sd(latent_i, v[i])};
    if (i == j) return {1.0 / v[i], latent_i ? 1.0 / v[i] : 1.0};
    return {1.0 / std::sqrt(S(i, i) * S(j, j)), 1.0 / (sd(latent_i, S(i, i)) * sd(latent_j, S(j, j)))};
}

StandardizedGradients standardize(ParameterTable& table, const ImpliedMoments& implied, const Eigen::MatrixXd& vcov) {
    const RamModel& model = implied.model();
    const int q = model.parameter_count;
    const Eigen::VectorXd v = implied.C().diagonal();
    const Eigen::MatrixXd& S = implied.S();
    const Eigen::MatrixXd dv = variance_gradients(implied);
    const Eigen::VectorXd zero = Eigen::VectorXd::Zero(q);
    auto is_latent = [&](int i) { return i >= model.observed_count; };
    // The residual variance s_ii and its gradient (the parameter itself when free).
    auto residual_gradient = [&](int i) {
        Eigen::VectorXd g = zero;
        for (const auto& c : model.cells)
            if (c.matrix == RamMatrix::S && c.row == i && c.col == i) g[c.parameter] += 1.0;
        return g;
    };

    StandardizedGradients out;
    out.all.resize(table.rows.size());
    out.lv.resize(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        ParameterRow& row = table.rows[r];
        if (row.op == Op::Defined) continue;
        const int i = model.index_of(row.outcome());
        const int j = row.op == Op::Intercept ? i : model.index_of(row.predictor());
        Eigen::VectorXd d_est = zero;
        if (row.index >= 0) d_est[row.index] = 1.0;
        Scaled all{}, lv{};
        if (row.op == Op::Intercept) {
            // lavaan: an intercept or mean over the variable's standard deviation, est / √v_i.
            all = ratio(row.est, d_est, v[i], dv.row(i).transpose(), 1.0, zero);
            lv = is_latent(i) ? all : Scaled{row.est, d_est};
        } else if (row.is_directed()) {
            // a √v_j / √v_i = a / √(v_i · v_j⁻¹): written as x / √(u w) with u = v_i, w = 1 / v_j.
            const Eigen::VectorXd dw = -dv.row(j).transpose() / (v[j] * v[j]);
            all = ratio(row.est, d_est, v[i], dv.row(i).transpose(), 1.0 / v[j], dw);
            lv = ratio(row.est, d_est, is_latent(i) ? v[i] : 1.0, is_latent(i) ? Eigen::VectorXd(dv.row(i).transpose()) : zero,
                       is_latent(j) ? 1.0 / v[j] : 1.0, is_latent(j) ? dw : zero);
        } else if (i == j) {
            all = ratio(row.est, d_est, v[i], dv.row(i).transpose(), v[i], dv.row(i).transpose());
            lv = is_latent(i) ? all : Scaled{row.est, d_est};
        } else {
            const Eigen::VectorXd d_ii = residual_gradient(i), d_jj = residual_gradient(j);
            all = ratio(row.est, d_est, S(i, i), d_ii, S(j, j), d_jj);
            lv = ratio(row.est, d_est, is_latent(i) ? S(i, i) : 1.0, is_latent(i) ? d_ii : zero,
                       is_latent(j) ? S(j, j) : 1.0, is_latent(j) ? d_jj : zero);
        }
        const StandardizationFactors scale = standardization_factors(row, implied);
        row.std_all = row.est * scale.all;
        row.std_lv = row.est * scale.lv;
        row.std_all_se = delta_se(all.gradient, vcov);
        row.std_lv_se = delta_se(lv.gradient, vcov);
        out.all[r] = std::move(all.gradient);
        out.lv[r] = std::move(lv.gradient);
    }
    return out;
}

}  // namespace jalur

#include "engine/start_values.hpp"

#include <cmath>
#include <vector>

namespace jalur {

namespace {

struct Equation {
    std::vector<int> free_predictors;        // observed indices
    std::vector<int> fixed_predictors;
    std::vector<double> fixed_values;
};

// Least squares of one observed outcome on its observed predictors, with fixed coefficients moved to the
// outcome: coefficients of the free predictors and the residual variance.
void least_squares(const Eigen::MatrixXd& s, int y, const Equation& eq, Eigen::VectorXd& beta, double& residual) {
    const auto k = static_cast<Eigen::Index>(eq.free_predictors.size());
    // y* = y − Σ c_f x_f: its covariances with the free predictors and its variance.
    Eigen::VectorXd s_xy(k);
    for (Eigen::Index a = 0; a < k; ++a) {
        const int x = eq.free_predictors[a];
        s_xy[a] = s(x, y);
        for (std::size_t f = 0; f < eq.fixed_predictors.size(); ++f)
            s_xy[a] -= eq.fixed_values[f] * s(eq.fixed_predictors[f], x);
    }
    double var_y = s(y, y);
    for (std::size_t f = 0; f < eq.fixed_predictors.size(); ++f) {
        var_y -= 2 * eq.fixed_values[f] * s(y, eq.fixed_predictors[f]);
        for (std::size_t g = 0; g < eq.fixed_predictors.size(); ++g)
            var_y += eq.fixed_values[f] * eq.fixed_values[g] * s(eq.fixed_predictors[f], eq.fixed_predictors[g]);
    }
    Eigen::MatrixXd s_xx(k, k);
    for (Eigen::Index a = 0; a < k; ++a)
        for (Eigen::Index b = 0; b < k; ++b) s_xx(a, b) = s(eq.free_predictors[a], eq.free_predictors[b]);
    beta = k > 0 ? Eigen::VectorXd(s_xx.ldlt().solve(s_xy)) : Eigen::VectorXd();
    residual = var_y - (k > 0 ? beta.dot(s_xy) : 0.0);
    if (!(residual > 0.05 * s(y, y)) || !beta.allFinite()) {  // a poor fit of the equation: be modest
        beta = Eigen::VectorXd::Zero(k);
        residual = 0.5 * s(y, y);
    }
}

}  // namespace

Eigen::VectorXd diagonal_start_values(const ParameterTable& table, const RamModel& model,
                                      const Eigen::MatrixXd& sample) {
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(model.parameter_count);
    for (const auto& row : table.rows) {
        if (row.index < 0 || !row.is_variance()) continue;
        const int v = model.index_of(row.lhs);
        theta[row.index] = v < model.observed_count ? sample(v, v) : 0.05;
    }
    return theta;
}

Eigen::VectorXd start_values(const ParameterTable& table, const RamModel& model, const Eigen::MatrixXd& sample) {
    Eigen::VectorXd theta = diagonal_start_values(table, model, sample);
    const int p = model.observed_count;
    auto observed = [&](int v) { return v >= 0 && v < p; };

    // Equations of observed outcomes whose predictors are all observed.
    std::vector<Equation> equations(p);
    std::vector<bool> usable(p, true);
    for (const auto& row : table.rows) {
        if (!row.is_directed()) continue;
        const int y = model.index_of(row.outcome()), x = model.index_of(row.predictor());
        if (!observed(y)) continue;
        if (!observed(x)) {
            usable[y] = false;
            continue;
        }
        if (row.index >= 0) {
            equations[y].free_predictors.push_back(x);
        } else {
            equations[y].fixed_predictors.push_back(x);
            equations[y].fixed_values.push_back(row.value);
        }
    }
    std::vector<Eigen::VectorXd> betas(p);
    std::vector<double> residuals(p, 0.0);
    for (int y = 0; y < p; ++y)
        if (usable[y]) least_squares(sample, y, equations[y], betas[y], residuals[y]);

    std::vector<bool> assigned(model.parameter_count, false);
    for (const auto& row : table.rows) {
        if (row.index < 0 || assigned[row.index]) continue;
        assigned[row.index] = true;
        double& value = theta[row.index];
        if (!std::isnan(row.value)) {
            value = row.value;
            continue;
        }
        const int i = model.index_of(row.outcome()), j = model.index_of(row.predictor());
        if (row.is_directed()) {
            if (!observed(i) || !usable[i]) continue;
            const auto& preds = equations[i].free_predictors;
            for (std::size_t a = 0; a < preds.size(); ++a)
                if (preds[a] == j) value = betas[i][static_cast<Eigen::Index>(a)];
        } else if (observed(i) && observed(j)) {
            const bool i_exo = !table.is_endogenous(row.lhs), j_exo = !table.is_endogenous(row.rhs);
            if (i_exo && j_exo) value = sample(i, j);                      // exogenous moments
            else if (i == j && usable[i]) value = residuals[i];            // residual variance
        }
    }
    return theta;
}

}  // namespace jalur

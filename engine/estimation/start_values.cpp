#include "engine/estimation/start_values.hpp"

#include <algorithm>
#include <cmath>
#include <map>
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

// A one-factor solution for one latent variable from its observed indicators: one principal-axis step
// (communalities from the largest correlation of each indicator), scaled to the factor's identification.
struct FactorStart {
    double variance = 0.05;              // lavaan's start for a latent variance without better knowledge
    std::vector<int> indicators;         // observed indices
    std::vector<double> loadings;        // one per indicator
};

FactorStart factor_start(const ParameterTable& table, const RamModel& model, const Eigen::MatrixXd& s,
                         const std::string& factor) {
    FactorStart start;
    const ParameterRow* scale_row = nullptr;  // the first loading: the marker when fixed
    for (const auto& row : table.rows) {
        if (row.op != Op::Loading || row.lhs != factor) continue;
        const int j = model.index_of(row.rhs);
        if (j >= model.observed_count) continue;
        if (!scale_row) scale_row = &row;
        start.indicators.push_back(j);
    }
    const auto k = static_cast<Eigen::Index>(start.indicators.size());
    if (k == 0) return start;
    Eigen::MatrixXd reduced(k, k);
    for (Eigen::Index a = 0; a < k; ++a)
        for (Eigen::Index b = 0; b < k; ++b) reduced(a, b) = s(start.indicators[a], start.indicators[b]);
    for (Eigen::Index a = 0; a < k; ++a) {
        double communality = k == 1 ? 0.5 : 0.0;
        for (Eigen::Index b = 0; b < k; ++b)
            if (b != a) communality = std::max(communality, std::abs(reduced(a, b)) / std::sqrt(reduced(a, a) * reduced(b, b)));
        reduced(a, a) *= communality;
    }
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(reduced);
    Eigen::VectorXd l = eigen.eigenvectors().col(k - 1) * std::sqrt(std::max(eigen.eigenvalues()[k - 1], 1e-8));
    if (l[0] < 0) l = -l;
    // Scale: a fixed first loading c makes the factor variance (l₀/c)²; otherwise the variance is 1 (std_lv)
    // or whatever the user fixed it to.
    const ParameterRow* variance_row = table.find(factor, Op::Covariance, factor);
    if (!scale_row->free && scale_row->value != 0 && std::abs(l[0]) > 1e-8) {
        start.variance = std::pow(l[0] / scale_row->value, 2);
    } else {
        start.variance = variance_row && !variance_row->free ? variance_row->value : 1.0;
    }
    const double unit = std::sqrt(start.variance);
    for (Eigen::Index a = 0; a < k; ++a) start.loadings.push_back(l[a] / unit);
    return start;
}

// The mean of `factor` at the start: its fixed value, or for a free mean, from an indicator whose intercept is
// fixed (a marker's, usually): ȳ_j = τ_j + λ_j κ gives κ = (ȳ_j − τ_j) / λ_j. Zero when no indicator fixes it.
double latent_mean_start(const ParameterTable& table, const RamModel& model, const Eigen::VectorXd& means,
                         const std::map<std::string, FactorStart>& factors, const std::string& factor) {
    const ParameterRow* mean_row = table.find(factor, Op::Intercept, "");
    if (!mean_row) return 0.0;
    if (!mean_row->free) return mean_row->value;
    const FactorStart& f = factors.at(factor);
    double best = 0.0;
    bool found = false;
    for (std::size_t a = 0; a < f.indicators.size(); ++a) {
        const int j = f.indicators[a];
        const ParameterRow* intercept = table.find(model.variables[static_cast<std::size_t>(j)], Op::Intercept, "");
        if (!intercept || intercept->free) continue;
        const ParameterRow* loading = table.find(factor, Op::Loading, model.variables[static_cast<std::size_t>(j)]);
        const bool fixed_loading = loading && !loading->free;
        const double lambda = fixed_loading ? loading->value : f.loadings[a];
        if (std::abs(lambda) < 1e-8) continue;
        if (!found || fixed_loading) best = (means[j] - intercept->value) / lambda;
        found = true;
        if (fixed_loading) break;  // a fixed loading and a fixed intercept give κ exactly
    }
    return best;
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

Eigen::VectorXd start_values(const ParameterTable& table, const RamModel& model, const Eigen::MatrixXd& sample,
                             const Eigen::VectorXd* means) {
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

    // One-factor solutions per latent variable; unique variances of their indicators from them.
    std::map<std::string, FactorStart> factors;
    for (const auto& f : table.latent()) factors[f] = factor_start(table, model, sample, f);
    std::vector<double> unique(p, kNaN);
    for (const auto& [name, f] : factors)
        for (std::size_t a = 0; a < f.indicators.size(); ++a) {
            const int j = f.indicators[a];
            unique[j] = std::max(sample(j, j) - f.loadings[a] * f.loadings[a] * f.variance, 0.1 * sample(j, j));
        }

    // Latent means, and each observed variable's part of its mean that its factors explain (Σ λ κ).
    std::map<std::string, double> latent_means;
    Eigen::VectorXd explained_mean = Eigen::VectorXd::Zero(p);
    if (means)
        for (const auto& [name, f] : factors) {
            const double kappa = latent_mean_start(table, model, *means, factors, name);
            latent_means[name] = kappa;
            for (std::size_t a = 0; a < f.indicators.size(); ++a) explained_mean[f.indicators[a]] += f.loadings[a] * kappa;
        }

    std::vector<bool> assigned(model.parameter_count, false);
    for (const auto& row : table.rows) {
        if (row.index < 0 || assigned[row.index]) continue;
        assigned[row.index] = true;
        double& value = theta[row.index];
        if (!std::isnan(row.value)) {
            value = row.value;
            continue;
        }
        if (row.op == Op::Intercept) {
            const int y = model.index_of(row.lhs);
            value = 0.0;
            if (!means) continue;
            if (!observed(y)) {
                value = latent_means[row.lhs];
                continue;
            }
            value = (*means)[y];
            if (!usable[y]) {
                value -= explained_mean[y];
                continue;
            }
            const Equation& eq = equations[y];
            for (std::size_t a = 0; a < eq.free_predictors.size(); ++a)
                value -= betas[y][static_cast<Eigen::Index>(a)] * (*means)[eq.free_predictors[a]];
            for (std::size_t f = 0; f < eq.fixed_predictors.size(); ++f)
                value -= eq.fixed_values[f] * (*means)[eq.fixed_predictors[f]];
            continue;
        }
        const int i = model.index_of(row.outcome()), j = model.index_of(row.predictor());
        if (row.op == Op::Loading) {
            const FactorStart& f = factors[row.lhs];
            value = 1.0;  // a factor measured by factors
            for (std::size_t a = 0; a < f.indicators.size(); ++a)
                if (f.indicators[a] == i) value = f.loadings[a];
        } else if (row.is_variance() && table.is_latent(row.lhs)) {
            // Endogenous factors start with half their one-factor variance left unexplained.
            value = factors[row.lhs].variance * (table.is_endogenous(row.lhs) ? 0.5 : 1.0);
        } else if (row.is_variance() && observed(i) && !std::isnan(unique[i]) && !usable[i]) {
            value = unique[i];
        } else if (row.is_directed()) {
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

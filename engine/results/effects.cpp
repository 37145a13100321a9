#include "engine/results/effects.hpp"

#include <algorithm>
#include <cmath>

#include "engine/inference/wald.hpp"

namespace jalur {

namespace {

using Pattern = Eigen::Matrix<bool, Eigen::Dynamic, Eigen::Dynamic>;

// Which cells of A are paths of the model (free, or fixed at a non-zero value).
Pattern direct_paths(const RamModel& model) {
    Pattern p = model.fixed_A.array() != 0.0;
    for (const auto& c : model.cells)
        if (c.matrix == RamMatrix::A) p(c.row, c.col) = true;
    return p;
}

// reach(i, j): a directed path of length ≥ 1 leads from j to i.
Pattern reachability(const Pattern& direct) {
    const auto m = direct.rows();
    Pattern reach = direct;
    for (Eigen::Index k = 0; k < m; ++k)  // Warshall
        for (Eigen::Index i = 0; i < m; ++i)
            if (reach(i, k))
                for (Eigen::Index j = 0; j < m; ++j)
                    if (reach(k, j)) reach(i, j) = true;
    return reach;
}

Pattern indirect_paths(const Pattern& direct, const Pattern& reach) {
    const auto m = direct.rows();
    Pattern indirect = Pattern::Constant(m, m, false);
    for (Eigen::Index i = 0; i < m; ++i)
        for (Eigen::Index k = 0; k < m; ++k)
            if (direct(i, k))
                for (Eigen::Index j = 0; j < m; ++j)
                    if (reach(k, j)) indirect(i, j) = true;
    return indirect;
}

}  // namespace

std::vector<int> causal_order(const RamModel& model) {
    const Pattern reach = reachability(direct_paths(model));
    const int m = model.variable_count();
    // Depth = number of variables with a path to it; a feedback loop keeps its members together.
    std::vector<int> depth(m, 0), order(m);
    for (int i = 0; i < m; ++i) {
        order[i] = i;
        for (int j = 0; j < m; ++j)
            if (j != i && reach(i, j)) ++depth[i];
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return depth[a] < depth[b]; });
    return order;
}

std::vector<Effect> compute_effects(const ImpliedMoments& implied, const Eigen::MatrixXd& vcov) {
    const RamModel& model = implied.model();
    const Pattern direct = direct_paths(model);
    const Pattern reach = reachability(direct);
    const Pattern indirect = indirect_paths(direct, reach);
    const Eigen::MatrixXd& B = implied.B();
    const Eigen::MatrixXd& A = implied.A();
    const Eigen::VectorXd sd = implied.C().diagonal().cwiseMax(0.0).cwiseSqrt();
    const int q = model.parameter_count;

    std::vector<Effect> out;
    const std::vector<int> order = causal_order(model);
    std::size_t pairs = 0;  // reserved at once: an Effect is large, and regrowing copies them all
    for (int from : order)
        for (int to : order) pairs += reach(to, from) ? 1 : 0;
    out.reserve(pairs);
    Eigen::VectorXd j_total(q), j_direct(q);
    for (int from : order) {
        for (int to : order) {
            if (!reach(to, from)) continue;  // from == to only in a feedback loop
            // Gradients of T(to, from) and A(to, from) with respect to θ.
            j_total.setZero();
            j_direct.setZero();
            for (const auto& c : model.cells) {
                if (c.matrix != RamMatrix::A) continue;
                j_total[c.parameter] += B(to, c.row) * B(c.col, from);
                if (c.row == to && c.col == from) j_direct[c.parameter] += 1.0;
            }
            const double scale = sd[to] > 0 ? sd[from] / sd[to] : kNaN;
            // T = (I − A)⁻¹ − I: on the diagonal, the effect of a variable on itself through its loop.
            const double total = B(to, from) - (from == to ? 1.0 : 0.0);
            const double direct_value = A(to, from);
            Effect e;
            e.from = model.variables[from];
            e.to = model.variables[to];
            e.total = wald_estimate(total, delta_se(j_total, vcov), total * scale);
            if (direct(to, from)) e.direct = wald_estimate(direct_value, delta_se(j_direct, vcov), direct_value * scale);
            if (indirect(to, from)) {
                const double value = total - direct_value;
                e.indirect = wald_estimate(value, delta_se(j_total - j_direct, vcov), value * scale);
            }
            out.push_back(std::move(e));
        }
    }
    return out;
}

std::vector<std::pair<std::string, double>> explained_variance(const ImpliedMoments& implied,
                                                               const std::vector<std::string>& endogenous) {
    std::vector<std::pair<std::string, double>> out;
    for (const auto& name : endogenous) {
        const int v = implied.model().index_of(name);
        out.emplace_back(name, 1.0 - implied.S()(v, v) / implied.C()(v, v));
    }
    return out;
}

std::vector<ReducedFormEquation> reduced_form(const ImpliedMoments& implied, const std::vector<Effect>& effects,
                                              const std::vector<std::string>& endogenous,
                                              const std::vector<std::string>& exogenous) {
    const RamModel& model = implied.model();
    std::vector<int> endo;
    for (const auto& name : endogenous) endo.push_back(model.index_of(name));
    std::vector<ReducedFormEquation> out;
    for (const auto& name : endogenous) {
        ReducedFormEquation eq;
        eq.outcome = name;
        for (const auto& x : exogenous)
            for (const auto& e : effects)
                if (e.from == x && e.to == name && e.total) eq.terms.emplace_back(x, *e.total);
        const int y = model.index_of(name);
        double error_variance = 0;
        for (int u : endo)
            for (int w : endo) error_variance += implied.B()(y, u) * implied.S()(u, w) * implied.B()(y, w);
        eq.error_variance = error_variance;
        eq.r2 = 1.0 - error_variance / implied.C()(y, y);
        out.push_back(std::move(eq));
    }
    return out;
}

}  // namespace jalur

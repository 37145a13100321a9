#include "engine/results/construct_validity.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "engine/errors.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/model/ram_model.hpp"

namespace jalur {

namespace {

struct Block {
    std::string factor;
    std::vector<std::string> indicators;
    bool cross_loaded = false;  // an indicator also loads on another factor
};

// The first-order factors with their observed indicators. Higher-order factors are dropped; factors that share
// an indicator are kept (their correlations are still defined) but marked, because their reliabilities would
// credit the shared indicator's variance to each of them.
std::vector<Block> first_order_factors(const FitResult& fit, std::vector<std::string>& notes) {
    std::vector<Block> blocks;
    std::vector<std::pair<std::string, std::vector<std::string>>> loads_on;  // indicator → factors, table order
    for (const std::string& factor : fit.table.latent()) {
        Block block{factor, {}, false};
        std::vector<std::string> latent_indicators;
        for (const auto& r : fit.table.rows) {
            if (r.op != Op::Loading || r.lhs != factor) continue;
            if (!contains(fit.observed, r.rhs)) {
                latent_indicators.push_back(r.rhs);
                continue;
            }
            block.indicators.push_back(r.rhs);
            auto it = std::find_if(loads_on.begin(), loads_on.end(), [&](const auto& p) { return p.first == r.rhs; });
            if (it == loads_on.end()) it = loads_on.emplace(loads_on.end(), r.rhs, std::vector<std::string>{});
            it->second.push_back(factor);
        }
        if (!latent_indicators.empty())
            notes.push_back(factor + " is measured by latent variables (" + join(latent_indicators) +
                            "): a higher-order factor, left out");
        else
            blocks.push_back(block);
    }
    for (const auto& [indicator, factors] : loads_on) {
        if (factors.size() < 2) continue;
        notes.push_back(indicator + " loads on " + join(factors) +
                        ": no omega, composite reliability, AVE or HTMT for these factors");
        for (auto& b : blocks)
            if (contains(factors, b.factor)) b.cross_loaded = true;
    }
    return blocks;
}

void require_positive_variance(const Eigen::MatrixXd& c, int k, const std::string& name, const char* which) {
    if (c(k, k) > 0) return;
    std::ostringstream value;
    value << c(k, k);
    throw NumericalError("construct validity: the " + std::string(which) + " variance of " + name + " is " +
                         value.str() + ", expected a positive variance");
}

// omega, composite reliability and AVE of one factor from the implied covariances C of all variables and
// the path matrix A (A(i, f): the loading of indicator i on factor f).
void reliability(FactorReliability& out, const RamModel& model, const Eigen::MatrixXd& a, const Eigen::MatrixXd& c) {
    const int f = model.index_of(out.factor);
    const double psi = c(f, f);
    std::vector<int> idx;
    for (const auto& name : out.indicators) idx.push_back(model.index_of(name));
    double sum_loading = 0, sum_std = 0, sum_std_squared = 0, total = 0, total_std = 0;
    for (int i : idx) {
        const double lambda = a(i, f);
        const double standardized = lambda * std::sqrt(psi / c(i, i));
        sum_loading += lambda;
        sum_std += standardized;
        sum_std_squared += standardized * standardized;
        for (int j : idx) {
            total += c(i, j);
            total_std += c(i, j) / std::sqrt(c(i, i) * c(j, j));
        }
    }
    if (!(total > 0))
        throw NumericalError("construct validity: the implied variance of the sum of " + out.factor +
                             "'s indicators is not positive, expected a positive definite implied covariance");
    out.omega = sum_loading * sum_loading * psi / total;
    out.composite_reliability = sum_std * sum_std / total_std;
    out.ave = sum_std_squared / static_cast<double>(idx.size());
}

// Arithmetic and geometric mean of |r| over a set of correlations.
struct MeanAbs {
    double arithmetic = 0;
    double geometric = 0;
};

MeanAbs mean_abs(const std::vector<double>& r) {
    double sum = 0, sum_log = 0;
    for (double v : r) {
        sum += std::abs(v);
        sum_log += std::log(std::abs(v));  // −∞ for a zero correlation: the geometric mean is then 0
    }
    const double n = static_cast<double>(r.size());
    return {sum / n, std::exp(sum_log / n)};
}

// HTMT and HTMT2 from the sample correlations, for the factors that have a monotrait block (≥ 2 indicators)
// and no shared indicator; NaN elsewhere.
void heterotrait_monotrait(ConstructValidity& out, const std::vector<Block>& blocks, const FitResult& fit) {
    const Eigen::MatrixXd& s = fit.sample_covariance;
    const auto column = [&](const std::string& name) {
        const int k = static_cast<int>(std::find(fit.observed.begin(), fit.observed.end(), name) - fit.observed.begin());
        require_positive_variance(s, k, name, "sample");
        return k;
    };
    const auto r = [&](int i, int j) { return s(i, j) / std::sqrt(s(i, i) * s(j, j)); };

    const auto n = static_cast<Eigen::Index>(blocks.size());
    std::vector<std::vector<int>> cols(blocks.size());
    std::vector<MeanAbs> mono(blocks.size());
    std::vector<bool> has_monotrait(blocks.size(), false);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        for (const auto& name : blocks[b].indicators) cols[b].push_back(column(name));
        if (blocks[b].cross_loaded) continue;
        if (cols[b].size() < 2) {
            out.notes.push_back(blocks[b].factor + " has one indicator (" + blocks[b].indicators.front() +
                                "): no HTMT, which needs correlations among a factor's indicators; its omega"
                                " and AVE are that indicator's reliability");
            continue;
        }
        std::vector<double> within;
        for (std::size_t i = 0; i < cols[b].size(); ++i)
            for (std::size_t j = i + 1; j < cols[b].size(); ++j) within.push_back(r(cols[b][i], cols[b][j]));
        mono[b] = mean_abs(within);
        has_monotrait[b] = true;
        if (!(mono[b].geometric > 0))
            out.notes.push_back(blocks[b].factor + (mono[b].arithmetic > 0
                                                        ? ": two of its indicators are uncorrelated, no HTMT2"
                                                        : ": its indicators are uncorrelated, no HTMT or HTMT2"));
    }

    // A zero mean within a factor (every |r| 0 for HTMT, one for HTMT2) leaves its ratios undefined.
    const auto ratio = [](double between, double within_b, double within_g) {
        return within_b > 0 && within_g > 0 ? between / std::sqrt(within_b * within_g) : kNaN;
    };
    out.htmt = Eigen::MatrixXd::Constant(n, n, kNaN);
    out.htmt2 = Eigen::MatrixXd::Constant(n, n, kNaN);
    for (Eigen::Index b = 0; b < n; ++b) {
        if (!has_monotrait[b]) continue;
        out.htmt(b, b) = mono[b].arithmetic > 0 ? 1.0 : kNaN;
        out.htmt2(b, b) = mono[b].geometric > 0 ? 1.0 : kNaN;
        for (Eigen::Index g = 0; g < b; ++g) {
            if (!has_monotrait[g]) continue;
            std::vector<double> between;
            for (int i : cols[b])
                for (int j : cols[g]) between.push_back(r(i, j));
            const MeanAbs hetero = mean_abs(between);
            out.htmt(b, g) = out.htmt(g, b) = ratio(hetero.arithmetic, mono[b].arithmetic, mono[g].arithmetic);
            out.htmt2(b, g) = out.htmt2(g, b) = ratio(hetero.geometric, mono[b].geometric, mono[g].geometric);
        }
    }
}

}  // namespace

ConstructValidity construct_validity(const FitResult& fit) {
    ConstructValidity out;
    const std::vector<Block> blocks = first_order_factors(fit, out.notes);
    if (blocks.empty()) {
        out.notes.push_back("the model has no latent variables measured by observed variables:"
                            " no construct reliability or validity");
        return out;
    }

    // The implied covariances of all variables, latent ones included (lavaan's cov.lv for the factors).
    const RamModel model = compile_ram(fit.table, fit.observed);
    ImpliedMoments implied(model);
    const Eigen::VectorXd theta = model.estimates(fit.table);
    if (!theta.allFinite() || !implied.update(theta))
        throw NumericalError("construct validity: the parameter table has no estimates, expected a fitted model");
    implied.compute_all_covariances();
    const Eigen::MatrixXd& c = implied.C();

    const auto n = static_cast<Eigen::Index>(blocks.size());
    std::vector<int> factor_index;
    for (const auto& b : blocks) {
        factor_index.push_back(model.index_of(b.factor));
        require_positive_variance(c, factor_index.back(), b.factor, "implied");
        for (const auto& name : b.indicators) require_positive_variance(c, model.index_of(name), name, "implied");
        FactorReliability f;
        f.factor = b.factor;
        f.indicators = b.indicators;
        if (!b.cross_loaded) reliability(f, model, implied.A(), c);
        out.factors.push_back(f);
    }
    out.factor_correlations.resize(n, n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j) {
            const int a = factor_index[i], b = factor_index[j];
            out.factor_correlations(i, j) = i == j ? 1.0 : c(a, b) / std::sqrt(c(a, a) * c(b, b));
        }
    heterotrait_monotrait(out, blocks, fit);
    return out;
}

Eigen::MatrixXd ConstructValidity::fornell_larcker() const {
    Eigen::MatrixXd table = factor_correlations;
    for (Eigen::Index i = 0; i < table.rows(); ++i) table(i, i) = std::sqrt(factors[i].ave);
    return table;
}

bool ConstructValidity::fornell_larcker_holds(std::size_t factor) const {
    const double root = std::sqrt(factors.at(factor).ave);
    if (std::isnan(root)) return false;
    const auto i = static_cast<Eigen::Index>(factor);
    for (Eigen::Index j = 0; j < factor_correlations.cols(); ++j)
        if (j != i && !(root > std::abs(factor_correlations(i, j)))) return false;
    return true;
}

bool ConstructValidity::fornell_larcker_holds() const {
    for (std::size_t i = 0; i < factors.size(); ++i)
        if (!fornell_larcker_holds(i)) return false;
    return true;
}

}  // namespace jalur

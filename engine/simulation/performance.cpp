#include "engine/simulation/performance.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace jalur {

namespace {

double mean_of(const std::vector<double>& x) {
    double sum = 0;
    for (const double v : x) sum += v;
    return x.empty() ? kNaN : sum / static_cast<double>(x.size());
}

// Σ(x − mean)² / (n − 1).
double variance_of(const std::vector<double>& x, double mean) {
    if (x.size() < 2) return kNaN;
    double sum = 0;
    for (const double v : x) sum += (v - mean) * (v - mean);
    return sum / static_cast<double>(x.size() - 1);
}

// R's quantile type 7: x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) with h = (n − 1)p, 0-based.
IndexQuantiles quantiles_of(std::vector<double> x) {
    IndexQuantiles q;
    if (x.empty()) return q;
    std::sort(x.begin(), x.end());
    auto at = [&](double p) {
        const double h = static_cast<double>(x.size() - 1) * p;
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const std::size_t hi = std::min(lo + 1, x.size() - 1);
        return x[lo] + (h - static_cast<double>(lo)) * (x[hi] - x[lo]);
    };
    q.p05 = at(0.05);
    q.p50 = at(0.5);
    q.p95 = at(0.95);
    return q;
}

// A proportion and its Monte Carlo SE √(P(1 − P)/R).
std::pair<double, double> proportion(int hits, int total) {
    if (total == 0) return {kNaN, kNaN};
    const double p = static_cast<double>(hits) / total;
    return {p, std::sqrt(p * (1 - p) / total)};
}

ParameterPerformance parameter_performance(const std::vector<const ReplicateFit*>& fits, std::size_t k, double truth,
                                           double alpha) {
    std::vector<double> est, se, squared_error;
    int covered = 0, rejected = 0, tested = 0, intervals = 0;
    for (const ReplicateFit* fit : fits) {
        const ParameterOutcome& o = fit->parameters[k];
        if (!std::isfinite(o.est)) continue;
        est.push_back(o.est);
        if (std::isfinite(o.se)) se.push_back(o.se);
        if (std::isfinite(truth)) squared_error.push_back((o.est - truth) * (o.est - truth));
        if (std::isfinite(truth) && std::isfinite(o.ci_lower) && std::isfinite(o.ci_upper)) {
            ++intervals;
            covered += o.ci_lower <= truth && truth <= o.ci_upper ? 1 : 0;
        }
        if (std::isfinite(o.pvalue)) {
            ++tested;
            rejected += o.pvalue < alpha ? 1 : 0;
        }
    }
    ParameterPerformance p;
    p.truth = truth;
    p.replications = static_cast<int>(est.size());
    if (est.empty()) return p;
    const double R = static_cast<double>(est.size());
    p.mean = mean_of(est);
    const double variance = variance_of(est, p.mean);
    p.empirical_se = std::sqrt(variance);
    p.empirical_se_mcse = p.empirical_se / std::sqrt(2 * (R - 1));
    if (std::isfinite(truth)) {
        p.bias = p.mean - truth;
        p.bias_mcse = std::sqrt(variance / R);
        if (truth != 0) {
            p.relative_bias = p.bias / truth;
            p.relative_bias_mcse = p.bias_mcse / std::abs(truth);
        }
        const double mse = mean_of(squared_error);
        double spread = 0;
        for (const double e : squared_error) spread += (e - mse) * (e - mse);
        p.rmse = std::sqrt(mse);
        p.rmse_mcse = std::sqrt(spread / (R * (R - 1))) / (2 * p.rmse);
    }
    if (!se.empty()) {
        p.mean_se = mean_of(se);
        p.se_ratio = p.mean_se / p.empirical_se;
        // Delta method: the ratio's relative error from the mean SE's and the empirical SE's.
        const double se_variance = variance_of(se, p.mean_se);
        p.se_ratio_mcse = p.se_ratio * std::sqrt(se_variance / (static_cast<double>(se.size()) * p.mean_se * p.mean_se) +
                                                 1 / (2 * (R - 1)));
    }
    std::tie(p.coverage, p.coverage_mcse) = proportion(covered, intervals);
    std::tie(p.rejection, p.rejection_mcse) = proportion(rejected, tested);
    return p;
}

ModelPerformance model_performance(const std::vector<const ReplicateFit*>& all, double alpha) {
    ModelPerformance m;
    m.attempted = static_cast<int>(all.size());
    std::vector<double> chisq, cfi, tli, rmsea, srmr;
    int tested = 0, rejected = 0, cfi_below = 0, rmsea_above = 0, srmr_above = 0;
    for (const ReplicateFit* fit : all) {
        switch (fit->status) {
            case ReplicateStatus::Converged: ++m.converged; break;
            case ReplicateStatus::NotConverged: ++m.not_converged; continue;
            case ReplicateStatus::Failed: ++m.failed; continue;
        }
        m.heywood += fit->heywood ? 1 : 0;
        if (std::isfinite(fit->chisq)) chisq.push_back(fit->chisq);
        if (std::isfinite(fit->df)) m.df = fit->df;
        if (std::isfinite(fit->pvalue)) {
            ++tested;
            rejected += fit->pvalue < alpha ? 1 : 0;
        }
        if (std::isfinite(fit->cfi)) {
            cfi.push_back(fit->cfi);
            cfi_below += fit->cfi < 0.95 ? 1 : 0;
        }
        if (std::isfinite(fit->tli)) tli.push_back(fit->tli);
        if (std::isfinite(fit->rmsea)) {
            rmsea.push_back(fit->rmsea);
            rmsea_above += fit->rmsea > 0.06 ? 1 : 0;
        }
        if (std::isfinite(fit->srmr)) {
            srmr.push_back(fit->srmr);
            srmr_above += fit->srmr > 0.08 ? 1 : 0;
        }
    }
    m.chisq_mean = mean_of(chisq);
    m.tested = tested;
    std::tie(m.chisq_rejection, m.chisq_rejection_mcse) = proportion(rejected, tested);
    m.cfi_mean = mean_of(cfi);
    m.tli_mean = mean_of(tli);
    m.rmsea_mean = mean_of(rmsea);
    m.srmr_mean = mean_of(srmr);
    m.cfi = quantiles_of(cfi);
    m.tli = quantiles_of(tli);
    m.rmsea = quantiles_of(rmsea);
    m.srmr = quantiles_of(srmr);
    m.cfi_below = proportion(cfi_below, static_cast<int>(cfi.size())).first;
    m.rmsea_above = proportion(rmsea_above, static_cast<int>(rmsea.size())).first;
    m.srmr_above = proportion(srmr_above, static_cast<int>(srmr.size())).first;
    return m;
}

}  // namespace

std::vector<CellPerformance> summarize_study(const Study& study,
                                             const std::vector<std::vector<StudyParameter>>& parameters,
                                             std::vector<ReplicateFit> fits) {
    // Replication order within each cell, whatever order the fits came in.
    std::sort(fits.begin(), fits.end(), [](const ReplicateFit& a, const ReplicateFit& b) {
        return std::tie(a.condition, a.analysis, a.estimator, a.replication) <
               std::tie(b.condition, b.analysis, b.estimator, b.replication);
    });
    std::vector<CellPerformance> cells;
    auto begin = fits.begin();
    while (begin != fits.end()) {
        auto end = std::find_if(begin, fits.end(), [&](const ReplicateFit& f) {
            return f.condition != begin->condition || f.analysis != begin->analysis || f.estimator != begin->estimator;
        });
        std::vector<const ReplicateFit*> all, converged;
        for (auto it = begin; it != end; ++it) {
            all.push_back(&*it);
            if (it->status == ReplicateStatus::Converged) converged.push_back(&*it);
        }
        CellPerformance cell;
        cell.condition = begin->condition;
        cell.analysis = begin->analysis;
        cell.estimator = begin->estimator;
        cell.model = model_performance(all, study.alpha);
        const auto& analysis_parameters = parameters[static_cast<std::size_t>(cell.analysis)];
        for (std::size_t k = 0; k < analysis_parameters.size(); ++k)
            cell.parameters.push_back(parameter_performance(converged, k, analysis_parameters[k].truth, study.alpha));
        cells.push_back(std::move(cell));
        begin = end;
    }
    return cells;
}

}  // namespace jalur

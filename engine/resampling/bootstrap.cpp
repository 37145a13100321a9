#include "engine/resampling/bootstrap.hpp"

#include <tbb/enumerable_thread_specific.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "engine/data/sample_statistics.hpp"
#include "engine/estimation/estimate.hpp"
#include "engine/inference/model_test.hpp"
#include "engine/inference/wald.hpp"
#include "engine/model/prepare.hpp"
#include "engine/resampling/bootstrap_quantities.hpp"
#include "engine/resampling/parallel_blocks.hpp"
#include "engine/resampling/resampler.hpp"

namespace jalur {

namespace {

// Replicates are run in blocks of this many, with a progress report after each.
constexpr std::size_t kBlock = 256;

// The complete rows of the model's variables, in data order (the cases a replicate resamples).
Eigen::MatrixXd complete_rows(const Data& data, const std::vector<std::string>& observed) {
    StatisticsRequest request;
    request.rows = true;
    return std::move(*sample_statistics(data, observed, request).rows);
}

void require_replayable(const BootstrapOptions& options, int n) {
    for (std::size_t r = 0; r < options.indices.size(); ++r) {
        const auto& indices = options.indices[r];
        if (static_cast<int>(indices.size()) != n)
            throw InputError(options.indices_source,
                             "replicate " + std::to_string(r + 1) + " has " + std::to_string(indices.size()) +
                                 " case indices, expected " + std::to_string(n) + " (one per complete case)");
        for (const int i : indices)
            if (i < 0 || i >= n)
                throw InputError(options.indices_source,
                                 "replicate " + std::to_string(r + 1) + " has case index " + std::to_string(i + 1) +
                                     ", expected 1 to " + std::to_string(n) + " (the complete cases)");
    }
}

Resampler resampler_of(const Data& data, const EstimationOptions& options, const FitResult& fit) {
    const BootstrapOptions& boot = *options.bootstrap;
    if (boot.type == BootstrapType::Parametric) {
        if (!boot.indices.empty())
            throw InputError(boot.indices_source, "the parametric bootstrap draws new cases and replays no indices, "
                                                  "expected bootstrap type nonparametric or bollen.stine");
        Eigen::VectorXd mu = fit.meanstructure ? fit.implied_means : Eigen::VectorXd::Zero(fit.implied_covariance.rows());
        return Resampler::normal(fit.implied_covariance, mu, fit.n, boot.seed);
    }
    if (!data.has_rows())
        throw InputError(data.where, std::string("the ") + bootstrap_type_name(boot.type) +
                                         " bootstrap resamples the cases, expected raw data (data: file:) or "
                                         "bootstrap type parametric");
    Eigen::MatrixXd rows = complete_rows(data, fit.observed);
    require_replayable(boot, static_cast<int>(rows.rows()));
    if (boot.type == BootstrapType::BollenStine)
        rows = bollen_stine_rows(rows, fit.sample_covariance, fit.implied_covariance,
                                 fit.meanstructure ? fit.implied_means : Eigen::VectorXd());
    return Resampler::cases(std::move(rows), boot.seed, &boot.indices);
}

// What one thread keeps between replicates.
struct ReplicateScratch {
    Eigen::MatrixXd cases;
    std::vector<int> indices;
    ParameterTable table;  // the fit's table, its est and std_all overwritten by each replicate
    Eigen::VectorXd values;  // the quantities of the replicate
};

struct ReplicateOutput {
    ReplicateOutcome outcome = ReplicateOutcome::Used;
    bool inadmissible = false;
    double chisq = kNaN;
};

// Where a replicate's search starts: its own start values (for a recursive path model the exact solution) or the
// fit's θ̂ (lavaan's start), whichever fits the resample better; two evaluations, against many iterations of a
// search from the worse one (the thesis model's 1000 replicates: 33 instead of 96 ms).
Eigen::VectorXd replicate_start(const PreparedProblem& problem, EstimationWorkspace& workspace,
                                const Eigen::VectorXd& theta_hat) {
    double own = 0, fitted = 0;
    ModelObjective& objective = workspace.objective();
    if (!objective.evaluate(problem.start, &own, nullptr)) return theta_hat;
    if (!objective.evaluate(theta_hat, &fitted, nullptr)) return problem.start;
    return own <= fitted ? problem.start : theta_hat;
}

bool has_negative_variance(const ParameterTable& table) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [](const ParameterRow& r) { return r.is_variance() && r.est < 0; });
}

}  // namespace

BootstrapResult run_bootstrap(const ParameterTable& table, const Data& data, const EstimationOptions& options,
                              const FitResult& fit, Progress* progress) {
    const BootstrapOptions& boot = *options.bootstrap;
    const Resampler resampler = resampler_of(data, options, fit);
    const int B = boot.indices.empty() ? boot.replicates : static_cast<int>(boot.indices.size());

    // Replicates are fitted as the fit was, without its bootstrap and without robust SEs or scaled tests
    // (the estimates do not depend on them).
    EstimationOptions replicate_options = options;
    replicate_options.bootstrap.reset();
    replicate_options.vcov = VcovKind::Expected;
    replicate_options.tests = {TestStatistic::Standard};

    BootstrapResult result;
    result.options = boot;
    result.options.indices.clear();
    result.replayed = !boot.indices.empty();
    result.level = fit.ci_level;
    // A Bollen–Stine run tests the model: its resamples fit the model exactly, so their estimates say nothing
    // about the estimates' sampling variability, and only the χ² is kept. The quantities are indexed in the
    // RAM model of the fit's table (the same for every replicate).
    if (boot.type != BootstrapType::BollenStine)
        result.quantities = bootstrap_quantities(fit, prepare(table, data, replicate_options).model);
    const auto K = static_cast<Eigen::Index>(result.quantities.size());
    result.draws = Eigen::MatrixXd::Constant(B, K, kNaN);
    result.chisq = Eigen::VectorXd::Constant(B, kNaN);
    std::vector<ReplicateOutput> outputs(static_cast<std::size_t>(B));
    // The case counts of each replicate, for BCa's acceleration: only where it can be estimated (nonparametric,
    // more replicates than cases), as they take B × N doubles.
    const bool accelerated = boot.type == BootstrapType::Nonparametric && B > resampler.case_count();
    Eigen::MatrixXd counts;
    if (accelerated) counts = Eigen::MatrixXd::Zero(B, resampler.case_count());
    const int df = fit.fit.df;

    const std::vector<std::string> names = fit.observed;
    tbb::enumerable_thread_specific<ReplicateScratch> scratch(
        [&] { return ReplicateScratch{{}, {}, fit.table, Eigen::VectorXd(K)}; });
    auto run = [&](int r) {
        ReplicateScratch& s = scratch.local();
        ReplicateOutput& out = outputs[static_cast<std::size_t>(r)];
        resampler.draw(static_cast<std::uint64_t>(r), s.cases, s.indices);
        if (accelerated)
            for (const int i : s.indices) counts(r, i) += 1;
        try {
            const PreparedProblem problem =
                prepare(table, Data::from_rows(names, s.cases, data.where), replicate_options);
            EstimationWorkspace workspace(problem);
            const Estimation e = estimate(problem, workspace, replicate_start(problem, workspace, fit.theta));
            if (!e.converged()) {
                out.outcome = ReplicateOutcome::NotConverged;
                return;
            }
            ModelObjective& objective = workspace.objective();
            evaluate_quantities(result.quantities, problem.defined, objective.moments_at(e.theta), e.theta, s.table,
                                s.values);
            result.draws.row(r) = s.values.transpose();
            out.inadmissible = has_negative_variance(s.table);
            out.chisq = model_test(e.fmin, problem.n_inference, df, problem.estimator).chisq;
        } catch (const NumericalError&) {
            out.outcome = ReplicateOutcome::UnusableSample;
        } catch (const InputError&) {  // a resample with fewer distinct cases than the model needs, a constant column
            out.outcome = ReplicateOutcome::UnusableSample;
        } catch (const IdentificationError&) {
            out.outcome = ReplicateOutcome::UnusableSample;
        }
    };

    run_in_blocks(static_cast<std::size_t>(B), boot.threads, kBlock, "bootstrap", progress,
                  [&](std::size_t r) { run(static_cast<int>(r)); });

    // Reductions in replicate order.
    for (int r = 0; r < B; ++r) {
        const ReplicateOutput& out = outputs[static_cast<std::size_t>(r)];
        result.outcomes.push_back(out.outcome);
        result.inadmissible.push_back(out.inadmissible);
        if (out.outcome == ReplicateOutcome::Used) {
            result.chisq[r] = out.chisq;
            if (out.inadmissible) ++result.inadmissible_count;
        } else {
            (out.outcome == ReplicateOutcome::NotConverged ? result.not_converged : result.unusable) += 1;
        }
    }
    const std::vector<Eigen::Index> used = result.used_replicates();
    result.used = static_cast<int>(used.size());
    const Eigen::MatrixXd used_draws = result.draws(used, Eigen::all);
    Eigen::VectorXd acceleration = Eigen::VectorXd::Constant(K, kNaN);
    if (accelerated) acceleration = bca_acceleration(used_draws, counts(used, Eigen::all));
    for (Eigen::Index k = 0; k < K; ++k) {
        BootstrapQuantity& q = result.quantities[static_cast<std::size_t>(k)];
        const bool free_row = q.kind == QuantityKind::Estimate && fit.table.rows[q.row].index >= 0;
        q.summary = summarize_draws(q.estimate, used_draws.col(k), result.level, acceleration[k],
                                    free_row ? SeDivisor::Replicates : SeDivisor::ReplicatesLessOne);
    }

    if (boot.type == BootstrapType::BollenStine) {
        result.observed_chisq = fit.tests.front().chisq;
        int above = 0;
        for (const Eigen::Index r : used) above += result.chisq[r] > result.observed_chisq ? 1 : 0;
        result.bollen_stine_pvalue = result.used > 0 ? static_cast<double>(above) / result.used : kNaN;
    }
    if (result.failed() > kBootstrapFailureWarning * B) {
        std::ostringstream w;
        w << result.failed() << " of " << B << " bootstrap replicates failed (" << result.not_converged
          << " not converged, " << result.unusable
          << " with an unusable sample): the bootstrap results rest on the others and may be biased";
        result.warnings.push_back(w.str());
    }
    return result;
}

void use_bootstrap_standard_errors(FitResult& fit, const BootstrapResult& bootstrap) {
    const int q = static_cast<int>(fit.theta.size());
    std::vector<Eigen::Index> column_of(static_cast<std::size_t>(q), -1);
    auto interval = [&](const BootstrapSummary& s) { return interval_of(s, bootstrap.options.interval); };
    auto effect_of = [&](const BootstrapQuantity& bq) -> Effect* {
        for (Effect& e : fit.effects)
            if (e.from == bq.from && e.to == bq.to) return &e;
        return nullptr;
    };
    for (std::size_t k = 0; k < bootstrap.quantities.size(); ++k) {
        const BootstrapQuantity& bq = bootstrap.quantities[k];
        const BootstrapSummary& s = bq.summary;
        switch (bq.kind) {
            case QuantityKind::Estimate: {
                ParameterRow& row = fit.table.rows[bq.row];
                const Estimate e = wald_estimate(row.est, s.se, row.std_all);
                row.se = e.se;
                row.z = e.z;
                row.pvalue = e.pvalue;
                row.ci = interval(s);
                if (row.index >= 0 && column_of[static_cast<std::size_t>(row.index)] < 0)
                    column_of[static_cast<std::size_t>(row.index)] = static_cast<Eigen::Index>(k);
                break;
            }
            case QuantityKind::Standardized: {
                ParameterRow& row = fit.table.rows[bq.row];
                row.std_all_se = s.se;
                row.std_all_ci = interval(s);
                break;
            }
            case QuantityKind::RSquared: break;  // R² has no SE in the fit; the bootstrap's report shows it
            case QuantityKind::Indirect:
            case QuantityKind::Total: {
                Effect* effect = effect_of(bq);
                if (!effect) break;
                std::optional<Estimate>& part = bq.kind == QuantityKind::Indirect ? effect->indirect : effect->total;
                if (!part) break;
                Estimate e = wald_estimate(part->est, s.se, part->std_all);
                e.ci = interval(s);
                *part = e;
                break;
            }
        }
    }
    // vcov: the covariance (divisor B) of the free parameters' draws over the replicates used.
    const std::vector<Eigen::Index> used = bootstrap.used_replicates();
    if (used.empty()) return;
    Eigen::MatrixXd theta(static_cast<Eigen::Index>(used.size()), q);
    for (int j = 0; j < q; ++j) theta.col(j) = bootstrap.draws(used, column_of[static_cast<std::size_t>(j)]);
    const Eigen::MatrixXd centred = theta.rowwise() - theta.colwise().mean();
    fit.vcov = centred.transpose() * centred / static_cast<double>(used.size());
}

}  // namespace jalur

// jalur_bench_coverage: how often the bootstrap intervals of an indirect effect cover the truth (see
// bench/README.md). A study, not a test: it fits 400 data sets × 999 replicates and takes a minute or two.
//
// The population is the thesis mediation KUALITAS → KEPUASAN → BOR with Σ = the thesis covariance matrix
// (KEPUASAN, BOR, KUALITAS). The model is saturated, so Σ's own regression coefficients are the true values:
// a = σ(KEPUASAN, KUALITAS) / σ²(KUALITAS), (b, c) from regressing BOR on KEPUASAN and KUALITAS, and the true
// indirect effect a·b is computed from Σ exactly. Data set d (1 … D) is N cases from N(0, Σ), drawn by
// jalur::Resampler::normal from the stream keyed by (kDataSeed, d); each is fitted (the spec's model and
// estimation: examples/bootstrap/model.yaml) and bootstrapped nonparametrically with R replicates and seed d,
// single-threaded, the data sets in parallel on all cores. Each data set's results are kept in its own slot and
// counted in data-set order, so the counts do not depend on the number of threads. Prints, for every interval
// (and the delta-method Wald interval of the fit, for reference), how often the 95 % interval of a·b covers the
// true value, its Monte Carlo SE √(p(1 − p)/D), and whether it is within 95 ± 2.5 % (issue 14's criterion is
// the percentile interval's).
//
// Usage: jalur_bench_coverage [SPEC] [--datasets D] [--replicates R] [--n N] [--threads T]
//   SPEC            the mediation spec (default examples/bootstrap/model.yaml); its defined parameter `indirect`
//                   is the quantity followed, its data are not used
//   --datasets D    simulated data sets (default 400)
//   --replicates R  bootstrap replicates per data set (default 999)
//   --n N           cases per data set (default 250)
//   --threads T     threads across data sets (default: every core)
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "engine/fit.hpp"
#include "engine/resampling/bootstrap.hpp"
#include "engine/resampling/resampler.hpp"
#include "models/model_spec.hpp"

#ifndef JALUR_BENCH_SOURCE_DIR
#define JALUR_BENCH_SOURCE_DIR "."
#endif

namespace {

// The data sets' streams are keyed by (kDataSeed, d), the bootstraps' by (d, r): no two share a key for d < kDataSeed.
constexpr std::uint64_t kDataSeed = 0x5eed0da7a5e7ULL;
constexpr const char* kQuantity = "indirect";

struct Options {
    std::string spec = "examples/bootstrap/model.yaml";
    bool spec_given = false;
    int datasets = 400;
    int replicates = 999;
    int n = 250;
    int threads = 0;  // 0: every core
};

const char* const kUsage =
    "usage: jalur_bench_coverage [SPEC] [--datasets D] [--replicates R] [--n N] [--threads T]\n";

Options parse(int argc, char** argv) {
    Options o;
    jalur::bench::Arguments args(argc, argv, "jalur_bench_coverage", kUsage);
    while (args.next()) {
        if (args.is("--datasets")) o.datasets = args.integer(2);
        else if (args.is("--replicates")) o.replicates = args.integer(2);
        else if (args.is("--n")) o.n = args.integer(10);
        else if (args.is("--threads")) o.threads = args.integer(1);
        else if (args.is_help())
            args.help("Coverage of the bootstrap intervals of a*b on simulated data; see bench/README.md.\n");
        else args.spec(o.spec, o.spec_given);
    }
    if (!o.spec_given) o.spec = jalur::bench::default_spec(o.spec, JALUR_BENCH_SOURCE_DIR);
    return o;
}

// The population: the thesis covariance matrix (Lampiran G, N = 250).
const std::vector<std::string> kNames{"KEPUASAN", "BOR", "KUALITAS"};
Eigen::Matrix3d population_sigma() {
    Eigen::Matrix3d s;
    s << 161.90, 7.66, 71.55,  //
        7.66, 3.02, 12.37,     //
        71.55, 12.37, 186.78;
    return s;
}

struct Truth {
    double a, b, c;
    double indirect() const { return a * b; }
};

// The saturated model's parameters of Σ: KEPUASAN on KUALITAS; BOR on KEPUASAN and KUALITAS.
Truth truth_of(const Eigen::Matrix3d& s) {
    Eigen::Matrix2d predictors;  // KEPUASAN, KUALITAS
    predictors << s(0, 0), s(0, 2), s(2, 0), s(2, 2);
    const Eigen::Vector2d bc = predictors.ldlt().solve(Eigen::Vector2d(s(0, 1), s(2, 1)));
    return {s(0, 2) / s(2, 2), bc[0], bc[1]};
}

// The intervals of a·b counted, in print order.
enum Interval { Percentile, BCa, BCaSimple, Basic, Normal, Wald, kIntervals };
const char* const kIntervalNames[kIntervals] = {"perc", "bca", "bca.simple", "basic", "norm", "delta method (Wald)"};

struct DataSetResult {
    double estimate = jalur::kNaN, se = jalur::kNaN;
    jalur::ConfidenceInterval interval[kIntervals];
    int failed = 0;  // replicates
    bool fit_failed = false;
};

std::size_t defined_row(const jalur::ParameterTable& table) {
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        if (table.rows[i].op == jalur::Op::Defined && table.rows[i].lhs == kQuantity) return i;
    throw std::runtime_error(std::string("the spec defines no parameter '") + kQuantity + "' (expected a*b)");
}

DataSetResult study(const jalur::ModelSpec& spec, const jalur::Resampler& population, const Options& o, int d) {
    Eigen::MatrixXd cases;
    std::vector<int> unused;
    population.draw(static_cast<std::uint64_t>(d), cases, unused);
    const jalur::Data data = jalur::Data::from_rows(kNames, cases);
    jalur::EstimationOptions options = spec.estimation;
    options.bootstrap.reset();
    DataSetResult out;
    jalur::FitResult fit;
    try {
        fit = jalur::fit_model(spec.table, data, options);
    } catch (const std::exception&) {
        out.fit_failed = true;
        return out;
    }
    const std::size_t row = defined_row(fit.table);  // the fit's table: the spec's with the defaults added
    jalur::BootstrapOptions boot;
    boot.replicates = o.replicates;
    boot.seed = static_cast<std::uint64_t>(d);
    boot.threads = 1;  // the data sets are the parallel work
    options.bootstrap = boot;
    const jalur::BootstrapResult b = jalur::run_bootstrap(spec.table, data, options, fit);
    for (const jalur::BootstrapQuantity& q : b.quantities) {
        if (q.kind != jalur::QuantityKind::Estimate || q.row != row) continue;
        out.estimate = q.estimate;
        out.se = q.summary.se;
        out.interval[Percentile] = q.summary.percentile;
        out.interval[BCa] = q.summary.bca;
        out.interval[BCaSimple] = q.summary.bca_simple;
        out.interval[Basic] = q.summary.basic;
        out.interval[Normal] = q.summary.normal;
    }
    out.interval[Wald] = fit.table.rows[row].ci;
    out.failed = b.failed();
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    try {
        const jalur::ModelSpec spec = jalur::read_model_spec(o.spec);
        defined_row(spec.table);  // fails early when the spec has no `indirect`
        const Eigen::Matrix3d sigma = population_sigma();
        const Truth truth = truth_of(sigma);
        const jalur::Resampler population = jalur::Resampler::normal(sigma, Eigen::Vector3d::Zero(), o.n, kDataSeed);

        const auto t0 = std::chrono::steady_clock::now();
        std::vector<DataSetResult> results(static_cast<std::size_t>(o.datasets));
        tbb::task_arena arena(o.threads > 0 ? o.threads : tbb::task_arena::automatic);
        arena.execute([&] {
            tbb::parallel_for(0, o.datasets, [&](int i) {
                results[static_cast<std::size_t>(i)] = study(spec, population, o, i + 1);
            });
        });
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

        // Counted in data-set order.
        int covered[kIntervals] = {}, missing[kIntervals] = {}, fits_failed = 0;
        long long replicates_failed = 0;
        double sum_est = 0, sum_est2 = 0, sum_se = 0;
        int fitted = 0;
        for (const DataSetResult& r : results) {
            if (r.fit_failed) {
                ++fits_failed;
                continue;
            }
            ++fitted;
            replicates_failed += r.failed;
            sum_est += r.estimate;
            sum_est2 += r.estimate * r.estimate;
            sum_se += r.se;
            for (int k = 0; k < kIntervals; ++k) {
                const jalur::ConfidenceInterval& ci = r.interval[k];
                if (!std::isfinite(ci.lower) || !std::isfinite(ci.upper)) ++missing[k];
                else if (ci.lower <= truth.indirect() && truth.indirect() <= ci.upper) ++covered[k];
            }
        }
        if (fitted < 2) throw std::runtime_error(std::to_string(fits_failed) + " of the data sets could not be fitted");
        const double mean_est = sum_est / fitted;
        const double sd_est = std::sqrt((sum_est2 - fitted * mean_est * mean_est) / (fitted - 1));

        std::printf("jalur_bench_coverage: %s, quantity %s\n", o.spec.c_str(), kQuantity);
        std::printf("population: Σ = the thesis matrix (KEPUASAN, BOR, KUALITAS); a = %.6f, b = %.6f, c = %.6f, "
                    "a·b = %.8f\n",
                    truth.a, truth.b, truth.c, truth.indirect());
        std::printf("%d data sets of N = %d from N(0, Σ); each a nonparametric bootstrap of %d replicates (seed = the "
                    "data set's number); %.1f s on %d thread(s)\n",
                    o.datasets, o.n, o.replicates, seconds,
                    o.threads > 0 ? o.threads : tbb::this_task_arena::max_concurrency());
        std::printf("fits failed: %d; replicates failed: %lld of %lld\n", fits_failed, replicates_failed,
                    static_cast<long long>(fitted) * o.replicates);
        std::printf("a·b over the data sets: mean %.8f (bias %+.2e), SD %.8f; mean bootstrap SE %.8f\n\n", mean_est,
                    mean_est - truth.indirect(), sd_est, sum_se / fitted);
        std::printf("%-22s %9s %10s %8s %8s  %s\n", "95 % interval of a·b", "covered", "coverage", "MC SE", "empty",
                    "within 95 ± 2.5 %");
        bool percentile_ok = false;
        for (int k = 0; k < kIntervals; ++k) {
            const double p = static_cast<double>(covered[k]) / fitted;
            const double mc_se = std::sqrt(p * (1 - p) / fitted);
            const bool within = p >= 0.925 && p <= 0.975;
            if (k == Percentile) percentile_ok = within;
            std::printf("%-22s %4d/%-4d %9.2f%% %7.2f%% %8d  %s\n", kIntervalNames[k], covered[k], fitted, 100 * p,
                        100 * mc_se, missing[k], within ? "yes" : "NO");
        }
        std::printf("\ncoverage of the percentile interval (issue 14's criterion): %s\n",
                    percentile_ok ? "PASS" : "MISS");
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "jalur_bench_coverage: " << o.spec << ": " << e.what() << "\n";
        return 1;
    }
}

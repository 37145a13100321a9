// jalur_bench_cfa: how the time of a complete CFA fit grows with the number of indicators (see bench/README.md).
//
// For k = 20, 50, 100, 200 indicators on k/10 correlated factors it simulates N = 2000 observations
// (loadings 0.5–0.9, factor correlations 0.3, unit indicator variances; fixed seed 2026 + k), and times
// fit_model with marker identification and likelihood normal (lavaan's cfa() defaults): ML search, SEs,
// standardized solution with SEs, effects, all fit measures. Each size: a warm-up fit, then at least --reps
// fits and, for the small sizes, as many more as fill --min-ms (at most 501), each timed alone
// (std::chrono::steady_clock); reports median, min and max in ms, the search's
// evaluations and chi-square (df), which bench/lavaan_cfa.R compares with lavaan's on the same matrix.
// Then, on the last fit and by the same rule (warm-up, at least --reps, more within --min-ms), the post-fit
// work the CLI does on request: modification_indices (--mi) and compute_residuals (--residuals), with the
// largest MI and the largest |standardized residual|, which run.sh compares with lavaan's.
//
// Usage: jalur_bench_cfa [--reps N] [--min-ms T] [--warmup N] [--max K] [--sizes K1,K2,...] [--write DIR]
//                        [--json-file PATH] [--no-post]
//   --reps N        timed fits per size, at least (default 5)
//   --min-ms T      more fits, up to 501, while they fit in about T ms per size (default 1000): a median of
//                   many for the small sizes, which a busy machine disturbs most
//   --warmup N      untimed fits before each size (default 1)
//   --max K         largest size (default 200)
//   --sizes LIST    the numbers of indicators, multiples of 10 (default 20,50,100,200)
//   --write DIR     also write each size's sample covariance matrix to DIR/cfa_K.csv: a first line
//                   "# n=2000 indicators=K factors=K/10 seed=S", then a CSV header x1,...,xK and K rows of
//                   %.17g values (the unbiased matrix, divisor N - 1, as lavaan's sample.cov expects); with
//                   an --estimator other than ML, the simulated cases instead, to DIR/cfa_K_rows.csv (a CSV
//                   header x1,...,xK and N rows at %.17g), which bench/lavaan_estimators.R reads
//   --json-file P   also write the medians as JSON to P (one key per line; bench/run.sh reads it)
//   --no-post       time the fits only, not modification_indices and compute_residuals
//   --estimator E   fit with E (MLM, MLR, GLS, ...: from the simulated rows; implies --no-post); default ML
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "engine/fit.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/results/residuals.hpp"

namespace {

constexpr int kN = 2000;

struct Problem {
    jalur::ParameterTable table;
    jalur::SampleMoments data;
    Eigen::MatrixXd rows;  // the simulated cases, for the estimators that need them (--estimator MLM, MLR, WLS)
};

unsigned seed_for(int indicators) { return 2026u + static_cast<unsigned>(indicators); }

Problem make_cfa(int indicators, int n, unsigned seed) {
    const int factors = indicators / 10;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> loading(0.5, 0.9);
    std::normal_distribution<double> normal(0.0, 1.0);
    Eigen::MatrixXd lambda = Eigen::MatrixXd::Zero(indicators, factors);
    for (int j = 0; j < indicators; ++j) lambda(j, j / 10) = loading(rng);
    Eigen::MatrixXd phi = Eigen::MatrixXd::Constant(factors, factors, 0.3);
    phi.diagonal().setOnes();
    Eigen::MatrixXd sigma = lambda * phi * lambda.transpose();
    for (int j = 0; j < indicators; ++j) sigma(j, j) = 1.0;
    const Eigen::MatrixXd root = sigma.llt().matrixL();
    Eigen::MatrixXd sample(n, indicators);
    for (int i = 0; i < n; ++i) {
        Eigen::VectorXd z(indicators);
        for (int j = 0; j < indicators; ++j) z[j] = normal(rng);
        sample.row(i) = (root * z).transpose();
    }
    Problem p;
    p.rows = sample;
    p.data.n = n;
    p.data.covariance = jalur::covariance_of(sample);
    for (int j = 0; j < indicators; ++j) {
        p.data.names.push_back("x" + std::to_string(j + 1));
        jalur::ParameterRow row;
        row.lhs = "f" + std::to_string(j / 10 + 1);
        row.op = jalur::Op::Loading;
        row.rhs = p.data.names.back();
        p.table.rows.push_back(row);
    }
    return p;
}

struct Options {
    int reps = 5;
    int min_ms = 1000;
    int warmup = 1;
    int max_indicators = 200;
    std::vector<int> sizes{20, 50, 100, 200};
    std::string write_dir;
    std::string json_file;
    bool post = true;
    std::string estimator = "ML";  // --estimator: ML from the covariance matrix, anything else from the rows
};

// Medians etc. of one timed call, in ms.
struct Timing {
    int reps = 0;
    double median_ms = 0, min_ms = 0, max_ms = 0, mean_ms = 0;
};

struct Row {
    int indicators = 0, factors = 0, npar = 0, df = 0, evaluations = 0, iterations = 0;
    bool converged = false;
    double chisq = 0, chisq_scaled = std::nan("");  // chisq_scaled: with a scaled test (MLM, MLMV, MLR)
    Timing fit, mi, residuals;  // mi and residuals: reps = 0 under --no-post
    int mi_count = 0;
    double max_mi = 0, max_abs_std_residual = 0;
};

// `warmup` untimed calls, then at least `reps` timed ones and, while they fit in about `min_ms`, more (up to
// 501), each timed alone: a median of many where a call is short, which a busy machine disturbs most.
template <class Call>
Timing time_calls(Call call, int warmup, int reps, int min_ms) {
    for (int i = 0; i < warmup; ++i) call();
    std::vector<double> ms;
    double spent_ms = 0;
    for (int rep = 0; rep < reps || (rep < 501 && spent_ms + spent_ms / rep < min_ms); ++rep) {
        const auto t0 = std::chrono::steady_clock::now();
        call();
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        spent_ms += ms.back();
    }
    Timing t;
    t.reps = static_cast<int>(ms.size());
    t.mean_ms = spent_ms / static_cast<double>(ms.size());
    std::sort(ms.begin(), ms.end());
    t.median_ms = jalur::bench::median(ms);
    t.min_ms = ms.front();
    t.max_ms = ms.back();
    return t;
}

Options parse(int argc, char** argv) {
    Options o;
    jalur::bench::Arguments args(argc, argv, "jalur_bench_cfa",
                                 "usage: jalur_bench_cfa [--reps N] [--min-ms T] [--warmup N] [--max K]"
                                 " [--sizes K1,K2,...] [--write DIR] [--json-file PATH] [--no-post] [--estimator NAME]\n");
    while (args.next()) {
        if (args.is("--reps")) o.reps = args.integer(1, 1000000);
        else if (args.is("--min-ms")) o.min_ms = args.integer(0, 1000000);
        else if (args.is("--warmup")) o.warmup = args.integer(0, 1000000);
        else if (args.is("--max")) o.max_indicators = args.integer(10, 1000000);
        else if (args.is("--sizes")) {
            o.sizes = args.integers(10);
            for (const int k : o.sizes)
                if (k % 10 != 0)
                    args.fail("--sizes: " + std::to_string(k) + " is not a multiple of 10 (10 indicators per factor)");
        } else if (args.is("--write")) o.write_dir = args.value();
        else if (args.is("--json-file")) o.json_file = args.value();
        else if (args.is("--no-post")) o.post = false;
        else if (args.is("--estimator")) {
            o.estimator = args.value();
            if (!jalur::parse_estimator_choice(o.estimator)) args.fail("--estimator: unknown estimator '" + o.estimator + "'");
        } else if (args.is_help())
            args.help("Times fit_model, then modification_indices and compute_residuals on its result, on simulated\n"
                      "CFAs (10 indicators per factor, N = 2000); see bench/README.md.\n");
        else args.fail("unknown argument '" + args.current() + "'");
    }
    return o;
}

// The matrix lavaan_cfa.R reads: the same S (divisor N - 1), with names, at full precision.
void write_matrix(const std::string& dir, int k, const Problem& p) {
    const std::string path = dir + "/cfa_" + std::to_string(k) + ".csv";
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f) throw std::runtime_error("cannot write " + path);
    std::fprintf(f, "# n=%d indicators=%d factors=%d seed=%u covariance divisor N-1\n", p.data.n, k, k / 10,
                 seed_for(k));
    for (int j = 0; j < k; ++j) std::fprintf(f, "%s%s", j ? "," : "", p.data.names[j].c_str());
    std::fprintf(f, "\n");
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) std::fprintf(f, "%s%.17g", j ? "," : "", p.data.covariance(i, j));
        std::fprintf(f, "\n");
    }
    if (std::fclose(f) != 0) throw std::runtime_error("cannot write " + path);
}

std::string to_json(const Options& o, const std::vector<Row>& rows) {
    std::ostringstream j;
    char buf[64];
    auto num = [&](const char* fmt, double v) {
        std::snprintf(buf, sizeof buf, fmt, v);
        return std::string(buf);
    };
    // Keys prefixed with `prefix`, one per line; the last without a comma when `last`.
    auto timing = [&](const std::string& prefix, const Timing& t, bool last) {
        j << "      \"" << prefix << "reps\": " << t.reps << ",\n";
        j << "      \"" << prefix << "median_ms\": " << num("%.3f", t.median_ms) << ",\n";
        j << "      \"" << prefix << "min_ms\": " << num("%.3f", t.min_ms) << ",\n";
        j << "      \"" << prefix << "max_ms\": " << num("%.3f", t.max_ms) << ",\n";
        j << "      \"" << prefix << "mean_ms\": " << num("%.3f", t.mean_ms) << (last ? "\n" : ",\n");
    };
    j << "{\n";
    j << "  \"clock\": \"std::chrono::steady_clock\",\n";
    j << "  \"unit\": \"ms\",\n";
    j << "  \"n\": " << kN << ",\n";
    j << "  \"likelihood\": \"normal\",\n";
    j << "  \"identification\": \"marker\",\n";
    j << "  \"warmup\": " << o.warmup << ",\n";
    j << "  \"sizes\": [\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        j << "    {\n";
        j << "      \"indicators\": " << r.indicators << ",\n";
        j << "      \"factors\": " << r.factors << ",\n";
        j << "      \"free_parameters\": " << r.npar << ",\n";
        j << "      \"df\": " << r.df << ",\n";
        j << "      \"chisq\": " << num("%.17g", r.chisq) << ",\n";
        if (!std::isnan(r.chisq_scaled)) j << "      \"chisq_scaled\": " << num("%.17g", r.chisq_scaled) << ",\n";
        j << "      \"converged\": " << (r.converged ? "true" : "false") << ",\n";
        j << "      \"optimizer_evaluations\": " << r.evaluations << ",\n";
        j << "      \"optimizer_iterations\": " << r.iterations << ",\n";
        timing("", r.fit, !o.post);
        if (o.post) {
            j << "      \"mi_count\": " << r.mi_count << ",\n";
            j << "      \"max_mi\": " << num("%.17g", r.max_mi) << ",\n";
            j << "      \"max_abs_std_residual\": " << num("%.17g", r.max_abs_std_residual) << ",\n";
            timing("mi_", r.mi, false);
            timing("residuals_", r.residuals, true);
        }
        j << "    }" << (i + 1 < rows.size() ? "," : "") << "\n";
    }
    j << "  ]\n}\n";
    return j.str();
}

}  // namespace
// The cases lavaan_estimators.R reads: the very rows jalur fits, at full precision.
void write_rows(const std::string& dir, int k, const Problem& p) {
    const std::string path = dir + "/cfa_" + std::to_string(k) + "_rows.csv";
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f) throw std::runtime_error("cannot write " + path);
    for (int j = 0; j < k; ++j) std::fprintf(f, "%s%s", j ? "," : "", p.data.names[j].c_str());
    std::fprintf(f, "\n");
    for (Eigen::Index i = 0; i < p.rows.rows(); ++i) {
        for (int j = 0; j < k; ++j) std::fprintf(f, "%s%.17g", j ? "," : "", p.rows(i, j));
        std::fprintf(f, "\n");
    }
    if (std::fclose(f) != 0) throw std::runtime_error("cannot write " + path);
}

int main(int argc, char** argv) {
    Options o = parse(argc, argv);
    try {
        jalur::EstimationOptions options;
        options.likelihood = jalur::Likelihood::Normal;
        options.identification = jalur::Identification::Marker;
        options.choose(*jalur::parse_estimator_choice(o.estimator));
        const bool from_rows = o.estimator != "ML";
        if (from_rows) o.post = false;  // modification indices and residuals are ML's
        std::printf("jalur_bench_cfa: N = %d, 10 indicators per factor, marker identification, likelihood normal;\n"
                    "timed: fit_model (estimates, SEs, standardized solution with SEs, effects, all fit measures)%s;\n"
                    "each size and call: %d warm-up call(s), then at least %d (more, up to 501, within ~%d ms),\n"
                    "each timed alone (steady_clock)\n\n",
                    kN, o.post ? ",\nthen modification_indices and compute_residuals on the last fit" : "", o.warmup, o.reps,
                    o.min_ms);
        std::printf("%10s %8s %6s %6s %5s %11s %10s %10s %6s %18s\n", "indicators", "factors", "npar", "df", "reps",
                    "median ms", "min ms", "max ms", "evals", "chisq");
        std::vector<Row> rows;
        for (int k : o.sizes) {
            if (k > o.max_indicators) continue;
            const Problem p = make_cfa(k, kN, seed_for(k));
            if (!o.write_dir.empty()) (from_rows ? write_rows : write_matrix)(o.write_dir, k, p);
            const jalur::Data cases = jalur::Data::from_rows(p.data.names, p.rows);
            jalur::FitResult r;
            Row row;
            row.fit = time_calls(
                [&] {
                    r = from_rows ? jalur::fit_model(p.table, cases, options) : jalur::fit_model(p.table, p.data, options);
                    jalur::bench::sink = jalur::bench::sink + jalur::bench::checksum(r);
                },
                o.warmup, o.reps, o.min_ms);
            row.indicators = k;
            row.factors = k / 10;
            row.npar = r.fit.npar;
            row.df = r.fit.df;
            row.chisq = r.fit.chisq;
            if (r.fit.scaled) row.chisq_scaled = r.fit.scaled->chisq;
            row.converged = r.optimizer.converged();
            row.evaluations = r.optimizer.evaluations;
            row.iterations = r.optimizer.iterations;
            std::printf("%10d %8d %6d %6d %5d %11.2f %10.2f %10.2f %6d %18.9f%s%s\n", k, row.factors, row.npar, row.df,
                        row.fit.reps, row.fit.median_ms, row.fit.min_ms, row.fit.max_ms, row.evaluations, row.chisq,
                        std::isnan(row.chisq_scaled) ? "" : ("  scaled " + std::to_string(row.chisq_scaled)).c_str(),
                        row.converged ? "" : "  NOT converged");
            std::fflush(stdout);
            if (o.post) {  // on the last fit, as `jalur fit --mi --residuals` would after it
                std::vector<jalur::ModificationIndex> mi;
                jalur::Residuals res;
                row.mi = time_calls(
                    [&] {
                        mi = jalur::modification_indices(r);
                        jalur::bench::sink = jalur::bench::sink + static_cast<double>(mi.size()) +
                                             (mi.empty() ? 0.0 : mi.front().mi);
                    },
                    o.warmup, o.reps, o.min_ms);
                row.residuals = time_calls(
                    [&] {
                        res = jalur::compute_residuals(r);
                        jalur::bench::sink = jalur::bench::sink + res.standardized(0, 1) + res.normalized(0, 1);
                    },
                    o.warmup, o.reps, o.min_ms);
                row.mi_count = static_cast<int>(mi.size());
                for (const auto& m : mi) row.max_mi = std::max(row.max_mi, m.mi);
                // NaN (a negative variance estimate) is skipped, as lavaan's max(..., na.rm = TRUE) does
                for (double v : res.standardized.reshaped())
                    if (std::abs(v) > row.max_abs_std_residual) row.max_abs_std_residual = std::abs(v);
            }
            rows.push_back(row);
        }
        if (o.post) {
            std::printf("\npost-fit, on the last fit of each size (same warm-up and repetitions), ms:\n");
            std::printf("%10s %5s %11s %10s %5s %11s %10s %8s %14s %14s\n", "indicators", "reps", "MI median",
                        "MI min", "reps", "resid median", "resid min", "MIs", "largest MI", "max |std res|");
            for (const Row& row : rows)
                std::printf("%10d %5d %11.2f %10.2f %5d %11.2f %10.2f %8d %14.6f %14.6f\n", row.indicators,
                            row.mi.reps, row.mi.median_ms, row.mi.min_ms, row.residuals.reps,
                            row.residuals.median_ms, row.residuals.min_ms, row.mi_count, row.max_mi,
                            row.max_abs_std_residual);
        }
        if (!o.write_dir.empty())
            std::printf("\n%s written to %s/cfa_K%s.csv\n", from_rows ? "simulated cases" : "sample covariance matrices",
                        o.write_dir.c_str(), from_rows ? "_rows" : "");
        if (!o.json_file.empty()) {
            std::ofstream out(o.json_file);
            if (!(out << to_json(o, rows))) {
                std::cerr << "jalur_bench_cfa: cannot write " << o.json_file << "\n";
                return 1;
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "jalur_bench_cfa: " << e.what() << "\n";
        return 1;
    }
}

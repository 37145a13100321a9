// jalur_bench_bootstrap: how long a bootstrap takes in-process, and how it scales with threads (see
// bench/README.md).
//
// Reads a model spec with raw data, fits it once (fit_model without its bootstrap), then times
// run_bootstrap(table, data, options, fit) — B nonparametric replicates, each prepared and estimated from θ̂,
// every quantity evaluated and summarized with all five intervals (SE, bias, perc, BCa, bca.simple, basic, norm)
// — at each thread count: a warm-up run, then K runs each timed alone with std::chrono::steady_clock. Prints per
// thread count the median seconds, replicates per second, replicates per second per thread and the speed-up
// over the first thread count (1 by default), and whether the draws are bit-identical across thread counts
// (they must be).
//
// Usage: jalur_bench_bootstrap [SPEC] [--replicates B] [--reps K] [--warmup N] [--threads T1,T2,...] [--seed S]
//                              [--json] [--json-file PATH]
//   SPEC            model spec with raw data (default examples/bootstrap/model.yaml, relative to the working
//                   directory, else the source tree's copy)
//   --replicates B  bootstrap replicates per run (default 1000)
//   --reps K        timed runs per thread count (default 11)
//   --warmup N      untimed runs before each thread count (default 1)
//   --threads LIST  thread counts (default 1,2 and the machine's core count when more)
//   --seed S        the bootstrap's seed (default: the spec's, else 1)
//   --json          print JSON instead of the table
//   --json-file P   print the table and also write the JSON to P (bench/run.sh reads it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.hpp"
#include "engine/fit.hpp"
#include "engine/resampling/bootstrap.hpp"
#include "models/model_spec.hpp"

#ifndef JALUR_BENCH_SOURCE_DIR
#define JALUR_BENCH_SOURCE_DIR "."
#endif

namespace {

struct Options {
    std::string spec = "examples/bootstrap/model.yaml";
    bool spec_given = false;
    int replicates = 1000;
    int reps = 11;
    int warmup = 1;
    std::vector<int> threads;
    long long seed = -1;  // -1: the spec's
    bool json = false;
    std::string json_file;
};

struct Row {
    int threads = 0;
    int reps = 0;
    double median_s = 0, min_s = 0, max_s = 0;
};

const char* const kUsage =
    "usage: jalur_bench_bootstrap [SPEC] [--replicates B] [--reps K] [--warmup N] [--threads T1,T2,...]"
    " [--seed S] [--json] [--json-file PATH]\n";

std::vector<int> default_threads() {
    std::vector<int> t{1, 2};
    const int cores = static_cast<int>(std::thread::hardware_concurrency());
    if (cores > 2) t.push_back(cores);
    return t;
}

Options parse(int argc, char** argv) {
    Options o;
    jalur::bench::Arguments args(argc, argv, "jalur_bench_bootstrap", kUsage);
    while (args.next()) {
        if (args.is("--replicates")) o.replicates = args.integer(1);
        else if (args.is("--reps")) o.reps = args.integer(1);
        else if (args.is("--warmup")) o.warmup = args.integer(0);
        else if (args.is("--seed")) o.seed = args.integer(0);
        else if (args.is("--threads")) o.threads = args.integers(1);
        else if (args.is("--json")) o.json = true;
        else if (args.is("--json-file")) o.json_file = args.value();
        else if (args.is_help())
            args.help("Times run_bootstrap (all intervals) of a spec at each thread count; see bench/README.md.\n");
        else args.spec(o.spec, o.spec_given);
    }
    if (o.threads.empty()) o.threads = default_threads();
    if (!o.spec_given) o.spec = jalur::bench::default_spec(o.spec, JALUR_BENCH_SOURCE_DIR);
    return o;
}

bool same_bits(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0;
}

double rate(const Options& o, const Row& r) { return o.replicates / r.median_s; }

// One key per line so that bench/run.sh can read it with grep/awk (no jq needed).
std::string to_json(const Options& o, const jalur::BootstrapResult& b, const std::vector<Row>& rows, bool identical) {
    std::ostringstream j;
    j << "{\n";
    j << "  \"spec\": " << jalur::bench::json_string(o.spec) << ",\n";
    j << "  \"clock\": \"std::chrono::steady_clock\",\n";
    j << "  \"unit\": \"s\",\n";
    j << "  \"replicates\": " << o.replicates << ",\n";
    j << "  \"seed\": " << b.options.seed << ",\n";
    j << "  \"quantities\": " << b.quantities.size() << ",\n";
    j << "  \"used\": " << b.used << ",\n";
    j << "  \"failed\": " << b.failed() << ",\n";
    j << "  \"identical\": " << (identical ? "true" : "false") << ",\n";
    j << "  \"rows\": [\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        j << "    {\n";
        j << "      \"threads\": " << r.threads << ",\n";
        j << "      \"reps\": " << r.reps << ",\n";
        j << "      \"median_s\": " << jalur::bench::fixed(r.median_s, 6) << ",\n";
        j << "      \"min_s\": " << jalur::bench::fixed(r.min_s, 6) << ",\n";
        j << "      \"max_s\": " << jalur::bench::fixed(r.max_s, 6) << ",\n";
        j << "      \"replicates_per_s\": " << jalur::bench::fixed(rate(o, r), 1) << ",\n";
        j << "      \"replicates_per_s_per_thread\": " << jalur::bench::fixed(rate(o, r) / r.threads, 1) << ",\n";
        j << "      \"speedup\": " << jalur::bench::fixed(rows.front().median_s / r.median_s, 3) << "\n";
        j << "    }" << (i + 1 < rows.size() ? "," : "") << "\n";
    }
    j << "  ]\n}\n";
    return j.str();
}

void print_table(const Options& o, const jalur::FitResult& fit, const jalur::BootstrapResult& b,
                 const std::vector<Row>& rows, bool identical) {
    std::printf("jalur_bench_bootstrap: %s\n", o.spec.c_str());
    std::printf("model: %d free parameters, N = %d; bootstrap: %d nonparametric replicates, seed %llu, %zu quantities "
                "with all intervals; %d used, %d failed\n",
                fit.fit.npar, fit.n, o.replicates, static_cast<unsigned long long>(b.options.seed),
                b.quantities.size(), b.used, b.failed());
    std::printf("timed: run_bootstrap after one fit_model; per thread count %d warm-up run(s), then %d runs each "
                "timed alone (steady_clock)\n\n",
                o.warmup, o.reps);
    std::printf("%8s %5s %10s %10s %10s %12s %16s %9s\n", "threads", "reps", "median s", "min s", "max s",
                "repl./s", "repl./s/thread", "speed-up");
    for (const Row& r : rows)
        std::printf("%8d %5d %10.4f %10.4f %10.4f %12.0f %16.0f %8.2fx\n", r.threads, r.reps, r.median_s, r.min_s,
                    r.max_s, rate(o, r), rate(o, r) / r.threads, rows.front().median_s / r.median_s);
    std::printf("\nidentical: %s (the draws of every thread count, compared bit for bit with the first's)\n",
                identical ? "yes" : "NO");
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    try {
        const jalur::ModelSpec spec = jalur::read_model_spec(o.spec);
        jalur::EstimationOptions fit_options = spec.estimation;
        jalur::BootstrapOptions boot = fit_options.bootstrap.value_or(jalur::BootstrapOptions{});
        fit_options.bootstrap.reset();
        const jalur::FitResult fit = jalur::fit_model(spec.table, spec.data, fit_options);

        boot.replicates = o.replicates;
        boot.type = jalur::BootstrapType::Nonparametric;
        boot.indices.clear();
        if (o.seed >= 0) boot.seed = static_cast<std::uint64_t>(o.seed);

        std::vector<Row> rows;
        jalur::BootstrapResult first;
        bool identical = true;
        for (const int threads : o.threads) {
            jalur::EstimationOptions options = spec.estimation;
            options.bootstrap = boot;
            options.bootstrap->threads = threads;
            jalur::BootstrapResult result;
            auto run = [&] {
                result = jalur::run_bootstrap(spec.table, spec.data, options, fit);
                jalur::bench::sink = jalur::bench::sink + result.quantities.front().summary.se;
            };
            for (int i = 0; i < o.warmup; ++i) run();
            std::vector<double> seconds;
            for (int i = 0; i < o.reps; ++i) {
                const auto t0 = std::chrono::steady_clock::now();
                run();
                const auto t1 = std::chrono::steady_clock::now();
                seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
            }
            std::sort(seconds.begin(), seconds.end());
            rows.push_back({threads, o.reps, jalur::bench::median(seconds), seconds.front(), seconds.back()});
            if (rows.size() == 1) first = std::move(result);
            else identical = identical && same_bits(first.draws, result.draws);
        }

        const std::string json = to_json(o, first, rows, identical);
        if (!o.json_file.empty()) {
            std::ofstream out(o.json_file);
            if (!(out << json)) {
                std::cerr << "jalur_bench_bootstrap: cannot write " << o.json_file << "\n";
                return 1;
            }
        }
        if (o.json) std::cout << json;
        else print_table(o, fit, first, rows, identical);
        return identical ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "jalur_bench_bootstrap: " << o.spec << ": " << e.what() << "\n";
        return 1;
    }
}

// jalur_bench_fit: how long one complete fit takes in-process (see bench/README.md).
//
// Reads a model spec once, then times fit_model(spec.table, spec.data, spec.estimation) — the whole engine
// pipeline: defaults, RAM model, start values, ML search, expected information and SEs, standardized
// solution, defined parameters, effects, reduced form and fit measures. A second row times reading the spec
// plus the fit (everything `jalur fit` does except process start-up and printing). Each row: a warm-up, then
// K repetitions timed one by one with std::chrono::steady_clock; reports median, min, p90 and mean in µs.
//
// Usage: jalur_bench_fit [SPEC] [--reps N] [--warmup N] [--only ROW] [--json] [--json-file PATH]
//   SPEC          model spec (default examples/bor/model.yaml, relative to the working directory, else the
//                 source tree's copy)
//   --reps N      timed repetitions per row (default 5000)
//   --warmup N    untimed repetitions before each row (default 500)
//   --only ROW    time one row only: fit, pipeline or read (for profiling with perf / callgrind)
//   --json        print JSON instead of the table
//   --json-file P print the table and also write the JSON to P (bench/run.sh reads it)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "engine/fit.hpp"
#include "models/model_spec.hpp"

#ifndef JALUR_BENCH_SOURCE_DIR
#define JALUR_BENCH_SOURCE_DIR "."
#endif

namespace {

struct Options {
    std::string spec = "examples/bor/model.yaml";
    bool spec_given = false;
    int reps = 5000;
    int warmup = 500;
    bool json = false;
    std::string json_file;
    std::string only;  // "", "fit", "pipeline", "read"
};

struct Stats {
    std::string name;
    std::string what;
    int reps = 0;
    int warmup = 0;
    double median_us = 0, min_us = 0, p90_us = 0, mean_us = 0, max_us = 0;
};

Options parse(int argc, char** argv) {
    Options o;
    jalur::bench::Arguments args(argc, argv, "jalur_bench_fit",
                                 "usage: jalur_bench_fit [SPEC] [--reps N] [--warmup N] [--only fit|pipeline|read]"
                                 " [--json] [--json-file PATH]\n");
    while (args.next()) {
        if (args.is("--reps")) o.reps = args.integer(1);
        else if (args.is("--warmup")) o.warmup = args.integer(0);
        else if (args.is("--only")) {
            o.only = args.value();
            if (o.only != "fit" && o.only != "pipeline" && o.only != "read")
                args.fail("--only expects fit, pipeline or read, got '" + o.only + "'");
        } else if (args.is("--json")) o.json = true;
        else if (args.is("--json-file")) o.json_file = args.value();
        else if (args.is_help())
            args.help("Times fit_model (complete fit) and read_model_spec + fit_model in-process; see bench/README.md.\n");
        else args.spec(o.spec, o.spec_given);
    }
    if (!o.spec_given) o.spec = jalur::bench::default_spec(o.spec, JALUR_BENCH_SOURCE_DIR);
    return o;
}

Stats measure(const std::string& name, const std::string& what, int warmup, int reps,
              const std::function<double()>& body) {
    for (int i = 0; i < warmup; ++i) jalur::bench::sink = jalur::bench::sink + body();
    std::vector<double> us(static_cast<std::size_t>(reps));
    for (int i = 0; i < reps; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const double s = body();
        const auto t1 = std::chrono::steady_clock::now();
        jalur::bench::sink = jalur::bench::sink + s;
        us[static_cast<std::size_t>(i)] = std::chrono::duration<double, std::micro>(t1 - t0).count();
    }
    Stats st;
    st.name = name;
    st.what = what;
    st.reps = reps;
    st.warmup = warmup;
    double total = 0;
    for (double v : us) total += v;
    st.mean_us = total / reps;
    std::sort(us.begin(), us.end());
    const std::size_t n = us.size();
    st.median_us = jalur::bench::median(us);
    st.min_us = us.front();
    st.max_us = us.back();
    // Nearest-rank 90th percentile.
    const std::size_t rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(n)));
    st.p90_us = us[std::max<std::size_t>(rank, 1) - 1];
    return st;
}

// One key per line so that bench/run.sh can read it with grep/awk (no jq needed).
std::string to_json(const Options& o, const jalur::FitResult& r, const std::vector<Stats>& rows) {
    std::ostringstream j;
    j << "{\n";
    j << "  \"spec\": " << jalur::bench::json_string(o.spec) << ",\n";
    j << "  \"clock\": \"std::chrono::steady_clock\",\n";
    j << "  \"unit\": \"us\",\n";
    j << "  \"free_parameters\": " << r.fit.npar << ",\n";
    j << "  \"optimizer_evaluations\": " << r.optimizer.evaluations << ",\n";
    j << "  \"optimizer_iterations\": " << r.optimizer.iterations << ",\n";
    j << "  \"converged\": " << (r.optimizer.converged() ? "true" : "false") << ",\n";
    j << "  \"chisq\": " << jalur::bench::fixed(r.fit.chisq, 9) << ",\n";
    j << "  \"df\": " << r.fit.df << ",\n";
    j << "  \"rows\": [\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Stats& s = rows[i];
        j << "    {\n";
        j << "      \"name\": " << jalur::bench::json_string(s.name) << ",\n";
        j << "      \"what\": " << jalur::bench::json_string(s.what) << ",\n";
        j << "      \"reps\": " << s.reps << ",\n";
        j << "      \"warmup\": " << s.warmup << ",\n";
        j << "      \"median_us\": " << jalur::bench::fixed(s.median_us, 3) << ",\n";
        j << "      \"min_us\": " << jalur::bench::fixed(s.min_us, 3) << ",\n";
        j << "      \"p90_us\": " << jalur::bench::fixed(s.p90_us, 3) << ",\n";
        j << "      \"mean_us\": " << jalur::bench::fixed(s.mean_us, 3) << ",\n";
        j << "      \"max_us\": " << jalur::bench::fixed(s.max_us, 3) << "\n";
        j << "    }" << (i + 1 < rows.size() ? "," : "") << "\n";
    }
    j << "  ]\n}\n";
    return j.str();
}

void print_table(const Options& o, const jalur::FitResult& r, const std::vector<Stats>& rows) {
    std::printf("jalur_bench_fit: %s\n", o.spec.c_str());
    std::printf("model: %d free parameters, df = %d, chi-square = %.6f; search: %d evaluations, %s\n", r.fit.npar,
                r.fit.df, r.fit.chisq, r.optimizer.evaluations, r.optimizer.converged() ? "converged" : "NOT converged");
    std::printf("each row: %d warm-up runs, then each repetition timed alone (steady_clock); times in microseconds\n\n",
                rows.empty() ? 0 : rows.front().warmup);
    std::printf("%-26s %8s %10s %10s %10s %10s\n", "row", "reps", "median", "min", "p90", "mean");
    std::printf("%-26s %8s %10s %10s %10s %10s\n", "--------------------------", "--------", "----------",
                "----------", "----------", "----------");
    for (const auto& s : rows)
        std::printf("%-26s %8d %10.2f %10.2f %10.2f %10.2f\n", s.name.c_str(), s.reps, s.median_us, s.min_us,
                    s.p90_us, s.mean_us);
    std::printf("\n");
    for (const auto& s : rows) std::printf("  %-24s %s\n", s.name.c_str(), s.what.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    try {
        const jalur::ModelSpec spec = jalur::read_model_spec(o.spec);
        const jalur::FitResult reference = jalur::fit_model(spec.table, spec.data, spec.estimation);

        const jalur::ParameterTable& table = spec.table;
        const jalur::Data& data = spec.data;
        const jalur::EstimationOptions& estimation = spec.estimation;
        const std::string& path = o.spec;
        auto fit_only = [&] { return jalur::bench::checksum(jalur::fit_model(table, data, estimation)); };
        auto read_and_fit = [&] {
            const jalur::ModelSpec s = jalur::read_model_spec(path);
            return jalur::bench::checksum(jalur::fit_model(s.table, s.data, s.estimation));
        };
        auto read_only = [&] {
            const jalur::ModelSpec s = jalur::read_model_spec(path);
            const double sum = s.data.has_rows() ? s.data.rows.sum() : s.data.moments->covariance.sum();
            return static_cast<double>(s.table.rows.size()) + sum;
        };
        auto wanted = [&](const char* row) { return o.only.empty() || o.only == row; };

        std::vector<Stats> rows;
        if (wanted("fit"))
            rows.push_back(measure("fit_model",
                                   "fit_model(spec.table, spec.data, spec.estimation): estimates, SEs, standardized, "
                                   "defined, effects, fit measures",
                                   o.warmup, o.reps, fit_only));
        if (wanted("pipeline"))
            rows.push_back(measure("read_model_spec + fit",
                                   "read_model_spec(path) then fit_model: the in-process pipeline of `jalur fit` "
                                   "without printing",
                                   o.warmup, o.reps, read_and_fit));
        if (wanted("read"))
            rows.push_back(measure("read_model_spec",
                                   "read_model_spec(path) alone (YAML parse, data, table); for reference",
                                   o.warmup, o.reps, read_only));

        const std::string json = to_json(o, reference, rows);
        if (!o.json_file.empty()) {
            std::ofstream out(o.json_file);
            if (!(out << json)) {
                std::cerr << "jalur_bench_fit: cannot write " << o.json_file << "\n";
                return 1;
            }
        }
        if (o.json) std::cout << json;
        else print_table(o, reference, rows);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "jalur_bench_fit: " << o.spec << ": " << e.what() << "\n";
        return 1;
    }
}

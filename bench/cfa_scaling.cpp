// jalur_bench_cfa: how the time of a complete CFA fit grows with the number of indicators (see bench/README.md).
//
// For k = 20, 50, 100, 200 indicators on k/10 correlated factors it simulates N = 2000 observations
// (loadings 0.5–0.9, factor correlations 0.3, unit indicator variances; fixed seed), and times
// fit_model with marker identification: ML search, SEs, standardized solution with SEs, effects, all fit
// measures. Reports the median of a few repetitions, evaluations and chi-square (df) as a sanity check.
//
// Usage: jalur_bench_cfa [--reps N] [--max K]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "engine/fit.hpp"

namespace {

struct Problem {
    jalur::ParameterTable table;
    jalur::SampleMoments data;
};

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

}  // namespace

int main(int argc, char** argv) {
    int reps = 5, max_indicators = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--reps") reps = std::atoi(argv[i + 1]);
        else if (arg == "--max") max_indicators = std::atoi(argv[i + 1]);
    }
    jalur::EstimationOptions options;
    options.likelihood = jalur::Likelihood::Normal;
    std::printf("%10s %8s %6s %12s %12s %14s\n", "indicators", "factors", "npar", "median ms", "evaluations",
                "chisq (df)");
    for (int k : {20, 50, 100, 200}) {
        if (k > max_indicators) break;
        const Problem p = make_cfa(k, 2000, 2026u + static_cast<unsigned>(k));
        std::vector<double> ms;
        jalur::FitResult r;
        for (int rep = 0; rep < reps; ++rep) {
            const auto t0 = std::chrono::steady_clock::now();
            r = jalur::fit_model(p.table, p.data, options);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%10d %8d %6d %12.1f %12d %8.1f (%d)\n", k, k / 10, r.fit.npar, ms[ms.size() / 2],
                    r.optimizer.evaluations, r.fit.chisq, r.fit.df);
    }
}

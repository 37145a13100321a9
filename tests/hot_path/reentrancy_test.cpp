// One prepared problem is shared read-only by threads that each bring their own workspace: fits made
// concurrently give bit for bit the estimates and standard errors of the same fits made one after another.
// (Built into jalur_hot_path_tests; see tests/CMakeLists.txt and docs/architecture.md for the ThreadSanitizer run.)
#include <doctest/doctest.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "engine/estimation/estimate.hpp"
#include "engine/inference/infer.hpp"
#include "engine/model/prepare.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

struct Fit {
    Eigen::VectorXd theta;
    Eigen::MatrixXd vcov;
    int evaluations = 0;
};

// Fit k starts from the start values scaled by one of 9 factors, so that consecutive fits in a workspace take
// different paths and any state one fit left behind would show in the next.
Eigen::VectorXd start_of(const PreparedProblem& problem, int k) { return problem.start * (0.96 + 0.01 * (k % 9)); }

Fit fit(const PreparedProblem& problem, EstimationWorkspace& workspace, int k) {
    const Estimation e = estimate(problem, workspace, start_of(problem, k));
    REQUIRE(e.converged());
    return {e.theta, infer(problem, workspace, e).vcov, e.optimizer.evaluations};
}

bool identical(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::equal(a.data(), a.data() + a.size(), b.data());  // == on doubles: bit for bit, no NaN here
}

}  // namespace

TEST_CASE("Reentrancy: one prepared problem fitted from 2 threads × 500 fits gives the serial fits bit for bit") {
    constexpr int kThreads = 2, kFits = 500;
    const PreparedProblem problem = prepare(two_factor_model(), two_factor_moments(), EstimationOptions{});

    std::vector<Fit> serial;
    {
        EstimationWorkspace workspace(problem);
        for (int k = 0; k < kFits; ++k) serial.push_back(fit(problem, workspace, k));
    }
    std::vector<std::vector<Fit>> concurrent(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            EstimationWorkspace workspace(problem);
            for (int k = 0; k < kFits; ++k) {
                const Estimation e = estimate(problem, workspace, start_of(problem, k));
                // No doctest assertions off the main thread: results are compared after the join.
                concurrent[t].push_back({e.theta, e.converged() ? infer(problem, workspace, e).vcov
                                                                : Eigen::MatrixXd(),
                                         e.optimizer.evaluations});
            }
        });
    for (auto& thread : threads) thread.join();

    int differing = 0;
    for (int t = 0; t < kThreads; ++t)
        for (int k = 0; k < kFits; ++k) {
            const Fit& a = serial[k];
            const Fit& b = concurrent[t][k];
            if (!identical(a.theta, b.theta) || !identical(a.vcov, b.vcov) || a.evaluations != b.evaluations) ++differing;
        }
    CHECK(differing == 0);
    // The starts differ, so the fits are not all one fit repeated.
    CHECK(std::any_of(serial.begin(), serial.end(), [&](const Fit& f) { return f.evaluations != serial[0].evaluations; }));
}

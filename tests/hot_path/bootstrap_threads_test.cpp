// The bootstrap runs its replicates on TBB's threads, each preparing and estimating its own resample of one
// read-only base: 1 and 2 threads give the same draws bit for bit. (Built into jalur_hot_path_tests, so that the
// ThreadSanitizer run of docs/architecture.md covers it: -tc='Bootstrap*'.)
#include <doctest/doctest.h>

#include <cstring>

#include "engine/fit.hpp"
#include "engine/resampling/resampler.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Bootstrap threads: 1 and 2 threads give the same draws of 300 replicates bit for bit") {
    // 250 cases drawn from the thesis covariance matrix: raw data to resample.
    const SampleMoments thesis = thesis_moments();
    const Resampler population = Resampler::normal(thesis.covariance, Eigen::VectorXd::Zero(3), 250, 99);
    Eigen::MatrixXd cases;
    std::vector<int> unused;
    population.draw(0, cases, unused);
    const Data data = Data::from_rows(thesis.names, cases);

    EstimationOptions options;
    options.bootstrap = BootstrapOptions{};
    options.bootstrap->replicates = 300;
    auto run = [&](int threads) {
        options.bootstrap->threads = threads;
        return fit_model(thesis_model(), data, options);
    };
    const FitResult one = run(1), two = run(2);
    REQUIRE(one.bootstrap);
    REQUIRE(two.bootstrap);
    CHECK(one.bootstrap->used == 300);
    const Eigen::MatrixXd& a = one.bootstrap->draws;
    const Eigen::MatrixXd& b = two.bootstrap->draws;
    REQUIRE(a.size() == b.size());
    CHECK(a.size() > 0);
    CHECK(std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0);
    CHECK(one.table.rows[0].se == two.table.rows[0].se);
}

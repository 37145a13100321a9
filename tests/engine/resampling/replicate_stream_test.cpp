// The random streams of resampling (engine/resampling/replicate_stream.hpp): a replicate's draws depend only on
// (seed, replicate), indices are uniform, normals standard.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "engine/resampling/replicate_stream.hpp"

using namespace jalur;

TEST_CASE("Replicate streams: the same seed and replicate give the same draws, another replicate or seed others") {
    auto draws = [](std::uint64_t seed, std::uint64_t replicate) {
        ReplicateStream stream(seed, replicate);
        std::vector<std::uint64_t> out;
        for (int i = 0; i < 9; ++i) out.push_back(stream.bits());
        return out;
    };
    CHECK(draws(1, 5) == draws(1, 5));
    CHECK(draws(1, 5) != draws(1, 6));
    CHECK(draws(1, 5) != draws(2, 5));
    // Replicate 6's stream is not replicate 5's shifted by a block: no overlap of the first draws.
    const auto a = draws(1, 5), b = draws(1, 6);
    for (const auto x : a)
        for (const auto y : b) CHECK(x != y);
}

TEST_CASE("Replicate streams: case indices are uniform from 0 to n - 1 and normals have mean 0 and variance 1") {
    ReplicateStream stream(7, 0);
    constexpr int n = 7, draws = 70000;
    std::vector<int> counts(n, 0);
    for (int i = 0; i < draws; ++i) {
        const std::uint64_t k = stream.below(n);
        REQUIRE(k < n);
        ++counts[k];
    }
    // Each count is Binomial(70000, 1/7): SD ≈ 92.6; 5 SD around 10000.
    for (const int c : counts) CHECK(std::abs(c - 10000) < 463);
    double sum = 0, squares = 0;
    constexpr int m = 100000;
    for (int i = 0; i < m; ++i) {
        const double z = stream.normal();
        sum += z;
        squares += z * z;
    }
    // The mean's SD is 1/√m ≈ 0.0032 and the variance's √(2/m) ≈ 0.0045: 5 SD.
    CHECK(std::abs(sum / m) < 0.016);
    CHECK(std::abs(squares / m - 1) < 0.023);
}

TEST_CASE("Replicate streams: uniforms lie strictly between 0 and 1 with mean 1/2 and variance 1/12") {
    ReplicateStream stream(11, 0);
    constexpr int m = 100000;
    double sum = 0, squares = 0;
    for (int i = 0; i < m; ++i) {
        const double u = stream.uniform();
        REQUIRE(u > 0);
        REQUIRE(u < 1);
        sum += u;
        squares += (u - 0.5) * (u - 0.5);
    }
    // The mean's SD is √(1/12/m) ≈ 0.00091 and the variance's √(1/180/m) ≈ 0.00024: 5 SD.
    CHECK(std::abs(sum / m - 0.5) < 0.0046);
    CHECK(std::abs(squares / m - 1.0 / 12) < 0.0012);
}

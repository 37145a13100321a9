// The generators' categories, missing values, reproducibility and refusals (engine/simulation/data_generator.hpp).
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

#include "engine/errors.hpp"
#include "engine/simulation/data_generator.hpp"

using namespace jalur;

namespace {

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

Eigen::MatrixXd correlated_sigma() {
    Eigen::Matrix3d sigma;
    sigma << 1, 0.5, 0.3, 0.5, 1, 0.4, 0.3, 0.4, 1;
    return sigma;
}

Eigen::MatrixXd generate(const Eigen::MatrixXd& sigma, const GeneratorSpec& spec, int n, std::uint64_t replicate) {
    const DataGenerator generator(sigma, Eigen::VectorXd::Zero(sigma.rows()), spec);
    ReplicateStream stream(99, replicate);
    Eigen::MatrixXd out;
    generator.generate(n, stream, out);
    return out;
}

// The message of the NumericalError the generator's constructor throws ("" when it throws none).
std::string refusal(const Eigen::MatrixXd& sigma, const GeneratorSpec& spec) {
    try {
        DataGenerator(sigma, Eigen::VectorXd::Zero(sigma.rows()), spec);
    } catch (const NumericalError& e) {
        return e.what();
    }
    return "";
}

bool bitwise_equal(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0;
}

}  // namespace

TEST_CASE("Likert categories appear at their threshold proportions, on each variable's own scale") {
    constexpr int n = 1000000;
    Eigen::Matrix2d sigma;
    sigma << 1, 0.6, 0.6, 4;  // the second variable has SD 2: its cut points are on that scale
    GeneratorSpec spec;
    spec.thresholds = {{-1, 0, 1.5}, {2}};
    const DataGenerator generator(sigma, Eigen::Vector2d(0, 1), spec);
    ReplicateStream stream(5, 0);
    Eigen::MatrixXd out;
    generator.generate(n, stream, out);
    const double p1[] = {normal_cdf(-1), normal_cdf(0) - normal_cdf(-1), normal_cdf(1.5) - normal_cdf(0),
                         1 - normal_cdf(1.5)};
    const double p2[] = {normal_cdf(0.5), 1 - normal_cdf(0.5)};  // (2 − 1) / 2 SDs above the mean
    for (int k = 1; k <= 4; ++k) {
        const double share = static_cast<double>((out.col(0).array() == k).count()) / n;
        CAPTURE(k);
        CHECK(std::abs(share - p1[k - 1]) < 3 * std::sqrt(p1[k - 1] * (1 - p1[k - 1]) / n));
    }
    for (int k = 1; k <= 2; ++k) {
        const double share = static_cast<double>((out.col(1).array() == k).count()) / n;
        CHECK(std::abs(share - p2[k - 1]) < 3 * std::sqrt(p2[k - 1] * (1 - p2[k - 1]) / n));
    }
    // Nothing but the categories.
    CHECK((out.col(0).array() >= 1 && out.col(0).array() <= 4 && out.col(0).array() == out.col(0).array().round())
              .all());
    CHECK((out.col(1).array() == 1 || out.col(1).array() == 2).all());
}

TEST_CASE("A value on a threshold belongs to the category above it") {
    // SD 1e-150 around μ = 3: every value is exactly 3 in double precision, the second cut point.
    GeneratorSpec spec;
    spec.thresholds = {{-1, 3}};
    Eigen::MatrixXd sigma(1, 1);
    sigma << 1e-300;
    const DataGenerator generator(sigma, Eigen::VectorXd::Constant(1, 3.0), spec);
    ReplicateStream stream(1, 1);
    Eigen::MatrixXd out;
    generator.generate(100, stream, out);
    CHECK((out.array() == 3).all());
}

TEST_CASE("MCAR removes its proportion of every variable's values, independent of the values") {
    constexpr int n = 1000000;
    GeneratorSpec spec;
    spec.mcar = 0.2;
    const Eigen::MatrixXd out = generate(correlated_sigma(), spec, n, 7);
    const double se = std::sqrt(0.2 * 0.8 / n);
    for (int j = 0; j < 3; ++j) {
        const auto missing = out.col(j).array().isNaN();
        const double share = static_cast<double>(missing.count()) / n;
        CAPTURE(j);
        CHECK(std::abs(share - 0.2) < 3 * se);
        // The observed values keep the population mean 0 (SD 1 over ≈ 800000 values).
        double sum = 0;
        for (int i = 0; i < n; ++i)
            if (!missing(i)) sum += out(i, j);
        CHECK(std::abs(sum / (n * 0.8)) < 3 * std::sqrt(1.0 / (n * 0.8)));
    }
}

TEST_CASE("MAR removes the other variables' values only in cases above the MAR variable's mean, at the asked share") {
    constexpr int n = 1000000;
    GeneratorSpec spec;
    spec.mar = 0.2;
    spec.mar_variable = 0;
    const Eigen::MatrixXd out = generate(correlated_sigma(), spec, n, 8);
    REQUIRE_FALSE(out.col(0).hasNaN());  // the MAR variable stays observed
    const double mean = out.col(0).mean();
    const auto above = (out.col(0).array() > mean).eval();
    const auto eligible = above.count();
    const double probability = 0.2 * n / static_cast<double>(eligible);
    for (int j = 1; j < 3; ++j) {
        const auto missing = out.col(j).array().isNaN();
        CAPTURE(j);
        CHECK_FALSE((missing && !above).any());  // nothing missing at or below the mean
        // Given the eligible cases, the missing count is Binomial(eligible, probability).
        const double share = static_cast<double>(missing.count()) / n;
        CHECK(std::abs(share - 0.2) < 3 * std::sqrt(eligible * probability * (1 - probability)) / n);
        // MAR, not MCAR: the observed values of a variable correlated with the MAR variable have a lower mean.
        double sum = 0;
        int observed = 0;
        for (int i = 0; i < n; ++i)
            if (!missing(i)) {
                sum += out(i, j);
                ++observed;
            }
        CHECK(sum / observed < -0.05);
    }
}

TEST_CASE("MCAR and MAR together leave the MAR variable observed and remove a value when either removes it") {
    constexpr int n = 200000;
    GeneratorSpec spec;
    spec.mcar = 0.1;
    spec.mar = 0.1;
    spec.mar_variable = 2;
    const Eigen::MatrixXd out = generate(correlated_sigma(), spec, n, 9);
    CHECK_FALSE(out.col(2).hasNaN());
    // Independent mechanisms: 1 − 0.9 · 0.9 = 0.19 missing on average (the MAR share varies with the eligible
    // count, so 4 binomial SEs of the 0.19).
    for (int j = 0; j < 2; ++j) {
        const double share = static_cast<double>(out.col(j).array().isNaN().count()) / n;
        CHECK(std::abs(share - 0.19) < 4 * std::sqrt(0.19 * 0.81 / n));
    }
}

TEST_CASE("The same stream keys give bit-identical data, other keys other data") {
    for (const Distribution distribution :
         {Distribution::Normal, Distribution::ValeMaurelli, Distribution::IndependentGenerator}) {
        GeneratorSpec spec;
        spec.distribution = distribution;
        if (distribution != Distribution::Normal) spec.shapes = {{1, 2}};
        spec.thresholds = {{}, {-0.5, 0.5}, {}};
        spec.mcar = 0.1;
        spec.mar = 0.1;
        spec.mar_variable = 0;
        const Eigen::MatrixXd first = generate(correlated_sigma(), spec, 500, 3);
        CHECK(bitwise_equal(first, generate(correlated_sigma(), spec, 500, 3)));
        CHECK_FALSE(bitwise_equal(first, generate(correlated_sigma(), spec, 500, 4)));
        CHECK(first.array().isNaN().any());
    }
}

TEST_CASE("Fewer cases are the first cases of more when nothing depends on the whole sample") {
    // The normals are drawn row by row, so n = 10 is the first 10 rows of n = 20 (without MCAR's and MAR's later
    // draws and the MAR variable's sample mean).
    GeneratorSpec spec;
    spec.distribution = Distribution::ValeMaurelli;
    spec.shapes = {{2, 7}};
    const Eigen::MatrixXd ten = generate(correlated_sigma(), spec, 10, 1);
    const Eigen::MatrixXd twenty = generate(correlated_sigma(), spec, 20, 1);
    CHECK(bitwise_equal(ten, twenty.topRows(10).eval()));
}

TEST_CASE("Vale–Maurelli refuses a shape Fleishman's polynomial cannot reach and names the variable") {
    GeneratorSpec spec;
    spec.distribution = Distribution::ValeMaurelli;
    spec.shapes = {{0, 0}, {3, 5}, {0, 0}};
    spec.names = {"x1", "x2", "x3"};
    CHECK(refusal(correlated_sigma(), spec) ==
          "variable 'x2': skewness 3 with excess kurtosis 5 cannot be reached by Fleishman's polynomial (its "
          "equations have no solution), expected a larger excess kurtosis for that skewness");
    spec.names.clear();
    CHECK(refusal(correlated_sigma(), spec).rfind("variable 2: skewness 3", 0) == 0);
}

TEST_CASE("Vale–Maurelli refuses a correlation two shapes cannot reach and names the pair") {
    Eigen::Matrix2d sigma;
    sigma << 1, 0.9, 0.9, 1;
    GeneratorSpec spec;
    spec.distribution = Distribution::ValeMaurelli;
    spec.shapes = {{2, 7}, {-2, 7}};
    CHECK(refusal(sigma, spec) ==
          "data generator: the correlation 0.9 of variable 1 and variable 2 cannot be reached by Vale–Maurelli with "
          "their shapes, expected a correlation the two Fleishman polynomials can reach");
}

TEST_CASE("Vale–Maurelli refuses an intermediate correlation matrix that is not positive definite") {
    // R is positive definite (determinant ≈ 0.0037), but skewness 2 and kurtosis 7 inflate every correlation.
    Eigen::Matrix3d sigma;
    sigma << 1, 0.9, 0.9, 0.9, 1, 0.63, 0.9, 0.63, 1;
    REQUIRE(sigma.llt().info() == Eigen::Success);
    GeneratorSpec spec;
    spec.distribution = Distribution::ValeMaurelli;
    spec.shapes = {{2, 7}};
    const std::string message = refusal(sigma, spec);
    CHECK(message.rfind("data generator: Vale–Maurelli's intermediate correlation matrix is not positive definite "
                        "(smallest eigenvalue -",
                        0) == 0);
    CHECK(message.find("expected a positive definite matrix") != std::string::npos);
}

TEST_CASE("The independent generator refuses a source shape Fleishman's polynomial cannot reach and names it") {
    // y2 correlates 0.9 with a strongly skewed y1 yet is to be normal: its own source needs skewness ≈ −17.6.
    Eigen::Matrix2d sigma;
    sigma << 1, 0.9, 0.9, 1;
    GeneratorSpec spec;
    spec.distribution = Distribution::IndependentGenerator;
    spec.shapes = {{2, 7}, {0, 0}};
    spec.names = {"y1", "y2"};
    const std::string message = refusal(sigma, spec);
    CHECK(message.rfind("data generator: the independent source of variable 'y2' (independent generator, Cholesky "
                        "order of the variables): skewness -17.",
                        0) == 0);
    CHECK(message.find("cannot be reached by Fleishman's polynomial") != std::string::npos);
}

TEST_CASE("A population covariance matrix that is not positive definite is refused") {
    Eigen::Matrix2d sigma;
    sigma << 1, 1.2, 1.2, 1;
    CHECK(refusal(sigma, GeneratorSpec{}).rfind(
              "data generator: the population covariance matrix Σ is not positive definite (smallest eigenvalue -0.2)",
              0) == 0);
}

TEST_CASE("A spec that does not fit the population is a caller's error") {
    const Eigen::MatrixXd sigma = correlated_sigma();
    const Eigen::VectorXd mu = Eigen::VectorXd::Zero(3);
    const auto throws = [&](const GeneratorSpec& spec) {
        CHECK_THROWS_AS(DataGenerator(sigma, mu, spec), std::invalid_argument);
    };
    GeneratorSpec spec;
    spec.shapes = {{1, 2}};  // shapes with the normal distribution
    throws(spec);
    spec = {};
    spec.distribution = Distribution::ValeMaurelli;
    spec.shapes = {{1, 2}, {1, 2}};  // neither one nor one per variable
    throws(spec);
    spec = {};
    spec.thresholds = {{1, 0}, {}, {}};  // not ascending
    throws(spec);
    spec = {};
    spec.mcar = 1;
    throws(spec);
    spec = {};
    spec.mar = 0.1;  // no MAR variable
    throws(spec);
    spec.mar_variable = 3;
    throws(spec);
    CHECK_THROWS_AS(DataGenerator(sigma, Eigen::VectorXd::Zero(2), GeneratorSpec{}), std::invalid_argument);
    Eigen::MatrixXd asymmetric = sigma;
    asymmetric(0, 1) += 1e-3;
    CHECK_THROWS_AS(DataGenerator(asymmetric, mu, GeneratorSpec{}), std::invalid_argument);
    // An implied Σ that is symmetric only up to rounding is a population.
    Eigen::MatrixXd rounded = sigma;
    rounded(0, 1) = std::nextafter(rounded(0, 1), 1.0);
    CHECK_NOTHROW(DataGenerator(rounded, mu, GeneratorSpec{}));
}

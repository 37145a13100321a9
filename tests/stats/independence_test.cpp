// Tests of independence for contingency tables: every number of independence_test equals R's chisq.test
// (with and without Yates' correction) and fisher.test on the tables of tests/fixtures/survey_stats/crosstabs.json,
// 2×2 tables computed by hand agree, and tables that cannot be tested raise NumericalError with their message.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/errors.hpp"
#include "stats/independence_test.hpp"
#include "support/fixtures.hpp"
#include "support/thrown.hpp"

using namespace jalur;
using namespace jalur::stats;
using namespace jalur::testing;

namespace {

// The acceptance criterion; the statistics and Boost's distributions agree with R to ~1e-15.
constexpr double kTolerance = 1e-6;

void check_close(double actual, const nlohmann::json& expected) {
    CHECK(std::abs(actual - expected.get<double>()) < kTolerance);
}

Eigen::MatrixXd matrix(const nlohmann::json& rows) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows[0].size()));
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j) m(i, j) = rows[i][j].get<double>();
    return m;
}

}  // namespace

TEST_CASE("Independence test: chi-square, Yates, Fisher and Cramér's V equal chisq.test and fisher.test") {
    const nlohmann::json reference = read_json(source_path("tests/fixtures/survey_stats/crosstabs.json"));
    REQUIRE(reference["tables"].size() == 5);
    for (const auto& expected : reference["tables"]) {
        const std::string name = expected["name"];
        CAPTURE(name);
        const IndependenceTest test = independence_test(matrix(expected["observed"]));
        CHECK(test.observed == matrix(expected["observed"]));
        const Eigen::MatrixXd expected_counts = matrix(expected["expected"]);
        REQUIRE(test.expected.rows() == expected_counts.rows());
        REQUIRE(test.expected.cols() == expected_counts.cols());
        CHECK((test.expected - expected_counts).cwiseAbs().maxCoeff() < kTolerance);
        check_close(test.chisq, expected["chisq"]);
        CHECK(test.df == expected["df"].get<int>());
        check_close(test.pvalue, expected["pvalue"]);
        check_close(test.cramers_v, expected["cramers_v"]);
        check_close(test.min_expected, expected["min_expected"]);
        CHECK(test.cells_expected_below_5 == expected["cells_expected_below_5"].get<int>());
        const bool two_by_two = expected.contains("fisher_pvalue");
        REQUIRE(test.chisq_yates.has_value() == two_by_two);
        REQUIRE(test.pvalue_yates.has_value() == two_by_two);
        REQUIRE(test.fisher_pvalue.has_value() == two_by_two);
        if (two_by_two) {
            check_close(*test.chisq_yates, expected["chisq_yates"]);
            check_close(*test.pvalue_yates, expected["pvalue_yates"]);
            check_close(*test.fisher_pvalue, expected["fisher_pvalue"]);
        }
    }
}

// Margins 30, 70 and 40, 60 of N = 100: E = 12 18 / 28 42, every |O − E| = 2.
TEST_CASE("Independence test: a 2×2 table computed by hand") {
    const IndependenceTest test = independence_test((Eigen::MatrixXd(2, 2) << 10, 20, 30, 40).finished());
    CHECK(test.expected == (Eigen::MatrixXd(2, 2) << 12, 18, 28, 42).finished());
    // χ² = 4 (1/12 + 1/18 + 1/28 + 1/42) = 4 · 50/252 = 50/63; with Yates (2 − ½)² · 50/252 = 25/56.
    CHECK(test.chisq == doctest::Approx(50.0 / 63).epsilon(1e-14));
    CHECK(*test.chisq_yates == doctest::Approx(25.0 / 56).epsilon(1e-14));
    CHECK(test.df == 1);
    // With 1 df, P(χ² > x) = P(|Z| > √x) = erfc(√(x/2)).
    CHECK(test.pvalue == doctest::Approx(std::erfc(std::sqrt(25.0 / 63))).epsilon(1e-12));
    CHECK(*test.pvalue_yates == doctest::Approx(std::erfc(std::sqrt(25.0 / 112))).epsilon(1e-12));
    CHECK(test.cramers_v == doctest::Approx(std::sqrt(1.0 / 126)).epsilon(1e-14));
    CHECK(test.min_expected == 12);
    CHECK(test.cells_expected_below_5 == 0);

    // Margins all 4 of N = 8: P(top-left = x) = C(4, x) C(4, 4 − x) / C(8, 4) = 1, 16, 36, 16, 1 over 70. The
    // observed 3 has 16/70; the tables as unlikely or less are x = 0, 1, 3, 4: (1 + 16 + 16 + 1)/70 = 17/35.
    const IndependenceTest small = independence_test((Eigen::MatrixXd(2, 2) << 3, 1, 1, 3).finished());
    CHECK(*small.fisher_pvalue == doctest::Approx(17.0 / 35).epsilon(1e-12));
    CHECK(small.min_expected == 2);
    CHECK(small.cells_expected_below_5 == 4);
}

TEST_CASE("Independence test: a 1×3 table, an empty row or column, or a cell that is no count raise NumericalError") {
    CHECK(numerical_error([] { independence_test((Eigen::MatrixXd(1, 3) << 4, 5, 6).finished()); }) ==
          "a 1 × 3 table, expected at least 2 rows and 2 columns: a variable with one level cannot be tested for "
          "independence");
    CHECK(numerical_error([] { independence_test((Eigen::MatrixXd(3, 2) << 4, 5, 0, 0, 6, 7).finished()); }) ==
          "row 2 of the 3 × 2 table has no observations, expected at least one in every row (leave out empty "
          "levels)");
    CHECK(numerical_error([] { independence_test((Eigen::MatrixXd(2, 3) << 4, 0, 5, 6, 0, 7).finished()); }) ==
          "column 2 of the 2 × 3 table has no observations, expected at least one in every column (leave out empty "
          "levels)");
    CHECK(numerical_error([] { independence_test((Eigen::MatrixXd(2, 2) << 4, 2.5, 6, 7).finished()); }) ==
          "cell (row 1, column 2) of the table holds 2.5, expected a whole count of 0 or more");
    CHECK(numerical_error([] { independence_test((Eigen::MatrixXd(2, 2) << 4, 2, -1, 7).finished()); }) ==
          "cell (row 2, column 1) of the table holds -1, expected a whole count of 0 or more");
}

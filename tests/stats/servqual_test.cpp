// SERVQUAL gaps, dimension scores, ranking and quadrants (stats/servqual.hpp), checked by hand and
// against the RSUD Mitra thesis (seed 003): Tables 4.4/4.5 (tests/fixtures/servqual/servqual_mitra.csv),
// the appendix's item sums, Tables 4.6, 4.7 and 4.13, and the quadrants of its section 5.4.
#include <cmath>
#include <doctest/doctest.h>
#include <limits>
#include <string>
#include <vector>

#include "engine/errors.hpp"
#include "models/survey_data.hpp"
#include "stats/servqual.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::stats;

namespace {

const std::vector<std::string> kDimensions = {"tangibles", "reliability", "responsiveness", "assurance", "empathy"};
const int kItemsPerDimension[] = {7, 3, 5, 2, 2};  // items 1–7, 8–10, 11–15, 16–17, 18–19

// Table 4.4 (P_* columns) and Table 4.5 (E_* columns), 70 × 5 each.
struct Mitra {
    Eigen::MatrixXd p, e;
};

Mitra read_mitra() {
    const auto table = models::read_survey(testing::source_path("tests/fixtures/servqual/servqual_mitra.csv"));
    std::vector<std::string> names;
    for (const char* prefix : {"P_", "E_"})
        for (const std::string& d : kDimensions) names.push_back(prefix + d);
    const auto columns = models::item_responses(table, names);
    REQUIRE(columns.values.rows() == 70);
    return {columns.values.leftCols(5), columns.values.rightCols(5)};
}

// Each dimension column as one attribute in its own dimension.
std::vector<ServqualAttribute> dimension_attributes() {
    std::vector<ServqualAttribute> attributes;
    for (const std::string& d : kDimensions) attributes.push_back({d, d});
    return attributes;
}

// A printed value truncated to two decimals, back to the k/n it came from (the next multiple of 1/n).
double untruncate(double printed, int n) {
    const double value = std::ceil(printed * n - 1e-9) / n;
    REQUIRE(value >= printed - 1e-12);
    REQUIRE(value - printed < 0.01);
    return value;
}

double round2(double x) { return std::round(x * 100) / 100; }
double truncate2(double x) { return std::trunc(x * 100 + (x < 0 ? -1e-9 : 1e-9)) / 100; }

std::vector<int> quadrants(const std::vector<ServqualPoint>& points) {
    std::vector<int> q;
    for (const ServqualPoint& p : points) q.push_back(p.quadrant);
    return q;
}

// The appendix table "Perhitungan Data Persepsi dan Data Harapan Responden" (seed lines ~2385–2407): per item,
// the sum over the 70 respondents of the "Harapan" answers (X) and of the "Persepsi" answers (Y). Its X sums
// add up to Table 4.4's column sums (Σ 294.4286 = 2061/7 …), its Y sums to Table 4.5's.
const double kHarapanSums[] = {304, 283, 293, 297, 293, 292, 299, 307, 294, 305,
                               292, 299, 301, 294, 303, 309, 294, 305, 292};
const double kPersepsiSums[] = {284, 262, 263, 276, 269, 280, 247, 285, 222, 269,
                                270, 270, 270, 261, 265, 268, 284, 262, 263};

std::vector<ServqualAttribute> thesis_items() {
    std::vector<ServqualAttribute> items;
    for (std::size_t d = 0; d < kDimensions.size(); ++d)
        for (int i = 0; i < kItemsPerDimension[d]; ++i)
            items.push_back({"X" + std::to_string(items.size() + 1), kDimensions[d]});
    return items;
}

// Two respondents who both answer an item's mean: their means, gaps, ranks and quadrants of items and
// dimensions are those of any 70 respondents with these sums.
Eigen::MatrixXd item_means(const double* sums, int first = 0, int count = 19) {
    Eigen::MatrixXd m(2, count);
    for (int j = 0; j < count; ++j) m.col(j).setConstant(sums[first + j] / 70);
    return m;
}

}  // namespace

TEST_CASE("SERVQUAL of RSUD Mitra as labelled: dimension means are the column means") {
    const Mitra data = read_mitra();
    const Servqual s = servqual(dimension_attributes(), data.p, data.e);
    // Column sums of the CSV (exact in two decimals) over 70; the means 4.202429 … 3.75 rounded.
    const double p_sum[] = {294.17, 301.83, 297.8, 301.5, 298.5};
    const double e_sum[] = {268.52, 258.43, 267.2, 276.0, 262.5};
    const double p_mean[] = {4.202429, 4.311857, 4.254286, 4.307143, 4.264286};
    const double e_mean[] = {3.836, 3.691857, 3.817143, 3.942857, 3.75};
    REQUIRE(s.dimensions.size() == 5);
    REQUIRE(s.items.size() == 5);
    for (std::size_t d = 0; d < 5; ++d) {
        CAPTURE(kDimensions[d]);
        for (const ServqualPoint* point : {&s.dimensions[d], &s.items[d]}) {
            CHECK(point->name == kDimensions[d]);
            CHECK(point->dimension == kDimensions[d]);
            CHECK(point->perception == doctest::Approx(p_sum[d] / 70).epsilon(1e-12));
            CHECK(point->expectation == doctest::Approx(e_sum[d] / 70).epsilon(1e-12));
            CHECK(std::abs(point->gap - (p_sum[d] - e_sum[d]) / 70) < 1e-12);
            CHECK(std::abs(point->perception - p_mean[d]) < 5e-7);
            CHECK(std::abs(point->expectation - e_mean[d]) < 5e-7);
        }
    }
    // One item per dimension: the dimension scores are the columns themselves.
    CHECK(s.perception_scores.isApprox(data.p, 1e-15));
    CHECK(s.expectation_scores.isApprox(data.e, 1e-15));
    CHECK(s.gap_scores.isApprox(data.p - data.e, 1e-15));
    // Gaps +0.37 +0.62 +0.44 +0.36 +0.51: all positive, assurance the smallest.
    CHECK(round2(s.dimensions[0].gap) == doctest::Approx(0.37));
    CHECK(round2(s.dimensions[1].gap) == doctest::Approx(0.62));
    CHECK(round2(s.dimensions[2].gap) == doctest::Approx(0.44));
    CHECK(round2(s.dimensions[3].gap) == doctest::Approx(0.36));
    CHECK(round2(s.dimensions[4].gap) == doctest::Approx(0.51));
    const std::vector<int> ranks = {2, 5, 3, 1, 4};
    for (std::size_t d = 0; d < 5; ++d) CHECK(s.dimensions[d].rank == ranks[d]);
    // Splits: means over the five dimensions.
    CHECK(s.dimension_expectation_split == doctest::Approx(3.8075714285714).epsilon(1e-12));
    CHECK(s.dimension_perception_split == doctest::Approx(4.268).epsilon(1e-12));
    CHECK(s.item_expectation_split == doctest::Approx(s.dimension_expectation_split).epsilon(1e-14));
    CHECK(s.item_perception_split == doctest::Approx(s.dimension_perception_split).epsilon(1e-14));
}

TEST_CASE("SERVQUAL of RSUD Mitra as labelled puts the dimensions in the thesis's quadrants") {
    // Section 5.4: tangibles and responsiveness in I, assurance in II, empathy in III, reliability in IV.
    const Mitra data = read_mitra();
    const Servqual s = servqual(dimension_attributes(), data.p, data.e);
    CHECK(quadrants(s.dimensions) == std::vector<int>{1, 4, 1, 2, 3});
    CHECK(quadrants(s.items) == std::vector<int>{1, 4, 1, 2, 3});
    // Empathy is the closest call: perception 4.2643 against the split 4.268.
    CHECK(s.dimension_perception_split - s.dimensions[4].perception == doctest::Approx(0.0037143).epsilon(1e-4));
}

TEST_CASE("SERVQUAL: un-truncating Tables 4.4 and 4.5 gives the thesis's column sums and totals") {
    const Mitra data = read_mitra();
    const int per_item[] = {7, 3, 5, 2, 2};  // a dimension score is a multiple of 1/(its number of items)
    const double sums[2][5] = {{294.4286, 302, 297.8, 301.5, 298.5}, {268.7143, 258.6667, 267.2, 276, 262.5}};
    // The "Total skor" lines below each table: Σ/100 truncated to two decimals (297.8 → 2.97), not Σ/70.
    const double totals[2][5] = {{2.94, 3.02, 2.97, 3.01, 2.98}, {2.68, 2.58, 2.67, 2.76, 2.62}};
    Eigen::MatrixXd exact[2] = {data.p, data.e};
    for (int t = 0; t < 2; ++t)
        for (int d = 0; d < 5; ++d) {
            for (Eigen::Index i = 0; i < exact[t].rows(); ++i)
                exact[t](i, d) = untruncate(exact[t](i, d), per_item[d]);
            const double sum = exact[t].col(d).sum();
            CAPTURE(t);
            CAPTURE(d);
            CHECK(std::abs(sum - sums[t][d]) < 5e-5);
            CHECK(std::floor(sum + 1e-9) / 100 == doctest::Approx(totals[t][d]).epsilon(1e-12));
        }
    // The exact data give the thesis's sums over 70 as means, and the same quadrants.
    const Servqual s = servqual(dimension_attributes(), exact[0], exact[1]);
    const double exact_sums[2][5] = {{2061.0 / 7, 302, 297.8, 301.5, 298.5},
                                     {1881.0 / 7, 776.0 / 3, 267.2, 276, 262.5}};
    for (std::size_t d = 0; d < 5; ++d) {
        CHECK(s.dimensions[d].perception == doctest::Approx(exact_sums[0][d] / 70).epsilon(1e-12));
        CHECK(s.dimensions[d].expectation == doctest::Approx(exact_sums[1][d] / 70).epsilon(1e-12));
    }
    CHECK(s.dimension_perception_split == doctest::Approx(4.2692245).epsilon(1e-7));
    CHECK(s.dimension_expectation_split == doctest::Approx(3.8088027).epsilon(1e-7));
    CHECK(quadrants(s.dimensions) == std::vector<int>{1, 4, 1, 2, 3});
}

TEST_CASE("SERVQUAL in the thesis's reading (columns swapped) gives its negative gaps") {
    // Tables 4.6–4.13 call the ~3.8 scores (Table 4.5, E_*) "Persepsi" and the ~4.2 ones (Table 4.4, P_*)
    // "Harapan".
    const Mitra data = read_mitra();
    const Servqual s = servqual(dimension_attributes(), data.e, data.p);
    const double gaps[] = {-0.37, -0.62, -0.44, -0.36, -0.51};
    // Table 4.13 as printed (means of the truncated item means of Table 4.6).
    const double persepsi[] = {3.83, 3.69, 3.81, 3.93, 3.74};
    const double harapan[] = {4.20, 4.31, 4.25, 4.30, 4.26};
    for (std::size_t d = 0; d < 5; ++d) {
        CAPTURE(kDimensions[d]);
        CHECK(round2(s.dimensions[d].gap) == doctest::Approx(gaps[d]));
        // Within 0.015: Table 4.13 averages item means that were truncated before (assurance: 3.93 printed,
        // (268 + 284)/140 = 3.943 exact).
        CHECK(std::abs(s.dimensions[d].perception - persepsi[d]) < 0.015);
        CHECK(std::abs(s.dimensions[d].expectation - harapan[d]) < 0.015);
        // Against the difference of Table 4.13's printed means: equal for three dimensions; assurance
        // (−0.37 printed) and empathy (−0.52) differ by 0.01.
        CHECK(std::abs(s.dimensions[d].gap - (persepsi[d] - harapan[d])) < 0.0125);
    }
    // Reliability (−0.62) the largest shortfall, then empathy, responsiveness, tangibles, assurance.
    const int ranks[] = {4, 1, 3, 5, 2};
    for (std::size_t d = 0; d < 5; ++d) CHECK(s.dimensions[d].rank == ranks[d]);
    // The quadrants mirror those of the labelled reading: I and IV trade places.
    CHECK(quadrants(s.dimensions) == std::vector<int>{4, 1, 4, 2, 3});
}

TEST_CASE("SERVQUAL: the appendix's item sums reproduce Tables 4.6 and 4.7") {
    // The appendix's "Harapan" sums are Table 4.4's ("Perceived Score"), its "Persepsi" sums Table 4.5's.
    const double table_4_4[] = {294.4286, 302, 297.8, 301.5, 298.5};
    const double table_4_5[] = {268.7143, 258.6667, 267.2, 276, 262.5};
    for (int d = 0, first = 0; d < 5; first += kItemsPerDimension[d], ++d) {
        double harapan = 0, persepsi = 0;
        for (int j = first; j < first + kItemsPerDimension[d]; ++j) {
            harapan += kHarapanSums[j];
            persepsi += kPersepsiSums[j];
        }
        CHECK(std::abs(harapan / kItemsPerDimension[d] - table_4_4[d]) < 5e-5);
        CHECK(std::abs(persepsi / kItemsPerDimension[d] - table_4_5[d]) < 5e-5);
    }
    // The thesis's reading: perception = its "Persepsi" (Y), expectation = its "Harapan" (X).
    const Servqual s = servqual(thesis_items(), item_means(kPersepsiSums), item_means(kHarapanSums));
    // Table 4.6 prints each gap truncated to two decimals (−20/70 = −0.2857 → −0.28).
    const double table_4_6[] = {-0.28, -0.30, -0.42, -0.30, -0.34, -0.17, -0.74, -0.31, -1.02, -0.51,
                                -0.31, -0.41, -0.44, -0.47, -0.54, -0.58, -0.14, -0.61, -0.41};
    for (std::size_t j = 0; j < 19; ++j) {
        CAPTURE(j + 1);
        CHECK(truncate2(s.items[j].gap) == doctest::Approx(table_4_6[j]).epsilon(1e-12));
    }
    // Table 4.7: the items by gap, most negative first; the tied pairs (12, 19), (8, 11) and (2, 4) in their
    // questionnaire order, although 270/70 − 299/70 and 263/70 − 292/70 differ in the last bits.
    const int table_4_7[] = {9, 7, 18, 16, 15, 10, 14, 13, 3, 12, 19, 5, 8, 11, 2, 4, 1, 6, 17};
    for (int r = 0; r < 19; ++r) {
        CAPTURE(r + 1);
        CHECK(s.items[static_cast<std::size_t>(table_4_7[r] - 1)].rank == r + 1);
    }
    // The dimension means are the untruncated means of Tables 4.4 and 4.5.
    CHECK(s.dimensions[0].perception == doctest::Approx(1881.0 / 7 / 70).epsilon(1e-12));
    CHECK(s.dimensions[0].expectation == doctest::Approx(2061.0 / 7 / 70).epsilon(1e-12));
    CHECK(s.dimensions[3].perception == doctest::Approx(276.0 / 70).epsilon(1e-12));
    // Table 4.6's bottom line: mean persepsi 3.81, mean harapan 4.25, mean gap −0.44.
    CHECK(round2(s.item_perception_split) == doctest::Approx(3.81));
    CHECK(round2(s.item_expectation_split) == doctest::Approx(4.25));
    CHECK(round2(s.item_perception_split - s.item_expectation_split) == doctest::Approx(-0.44));
}

TEST_CASE("SERVQUAL: the thesis's attribute quadrants take its Persepsi as importance") {
    // Section 5.4, one diagram per dimension split at the dimension's means. Its placements follow
    // quadrant() when the "Persepsi" (Y) scores are the importance: the labelling of Tables 4.4/4.5.
    const int thesis[] = {2, 3, 3, 2, 1, 1, 4, 2, 3, 2, 1, 2, 2, 3, 4, 4, 1, 2, 1};
    int first = 0;
    for (std::size_t d = 0; d < kDimensions.size(); ++d) {
        const int count = kItemsPerDimension[d];
        const std::vector<ServqualAttribute> all = thesis_items();
        const std::vector<ServqualAttribute> items(all.begin() + first, all.begin() + first + count);
        const Servqual s = servqual(items, item_means(kHarapanSums, first, count),
                                    item_means(kPersepsiSums, first, count));
        for (int j = 0; j < count; ++j) {
            CAPTURE(first + j + 1);
            // Item 18: Persepsi 262/70 = 3.743 below the empathy mean 262.5/70 = 3.750, so quadrant IV; the
            // thesis compared the printed 3.74 with the printed mean 3.74 and says II.
            const int expected = first + j + 1 == 18 ? 4 : thesis[first + j];
            CHECK(s.items[static_cast<std::size_t>(j)].quadrant == expected);
        }
        first += count;
    }
    CHECK(quadrant(3.74, 4.35, 3.74, 4.26) == 2);  // item 18 with the printed numbers
}

TEST_CASE("SERVQUAL quadrant(): a value equal to the split counts as high") {
    CHECK(quadrant(4.0, 3.0, 3.5, 3.5) == 1);
    CHECK(quadrant(4.0, 4.0, 3.5, 3.5) == 2);
    CHECK(quadrant(3.0, 3.0, 3.5, 3.5) == 3);
    CHECK(quadrant(3.0, 4.0, 3.5, 3.5) == 4);
    CHECK(quadrant(3.5, 3.5, 3.5, 3.5) == 2);
    CHECK(quadrant(3.5, 3.4999, 3.5, 3.5) == 1);
    CHECK(quadrant(3.4999, 3.5, 3.5, 3.5) == 4);
    CHECK(quadrant(3.4999, 3.4999, 3.5, 3.5) == 3);
    CHECK_THROWS_AS(quadrant(std::nan(""), 3.0, 3.5, 3.5), NumericalError);
    CHECK_THROWS_AS(quadrant(3.0, 3.0, 3.5, std::numeric_limits<double>::infinity()), NumericalError);
}

TEST_CASE("SERVQUAL ranks: 1 is the most negative gap, ties keep the input order") {
    // Gaps: a −0.5, b 0, c −0.5, d −1, e 0 on paper but −5.6e-17 as computed: still tied with b.
    const std::vector<ServqualAttribute> attributes = {{"a", "x"}, {"b", "x"}, {"c", "y"}, {"d", "y"}, {"e", "y"}};
    Eigen::MatrixXd p(2, 5), e(2, 5);
    p << 3.0, 4.0, 2.5, 2.0, 0.3, 3.0, 4.0, 2.5, 2.0, 0.3;
    e << 3.5, 4.0, 3.0, 3.0, 0.1 + 0.2, 3.5, 4.0, 3.0, 3.0, 0.1 + 0.2;
    REQUIRE(p(0, 4) - e(0, 4) < 0.0);
    const Servqual s = servqual(attributes, p, e);
    const std::vector<int> ranks = {2, 4, 3, 1, 5};
    for (std::size_t j = 0; j < 5; ++j) {
        CAPTURE(attributes[j].item);
        CHECK(s.items[j].rank == ranks[j]);
    }
    // Dimensions x (−0.25) and y (−0.5): y first.
    CHECK(s.dimensions[0].rank == 2);
    CHECK(s.dimensions[1].rank == 1);
}

TEST_CASE("SERVQUAL per-respondent dimension scores are the means of the respondent's items") {
    // Dimensions in order of first appearance, their items interleaved.
    const std::vector<ServqualAttribute> attributes = {{"t1", "tangibles"}, {"e1", "empathy"}, {"t2", "tangibles"}};
    Eigen::MatrixXd p(3, 3), e(3, 3);
    p << 5, 4, 3,  //
        4, 2, 4,   //
        1, 3, 2;
    e << 4, 4, 4,  //
        5, 3, 5,   //
        2, 2, 2;
    const Servqual s = servqual(attributes, p, e);
    REQUIRE(s.dimensions.size() == 2);
    CHECK(s.dimensions[0].name == "tangibles");
    CHECK(s.dimensions[1].name == "empathy");
    Eigen::MatrixXd ps(3, 2), es(3, 2);
    ps << 4, 4, 4, 2, 1.5, 3;
    es << 4, 4, 5, 3, 2, 2;
    CHECK(s.perception_scores.isApprox(ps));
    CHECK(s.expectation_scores.isApprox(es));
    CHECK(s.gap_scores.isApprox(ps - es));
    CHECK(s.dimensions[0].perception == doctest::Approx(9.5 / 3));
    CHECK(s.dimensions[0].expectation == doctest::Approx(11.0 / 3));
    CHECK(s.dimensions[0].gap == doctest::Approx(-0.5));
    CHECK(s.dimensions[1].gap == doctest::Approx(0.0));
    // Items: t1 p 10/3 e 11/3, e1 p 3 e 3, t2 p 3 e 11/3; splits e 31/9, p 28/9.
    CHECK(s.items[0].gap == doctest::Approx(-1.0 / 3));
    CHECK(s.items[1].gap == doctest::Approx(0.0));
    CHECK(s.items[2].gap == doctest::Approx(-2.0 / 3));
    CHECK(s.item_expectation_split == doctest::Approx(31.0 / 9));
    CHECK(s.item_perception_split == doctest::Approx(28.0 / 9));
    CHECK(quadrants(s.items) == std::vector<int>{2, 3, 1});
    // Dimensions: splits e 10/3, p 37/12.
    CHECK(s.dimension_expectation_split == doctest::Approx(10.0 / 3));
    CHECK(s.dimension_perception_split == doctest::Approx(37.0 / 12));
    CHECK(quadrants(s.dimensions) == std::vector<int>{2, 3});
}

TEST_CASE("SERVQUAL refuses input it cannot use") {
    const std::vector<ServqualAttribute> two = {{"a", "x"}, {"b", "x"}};
    const Eigen::MatrixXd ok = Eigen::MatrixXd::Constant(3, 2, 4.0);
    CHECK_THROWS_WITH_AS(servqual({}, ok, ok), "SERVQUAL: no attributes, expected at least one.", NumericalError);
    CHECK_THROWS_WITH_AS(servqual(two, Eigen::MatrixXd::Constant(3, 3, 4.0), ok),
                         "SERVQUAL: perception has 3 columns for 2 attributes, expected one column per attribute.",
                         NumericalError);
    CHECK_THROWS_WITH_AS(servqual(two, ok, Eigen::MatrixXd::Constant(4, 2, 4.0)),
                         "SERVQUAL: perception has 3 respondents and expectation 4, expected the same respondents "
                         "in both.",
                         NumericalError);
    CHECK_THROWS_WITH_AS(servqual(two, ok.topRows(1), ok.topRows(1)),
                         "SERVQUAL: 1 respondent(s), expected at least 2.", NumericalError);
    Eigen::MatrixXd missing = ok;
    missing(1, 1) = std::nan("");
    CHECK_THROWS_WITH_AS(servqual(two, ok, missing),
                         "SERVQUAL: expectation of respondent 2 for 'b' is missing or not finite, expected complete "
                         "answers.",
                         NumericalError);
    CHECK_THROWS_AS(servqual({{"a", "x"}, {"a", "y"}}, ok, ok), NumericalError);
    CHECK_THROWS_AS(servqual({{"a", ""}, {"b", "y"}}, ok, ok), NumericalError);
    CHECK_THROWS_AS(servqual({{"", "x"}, {"b", "y"}}, ok, ok), NumericalError);
}

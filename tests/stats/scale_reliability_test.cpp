// Item analysis of a Likert scale: every number of analyze_scale equals psych::alpha's on simulated answers
// (tests/fixtures/survey_stats, see its README), critical r equals R's qt, small scales computed by hand agree,
// and scales that cannot be analysed raise NumericalError with their message.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/errors.hpp"
#include "models/survey_data.hpp"
#include "stats/scale_reliability.hpp"
#include "support/fixtures.hpp"
#include "support/thrown.hpp"

using namespace jalur;
using namespace jalur::stats;
using namespace jalur::testing;

namespace {

// The acceptance criterion; the statistics are closed forms and agree with R to ~1e-15.
constexpr double kTolerance = 1e-6;
const std::string kFixtures = "tests/fixtures/survey_stats/";

void check_close(double actual, const nlohmann::json& expected) {
    CHECK(std::abs(actual - expected.get<double>()) < kTolerance);
}

// The scale's answers from likert.csv, with its reverse-worded items recoded reverse_from − x as make.R did.
Eigen::MatrixXd scale_answers(const nlohmann::json& scale, double reverse_from) {
    static const models::SurveyData table = models::read_survey(source_path(kFixtures + "likert.csv"));
    const auto items = scale["items"].get<std::vector<std::string>>();
    const models::ItemResponses data = models::item_responses(table, items);
    REQUIRE(data.dropped == 0);
    Eigen::MatrixXd answers(data.values.rows(), static_cast<Eigen::Index>(items.size()));
    for (std::size_t j = 0; j < items.size(); ++j) {
        const auto column = std::find(data.items.begin(), data.items.end(), items[j]) - data.items.begin();
        auto answer = answers.col(static_cast<Eigen::Index>(j));
        answer = data.values.col(column);
        for (const auto& reversed : scale["reverse"])
            if (reversed == items[j]) answer = reverse_from - answer.array();
    }
    return answers;
}

Eigen::MatrixXd columns(std::initializer_list<std::vector<double>> items) {
    const auto n = static_cast<Eigen::Index>(items.begin()->size());
    Eigen::MatrixXd m(n, static_cast<Eigen::Index>(items.size()));
    Eigen::Index j = 0;
    for (const auto& item : items) m.col(j++) = Eigen::Map<const Eigen::VectorXd>(item.data(), n);
    return m;
}

}  // namespace

TEST_CASE("Scale reliability: alpha, item-total r and alpha if deleted equal psych::alpha") {
    const nlohmann::json reference = read_json(source_path(kFixtures + "reference.json"));
    REQUIRE(reference["scales"].size() == 5);
    for (const auto& expected : reference["scales"]) {
        const std::string name = expected["name"];
        CAPTURE(name);
        const auto items = expected["items"].get<std::vector<std::string>>();
        const ScaleReliability scale =
            analyze_scale(name, items, scale_answers(expected, reference["reverse_from"].get<double>()));
        CHECK(scale.name == name);
        CHECK(scale.n == expected["n"].get<int>());
        CHECK(scale.k == expected["k"].get<int>());
        check_close(scale.alpha, expected["raw_alpha"]);
        check_close(scale.alpha_std, expected["std_alpha"]);
        check_close(scale.average_r, expected["average_r"]);
        check_close(scale.r_critical, expected["r_critical"]);
        REQUIRE(scale.items.size() == items.size());
        for (std::size_t j = 0; j < items.size(); ++j) {
            const ItemStatistics& item = scale.items[j];
            const nlohmann::json& want = expected["item_stats"][j];
            CAPTURE(item.item);
            CHECK(item.item == want["item"].get<std::string>());
            check_close(item.r_total, want["raw_r"]);
            check_close(item.r_corrected, want["r_drop"]);
            check_close(item.alpha_if_deleted, want["alpha_drop"]);
            check_close(item.mean, want["mean"]);
            check_close(item.sd, want["sd"]);
            CHECK(item.valid == want["valid"].get<bool>());
            std::map<double, int> frequencies;
            for (std::size_t v = 0; v < want["values"].size(); ++v)
                frequencies[want["values"][v].get<double>()] = want["counts"][v].get<int>();
            CHECK(item.frequencies == frequencies);
        }
    }
}

TEST_CASE("Scale reliability: a reverse-worded item left as answered correlates negatively and fails validity") {
    const nlohmann::json reference = read_json(source_path(kFixtures + "reference.json"));
    const auto& as_answered = reference["scales"][4];
    REQUIRE(as_answered["name"] == "empathy_as_answered");
    const ScaleReliability scale = analyze_scale("empathy", as_answered["items"].get<std::vector<std::string>>(),
                                                 scale_answers(as_answered, 6));
    const ItemStatistics& emp4 = scale.items[3];
    REQUIRE(emp4.item == "emp4");
    CHECK(emp4.r_total < 0);
    CHECK_FALSE(emp4.valid);
    CHECK(emp4.alpha_if_deleted > scale.alpha);  // the scale is better without it
}

TEST_CASE("Scale reliability: critical r equals R's qt, 0.2352 at df 68 and 0.361 at df 28") {
    CHECK(std::round(critical_r(68) * 1e4) / 1e4 == 0.2352);
    CHECK(std::round(critical_r(28) * 1e3) / 1e3 == 0.361);
    const nlohmann::json reference = read_json(source_path(kFixtures + "reference.json"));
    REQUIRE(reference["critical_r"].size() == 20);
    for (const auto& row : reference["critical_r"]) {
        const int df = row["df"];
        const double significance = row["significance"];
        CAPTURE(df);
        CAPTURE(significance);
        check_close(critical_r(df, significance), row["r"]);
    }
}

// x1 = 1..5, x2 = 2 1 4 3 5, x3 = 1 1 3 5 5: variances 5/2, 5/2, 4; covariances c12 = 2, c13 = 3, c23 = 5/2.
TEST_CASE("Scale reliability: two and three items computed by hand") {
    const std::vector<double> x1{1, 2, 3, 4, 5}, x2{2, 1, 4, 3, 5}, x3{1, 1, 3, 5, 5};

    // Two items: total variance 5/2 + 5/2 + 2·2 = 9, alpha = 2 (1 − 5/9) = 8/9; r12 = 0.8 gives the same
    // standardized alpha 2·0.8 / 1.8; cov(x1, total) = 9/2, so r_total = 4.5 / (√2.5 · 3) = √0.9.
    const ScaleReliability two = analyze_scale("pair", {"x1", "x2"}, columns({x1, x2}));
    CHECK(two.alpha == doctest::Approx(8.0 / 9).epsilon(1e-14));
    CHECK(two.alpha_std == doctest::Approx(8.0 / 9).epsilon(1e-14));
    CHECK(two.average_r == doctest::Approx(0.8).epsilon(1e-14));
    CHECK(two.r_critical == doctest::Approx(critical_r(3)).epsilon(1e-15));
    for (const ItemStatistics& item : two.items) {
        CHECK(item.mean == doctest::Approx(3).epsilon(1e-15));
        CHECK(item.sd == doctest::Approx(std::sqrt(2.5)).epsilon(1e-14));
        CHECK(item.r_total == doctest::Approx(std::sqrt(0.9)).epsilon(1e-14));
        CHECK(item.r_corrected == doctest::Approx(0.8).epsilon(1e-14));
        CHECK(std::isnan(item.alpha_if_deleted));  // one item left has no alpha
        CHECK(item.valid);                           // √0.9 = 0.949 > critical r(3) = 0.878
        CHECK(item.frequencies == std::map<double, int>{{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}});
    }

    // Three items: Σ variances 9, total variance 9 + 2 (2 + 3 + 5/2) = 24, alpha = 3/2 (1 − 9/24) = 15/16.
    // Dropping an item leaves a pair: alpha = 4 c / (v + v' + 2 c), i.e. 10/11.5, 12/12.5, 8/9.
    // x3 with the rest (x1 + x2, variance 9): r = (3 + 5/2) / (2 · 3) = 11/12.
    const ScaleReliability three = analyze_scale("triple", {"x1", "x2", "x3"}, columns({x1, x2, x3}));
    CHECK(three.alpha == doctest::Approx(15.0 / 16).epsilon(1e-14));
    CHECK(three.items[0].alpha_if_deleted == doctest::Approx(20.0 / 23).epsilon(1e-14));
    CHECK(three.items[1].alpha_if_deleted == doctest::Approx(24.0 / 25).epsilon(1e-14));
    CHECK(three.items[2].alpha_if_deleted == doctest::Approx(8.0 / 9).epsilon(1e-14));
    CHECK(three.items[2].r_corrected == doctest::Approx(11.0 / 12).epsilon(1e-14));
    CHECK(three.items[2].frequencies == std::map<double, int>{{1, 2}, {3, 1}, {5, 2}});  // answers never given: absent
}

TEST_CASE("Scale reliability: a constant item, one item, two respondents or cancelling items raise NumericalError") {
    const std::vector<double> x1{1, 2, 3, 4, 5}, x2{2, 1, 4, 3, 5}, constant{4, 4, 4, 4, 4};
    CHECK(numerical_error([&] { analyze_scale("tangibles", {"tan1", "tan2", "tan3"}, columns({x1, constant, x2})); }) ==
          "scale 'tangibles': every respondent gave the same answer (4) to item 'tan2', expected answers that vary: "
          "a constant item has no correlation with the total; leave it out of the scale");
    CHECK(numerical_error([&] { analyze_scale("tangibles", {"tan1"}, columns({x1})); }) ==
          "scale 'tangibles': 1 item (tan1), expected at least 2 items for a reliability analysis");
    CHECK(numerical_error([&] { analyze_scale("tangibles", {"tan1", "tan2"}, columns({{1, 2}, {2, 2}})); }) ==
          "scale 'tangibles': 2 respondents with complete answers, expected at least 3");
    CHECK(numerical_error([&] { analyze_scale("tangibles", {"tan1", "tan2", "tan3"}, columns({x1, x2})); }) ==
          "scale 'tangibles': 3 item names for 2 columns of answers, expected one name per column");
    CHECK(numerical_error([&] {
              analyze_scale("tangibles", {"tan1", "tan2"}, columns({x1, {2, 1, std::nan(""), 3, 5}}));
          }) == "scale 'tangibles': the answer of respondent 3 to item 'tan2' is missing, expected complete answers "
                "(drop incomplete respondents first)");

    // An item and its reverse sum to 6 for everyone: no variance in the total, or in the rest of a third item.
    const std::vector<double> reversed{5, 4, 3, 2, 1};
    CHECK(numerical_error([&] { analyze_scale("pair", {"a", "b"}, columns({x1, reversed})); }) ==
          "scale 'pair': the total of a, b is the same for every respondent, expected totals that vary: the items "
          "cancel out (is one the reverse of another?)");
    CHECK(numerical_error([&] { analyze_scale("triple", {"a", "b", "c"}, columns({x1, reversed, x2})); }) ==
          "scale 'triple': the total of the items other than 'c' is the same for every respondent, expected totals "
          "that vary: the items cancel out (is one the reverse of another?)");

    CHECK(numerical_error([] { critical_r(0); }) == "critical r with 0 degrees of freedom, expected at least 1");
    CHECK(numerical_error([] { critical_r(10, 1.5); }) ==
          "critical r at significance 1.5, expected a level between 0 and 1 (e.g. 0.05)");
}

// The worked example examples/servqual/study.yaml from items to effects, against R
// (tests/fixtures/survey_scores: scores computed in R, lavaan's path model, psych::alpha).
#include <cmath>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"

using jalur::testing::read_json;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::source_path;

namespace {

const std::string kStudy = source_path("examples/servqual/study.yaml");
const nlohmann::json& reference() {
    static const nlohmann::json json = read_json(source_path("tests/fixtures/survey_scores/reference.json"));
    return json;
}

void check_close(double actual, double expected, double tolerance) {
    CHECK(std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected)));
}

}  // namespace

TEST_CASE("Survey example: the path model on the construct scores equals lavaan on scores computed in R") {
    const Run run = run_jalur({"fit", kStudy, "--format", "json"});
    REQUIRE(run.status == 0);
    const auto report = nlohmann::json::parse(run.out);
    CHECK(report["n"] == reference()["n"]);
    int matched = 0;
    for (const auto& expected : reference()["parameters"])
        for (const auto& row : report["parameters"])
            if (row["lhs"] == expected["lhs"] && row["op"] == expected["op"] && row["rhs"] == expected["rhs"]) {
                // Saturated recursive model: closed-form estimates on both sides.
                check_close(row["est"].get<double>(), expected["est"].get<double>(), 1e-8);
                check_close(row["se"].get<double>(), expected["se"].get<double>(), 1e-7);
                check_close(row["std_all"].get<double>(), expected["std_all"].get<double>(), 1e-8);
                ++matched;
            }
    CHECK(matched == 6);
}

TEST_CASE("Survey example: alpha and item-total correlations of the spec's scales equal psych::alpha") {
    const Run run = run_jalur({"items", kStudy, "--format", "json"});
    REQUIRE(run.status == 0);
    const auto report = nlohmann::json::parse(run.out);
    REQUIRE(report["scales"].size() == 3);
    for (const auto& scale : report["scales"]) {
        const auto& expected = reference()["scales"][scale["name"].get<std::string>()];
        CHECK(scale["n"] == expected["n"]);
        check_close(scale["alpha"].get<double>(), expected["alpha"].get<double>(), 1e-9);
        check_close(scale["alpha_std"].get<double>(), expected["alpha_std"].get<double>(), 1e-9);
        check_close(scale["average_r"].get<double>(), expected["average_r"].get<double>(), 1e-9);
        REQUIRE(scale["items"].size() == expected["r_total"].size());
        for (std::size_t i = 0; i < scale["items"].size(); ++i) {
            const auto& item = scale["items"][i];
            check_close(item["r_total"].get<double>(), expected["r_total"][i].get<double>(), 1e-9);
            check_close(item["r_corrected"].get<double>(), expected["r_corrected"][i].get<double>(), 1e-9);
            check_close(item["alpha_if_deleted"].get<double>(), expected["alpha_if_deleted"][i].get<double>(), 1e-9);
        }
    }
}

TEST_CASE("Survey example: the respondents' scores equal R's row means, with loy3 reversed") {
    const Run run = run_jalur({"scores", kStudy});
    REQUIRE(run.status == 0);
    std::istringstream lines(run.out);
    std::string line;
    std::getline(lines, line);
    CHECK(line == "row,quality,quality_category,satisfaction,loyalty");
    for (const auto& expected : reference()["scores_first_rows"]) {
        REQUIRE(std::getline(lines, line));
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
        REQUIRE(cells.size() == 5);
        check_close(std::stod(cells[1]), expected["KUALITAS"].get<double>(), 1e-9);
        check_close(std::stod(cells[3]), expected["KEPUASAN"].get<double>(), 1e-9);
        check_close(std::stod(cells[4]), expected["LOYALITAS"].get<double>(), 1e-9);
        const double quality = std::stod(cells[1]);
        CHECK(cells[2] == (quality <= 2.33 ? "Buruk" : quality <= 3.66 ? "Cukup" : "Baik"));
    }
}

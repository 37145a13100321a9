// `jalur fit --validity`: the construct reliability and validity section, its JSON against semTools and lavaan
// (tests/fixtures/survey_validity), and a path model, which has no factors to report.
#include <cmath>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"

using jalur::testing::number;
using jalur::testing::read_json;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::source_path;

namespace {

const std::string kCfa = source_path("tests/fixtures/lavaan/hs_cfa/model.yaml");

// lavaan iterates to about 1e-6 of the optimum; the engine test checks the same numbers as tightly.
void check_close(double actual, double expected) { CHECK(std::abs(actual - expected) <= 2e-5 * std::abs(expected)); }

}  // namespace

TEST_CASE("jalur fit --validity: omega, CR, AVE, correlations and HTMT in JSON equal semTools and lavaan") {
    const Run run = run_jalur({"fit", kCfa, "--validity", "--format", "json"});
    REQUIRE(run.status == 0);
    const auto validity = nlohmann::json::parse(run.out).at("construct_validity");
    const auto reference = read_json(source_path("tests/fixtures/survey_validity/reference.json"));
    const auto factors = reference["factors"].get<std::vector<std::string>>();
    REQUIRE(validity["factors"].size() == factors.size());
    for (std::size_t i = 0; i < factors.size(); ++i) {
        const auto& f = validity["factors"][i];
        CHECK(f["factor"] == factors[i]);
        check_close(f["omega"].get<double>(), number(reference["omega"][factors[i]]));
        check_close(f["composite_reliability"].get<double>(), number(reference["composite_reliability"][factors[i]]));
        check_close(f["ave"].get<double>(), number(reference["ave"][factors[i]]));
        CHECK(f["fornell_larcker_holds"] == true);
        for (std::size_t j = 0; j < factors.size(); ++j) {
            check_close(validity["factor_correlations"]["matrix"][i][j].get<double>(),
                        number(reference["cor_lv"]["matrix"][i][j]));
            CHECK(std::abs(validity["htmt"]["matrix"][i][j].get<double>() -
                           number(reference["htmt"]["matrix"][i][j])) < 1e-10);
            CHECK(std::abs(validity["htmt2"]["matrix"][i][j].get<double>() -
                           number(reference["htmt2"]["matrix"][i][j])) < 1e-10);
        }
    }
}

TEST_CASE("jalur fit --validity: the text report prints the reliability table, Fornell-Larcker and HTMT") {
    const Run run = run_jalur({"fit", kCfa, "--validity"});
    REQUIRE(run.status == 0);
    CHECK(run.out.find("Construct Reliability and Validity") != std::string::npos);
    CHECK(run.out.find("  textual           3  0.885  0.885  0.720      0.848  holds") != std::string::npos);
    CHECK(run.out.find("Fornell-Larcker table") != std::string::npos);
    CHECK(run.out.find("  textual   0.424    1.000") != std::string::npos);
    CHECK(run_jalur({"fit", kCfa}).out.find("Construct Reliability") == std::string::npos);
}

TEST_CASE("jalur fit --validity: a path model has no factors, and the report says so") {
    const Run run = run_jalur({"fit", source_path("examples/bor/model.yaml"), "--validity", "--format", "json"});
    REQUIRE(run.status == 0);
    const auto validity = nlohmann::json::parse(run.out).at("construct_validity");
    CHECK(validity["factors"].empty());
    REQUIRE(validity["notes"].size() == 1);
}

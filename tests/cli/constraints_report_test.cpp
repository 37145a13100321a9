// Every report format shows the model's constraints (docs/model-spec.md, "constraints").
#include <doctest/doctest.h>

#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"

namespace {

jalur::testing::Run fit_constrained(const std::string& format) {
    return jalur::testing::run_jalur_in(jalur::testing::source_path("tests/fixtures/lavaan/poldem_constrained_sum"),
                                     {"fit", "model.yaml", "--format", format});
}

}  // namespace

TEST_CASE("Every report format lists the constraints with lhs - rhs at the estimates") {
    const auto text = fit_constrained("text");
    REQUIRE(text.status == 0);
    CHECK(text.out.find(" Constraints\n") != std::string::npos);
    CHECK(text.out.find("a + b  ==  2") != std::string::npos);
    const auto json = fit_constrained("json");
    REQUIRE(json.status == 0);
    CHECK(json.out.find("\"constraints\"") != std::string::npos);
    CHECK(json.out.find("\"op\": \"==\"") != std::string::npos);
    const auto csv = fit_constrained("csv");
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("a + b,==,2,,false,") != std::string::npos);
    const auto markdown = fit_constrained("markdown");
    REQUIRE(markdown.status == 0);
    CHECK(markdown.out.find("| a + b == 2 |") != std::string::npos);
    const auto html = fit_constrained("html");
    REQUIRE(html.status == 0);
    CHECK(html.out.find("<h3>Constraints</h3>") != std::string::npos);
}

TEST_CASE("Modification indices of a model with constraints are refused at the constraint, with nothing on stdout") {
    const auto run = jalur::testing::run_jalur_in(
        jalur::testing::source_path("tests/fixtures/lavaan/poldem_constrained_sum"), {"fit", "model.yaml", "--mi"});
    CHECK(run.status == 3);
    CHECK(run.out.empty());
    CHECK(run.err.find("model.yaml:17:3: modification indices of a model with constraints are not supported yet") !=
          std::string::npos);
}

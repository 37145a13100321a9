// jalur fit --wald: the Wald tests of the equality constraints in every report format, and the refusal of a model
// without one (docs/cli.md, "--wald").
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"

using jalur::testing::Run;

namespace {

// Political Democracy with a == c and b == d (tests/fixtures/lavaan/wald): two tests and the joint one.
Run fit_wald(std::vector<std::string> options) {
    std::vector<std::string> args{"fit", "poldem_equal.yaml", "--wald"};
    args.insert(args.end(), options.begin(), options.end());
    return jalur::testing::run_jalur_in(jalur::testing::source_path("tests/fixtures/lavaan/wald"), args);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("--wald adds the Wald tests of the equality constraints to every report format") {
    const Run text = fit_wald({});
    REQUIRE(text.status == 0);
    CHECK(has(text.out, "         Wald Tests of the Constraints\n\n"
                        "  Constraint                  lhs - rhs      W  df      p\n"
                        "  a == c                          0.071  0.122   1  0.726\n"
                        "  b == d                         -0.222  1.346   1  0.246\n"
                        "  Joint test (2 constraints)             2.047   2  0.359\n"));

    const Run json = fit_wald({"--format", "json"});
    REQUIRE(json.status == 0);
    const nlohmann::json doc = nlohmann::json::parse(json.out);
    REQUIRE(doc.contains("wald_tests"));
    REQUIRE(doc["wald_tests"]["each"].size() == 2);
    CHECK(doc["wald_tests"]["each"][0]["constraint"] == "a == c");
    CHECK(doc["wald_tests"]["each"][1]["df"] == 1);
    CHECK(doc["wald_tests"]["joint"]["df"] == 2);
    CHECK(doc["wald_tests"]["joint"]["statistic"].get<double>() == doctest::Approx(2.0473825).epsilon(1e-6));

    const Run csv = fit_wald({"--format", "csv", "--table", "wald"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.rfind("test,constraint,value,statistic,df,pvalue\neach,a == c,", 0) == 0);
    CHECK(has(csv.out, "\njoint,a == c; b == d,,2.04738"));
    // --table wald computes the tests without --wald, as --table mi does the MIs.
    const Run table_only =
        jalur::testing::run_jalur_in(jalur::testing::source_path("tests/fixtures/lavaan/wald"),
                                     {"fit", "poldem_equal.yaml", "--format", "csv", "--table", "wald"});
    CHECK(table_only.status == 0);
    CHECK(table_only.out == csv.out);

    const Run markdown = fit_wald({"--format", "markdown"});
    REQUIRE(markdown.status == 0);
    CHECK(has(markdown.out, "## Wald tests of the constraints\n"));
    CHECK(has(markdown.out, "| Joint test (2 constraints) |"));

    const Run html = fit_wald({"--format", "html"});
    REQUIRE(html.status == 0);
    CHECK(has(html.out, "<h2 id=\"wald\">Wald tests of the constraints</h2>"));
    CHECK(has(html.out, "lavTestWald"));

    const Run indonesian = fit_wald({"--lang", "id"});
    REQUIRE(indonesian.status == 0);
    CHECK(has(indonesian.out, "Uji Wald atas kendala"));
    CHECK(has(indonesian.out, "Uji gabungan (2 kendala)"));
    CHECK(has(fit_wald({"--format", "markdown", "--lang", "id"}).out, "## Uji Wald atas kendala\n"));
    CHECK(has(fit_wald({"--format", "html", "--lang", "id"}).out, ">Uji Wald atas kendala</h2>"));
}

TEST_CASE("Without --wald no report has the Wald tests") {
    const Run text = jalur::testing::run_jalur_in(jalur::testing::source_path("tests/fixtures/lavaan/wald"),
                                                  {"fit", "poldem_equal.yaml", "--format", "json"});
    REQUIRE(text.status == 0);
    CHECK_FALSE(has(text.out, "wald_tests"));
}

TEST_CASE("--wald on a model without an equality constraint is an input error at the model file, nothing on stdout") {
    // heywood_bounded_variance has an inequality only; sem_poldem has no constraint at all.
    const Run inequality = jalur::testing::run_jalur_in(
        jalur::testing::source_path("tests/fixtures/lavaan/heywood_bounded_variance"), {"fit", "model.yaml", "--wald"});
    CHECK(inequality.status == 3);
    CHECK(inequality.out.empty());
    CHECK(has(inequality.err, "model.yaml: --wald tests the equality constraints of the model and it has none, "
                              "expected a model with at least one constraint such as a1*b1 == a2*b2."));
    const Run none =
        jalur::testing::run_jalur_in(jalur::testing::source_path("examples/sem_poldem"),
                                     {"fit", "model.yaml", "--wald", "--format", "csv", "--table", "wald"});
    CHECK(none.status == 3);
    CHECK(none.out.empty());
    CHECK(has(none.err, "model.yaml: --wald tests the equality constraints"));
}

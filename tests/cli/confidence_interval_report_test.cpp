// jalur fit --ci-level: the Wald confidence intervals in every report format, their level from the option or the
// spec's estimation: ci_level, and the refusal of a level outside (0, 1) (docs/cli.md, "--ci-level").
#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/csv_rows.hpp"
#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using jalur::testing::Run;
using namespace jalur::testing;

namespace {

// The thesis's saturated mediation model (tests/fixtures/lavaan/bor_wishart), whose intervals
// tests/fixtures/lavaan/ci/reference.json holds (lavaan's parameterEstimates(level = 0.90)).
const std::string kFolder = "tests/fixtures/lavaan/bor_wishart";

Run fit_bor(std::vector<std::string> options) {
    std::vector<std::string> args{"fit", "model.yaml"};
    args.insert(args.end(), options.begin(), options.end());
    return run_jalur_in(source_path(kFolder), args);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// lavaan's row `lhs` (op, rhs) of the bor_wishart case.
nlohmann::json lavaan_row(const std::string& lhs, const std::string& rhs) {
    const nlohmann::json reference = read_json(source_path("tests/fixtures/lavaan/ci/reference.json"));
    for (const nlohmann::json& c : reference["cases"])
        if (c["name"] == "bor_wishart")
            for (const nlohmann::json& row : c["rows"])
                if (row["lhs"] == lhs && (rhs.empty() || row["rhs"] == rhs)) return row;
    FAIL("no lavaan row " << lhs << " " << rhs);
    return {};
}

void check_close(double ours, const nlohmann::json& lavaan) {
    const double theirs = number(lavaan);
    CHECK(std::abs(ours - theirs) <= 1e-6 * std::abs(theirs));
}

}  // namespace

TEST_CASE("--ci-level 0.90 gives lavaan's 90 % intervals in the JSON report, with the level once at the top") {
    const Run json = fit_bor({"--format", "json", "--ci-level", "0.90"});
    REQUIRE(json.status == 0);
    const nlohmann::json doc = nlohmann::json::parse(json.out);
    CHECK(doc["ci_level"].get<double>() == 0.9);
    const nlohmann::json a = lavaan_row("KEPUASAN", "KUALITAS"), indirect = lavaan_row("indirect", "");
    int checked = 0;
    for (const nlohmann::json& p : doc["parameters"]) {
        if (p["label"] == "a") {
            check_close(p["ci_lower"].get<double>(), a["ci_90"][0]);
            check_close(p["ci_upper"].get<double>(), a["ci_90"][1]);
            check_close(p["std_all_ci_lower"].get<double>(), a["std_all_ci_90"][0]);
            check_close(p["std_all_ci_upper"].get<double>(), a["std_all_ci_90"][1]);
            check_close(p["std_lv_ci_lower"].get<double>(), a["std_lv_ci_90"][0]);
            ++checked;
        }
        if (p["lhs"] == "indirect") {
            check_close(p["ci_lower"].get<double>(), indirect["ci_90"][0]);
            check_close(p["ci_upper"].get<double>(), indirect["ci_90"][1]);
            ++checked;
        }
    }
    for (const nlohmann::json& e : doc["effects"])
        if (e["from"] == "KUALITAS" && e["to"] == "BOR") {
            check_close(e["indirect"]["ci_lower"].get<double>(), indirect["ci_90"][0]);
            check_close(e["indirect"]["ci_upper"].get<double>(), indirect["ci_90"][1]);
            ++checked;
        }
    CHECK(checked == 3);
    // The default level is 0.95.
    const Run at95 = fit_bor({"--format", "json"});
    REQUIRE(at95.status == 0);
    CHECK(nlohmann::json::parse(at95.out)["ci_level"].get<double>() == 0.95);
}

TEST_CASE("A fixed parameter has no interval in the JSON and CSV reports, a standardized value may have one") {
    const Run json = run_jalur_in(source_path("tests/fixtures/lavaan/hs_cfa"), {"fit", "model.yaml", "--format", "json"});
    REQUIRE(json.status == 0);
    const nlohmann::json doc = nlohmann::json::parse(json.out);
    const nlohmann::json& marker = doc["parameters"][0];
    REQUIRE(marker["free"] == false);
    CHECK(marker["ci_lower"].is_null());
    CHECK(marker["ci_upper"].is_null());
    CHECK(marker["std_all_ci_lower"].is_number());  // the marker's std_all is estimated (lavaan's too)

    const Run csv = run_jalur_in(source_path("tests/fixtures/lavaan/hs_cfa"), {"fit", "model.yaml", "--format", "csv"});
    REQUIRE(csv.status == 0);
    const std::vector<CsvRow> rows = csv_rows(csv.out);
    REQUIRE(rows.size() > 2);
    CHECK(rows[0] == CsvRow{"lhs", "op", "rhs", "label", "free", "est", "se", "z", "pvalue", "std_all", "std_lv",
                            "std_all_se", "ci_lower", "ci_upper", "std_all_ci_lower", "std_all_ci_upper",
                            "std_lv_ci_lower", "std_lv_ci_upper"});
    CHECK(rows[1][12].empty());
    CHECK(rows[1][13].empty());
    CHECK(std::isfinite(csv_number(rows[1][14])));
    CHECK(std::isfinite(csv_number(rows[2][12])));
}

TEST_CASE("--ci-level gives the intervals in the CSV parameter, effects and reduced-form tables") {
    const Run parameters = fit_bor({"--format", "csv", "--ci-level", "0.90"});
    REQUIRE(parameters.status == 0);
    const std::vector<CsvRow> rows = csv_rows(parameters.out);
    const nlohmann::json a = lavaan_row("KEPUASAN", "KUALITAS");
    REQUIRE(rows.size() > 1);
    REQUIRE(rows[1][3] == "a");
    check_close(csv_number(rows[1][12]), a["ci_90"][0]);
    check_close(csv_number(rows[1][13]), a["ci_90"][1]);
    check_close(csv_number(rows[1][14]), a["std_all_ci_90"][0]);
    check_close(csv_number(rows[1][15]), a["std_all_ci_90"][1]);

    const Run effects = fit_bor({"--format", "csv", "--table", "effects", "--ci-level", "0.90"});
    REQUIRE(effects.status == 0);
    const nlohmann::json total = lavaan_row("total", "");
    bool found = false;
    for (const CsvRow& row : csv_rows(effects.out)) {
        if (row[0] == "from") CHECK(row == CsvRow{"from", "to", "type", "est", "se", "z", "pvalue", "std_all",
                                                 "ci_lower", "ci_upper"});
        if (row[0] == "KUALITAS" && row[1] == "BOR" && row[2] == "total") {
            check_close(csv_number(row[8]), total["ci_90"][0]);
            check_close(csv_number(row[9]), total["ci_90"][1]);
            found = true;
        }
    }
    CHECK(found);

    const Run reduced = fit_bor({"--format", "csv", "--table", "reduced_form"});
    REQUIRE(reduced.status == 0);
    CHECK(reduced.out.rfind("outcome,from,est,se,z,pvalue,std_all,ci_lower,ci_upper,error_variance,r2\n", 0) == 0);
}

TEST_CASE("The text, Markdown and HTML reports show the interval at the level, in English and Indonesian") {
    const Run text = fit_bor({"--ci-level", "0.90"});
    REQUIRE(text.status == 0);
    // a = 0.383 (SE 0.054): lavaan's 90 % interval [0.29462, 0.47153].
    CHECK(has(text.out, "  lhs       op  rhs       label      est      se       z      p              90% CI   std_lv  "
                        "std_all\n"
                        "  KEPUASAN  ~   KUALITAS  a        0.383   0.054   7.124  0.000      [0.295, 0.472]    0.383"));
    CHECK(has(text.out, "         Confidence Intervals of the Indirect and Total Effects\n\n"
                        "  From      To   Effect             est     se          90% CI\n"
                        "  KUALITAS  BOR  Indirect effect  0.008  0.003  [0.003, 0.014]\n"
                        "  KUALITAS  BOR  Total effect     0.066  0.007  [0.055, 0.078]\n"));
    const Run id = fit_bor({"--ci-level", "0.90", "--lang", "id"});
    REQUIRE(id.status == 0);
    CHECK(has(id.out, "IK 90%"));
    CHECK(has(id.out, "Interval Kepercayaan Pengaruh Tidak Langsung dan Total"));

    const Run markdown = fit_bor({"--format", "markdown", "--ci-level", "0.90"});
    REQUIRE(markdown.status == 0);
    CHECK(has(markdown.out, "|    Estimate |    SE |         90% CI |    t |      p |  Std. |\n"));
    CHECK(has(markdown.out, "| KEPUASAN | KUALITAS  | 0.383\\*\\*\\* | 0.054 | [0.295, 0.472] | 7.12 | < .001 | 0.411 |"));
    const Run markdown_id = fit_bor({"--format", "markdown", "--lang", "id"});
    REQUIRE(markdown_id.status == 0);
    CHECK(has(markdown_id.out, "IK 95%"));

    const Run html = fit_bor({"--format", "html", "--ci-level", "0.99"});
    REQUIRE(html.status == 0);
    CHECK(has(html.out, "<th>99% CI</th>"));
    CHECK(has(html.out, "[0.245, 0.522]"));  // a ± 2.576 · 0.0538
    const Run html_id = fit_bor({"--format", "html", "--lang", "id", "--ci-level", "0.995"});
    REQUIRE(html_id.status == 0);
    CHECK(has(html_id.out, "<th>IK 99.5%</th>"));
}

TEST_CASE("The spec's estimation: ci_level sets the level, and --ci-level overrides it") {
    Scratch scratch;
    std::string spec = read_text(source_path(kFolder + "/model.yaml"));
    spec += "  ci_level: 0.90\n";  // the spec ends in its estimation section
    const std::string path = scratch.write("model.yaml", spec);
    const Run from_spec = run_jalur({"fit", path});
    REQUIRE(from_spec.status == 0);
    CHECK(has(from_spec.out, "[0.295, 0.472]"));
    const Run overridden = run_jalur({"fit", path, "--ci-level", "0.95"});
    REQUIRE(overridden.status == 0);
    CHECK(has(overridden.out, "[0.278, 0.488]"));

    const std::string bad = scratch.write("bad.yaml", read_text(source_path(kFolder + "/model.yaml")) +
                                                          "  ci_level: 95\n");
    const Run refused = run_jalur({"fit", bad});
    CHECK(refused.status == 3);
    CHECK(refused.out.empty());
    CHECK(has(refused.err, "bad.yaml:"));
    CHECK(has(refused.err, "ci_level is '95', expected a number strictly between 0 and 1"));
}

TEST_CASE("A --ci-level that is not a number strictly between 0 and 1 is a usage error with nothing on stdout") {
    for (const char* level : {"0", "1", "1.5", "95", "-0.1", "abc", "0.9x", "nan", "inf", ""}) {
        CAPTURE(level);
        const Run r = fit_bor({"--ci-level", level});
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("jalur: error: ", 0) == 0);
        if (*level) CHECK(has(r.err, std::string("invalid --ci-level value '") + level +
                                         "', expected a number strictly between 0 and 1 (e.g. 0.90)"));
    }
    const Run help = run_jalur({"fit", "--help"});
    CHECK(has(help.out, "--ci-level LEVEL"));
}

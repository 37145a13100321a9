// jalur fit --bootstrap (docs/cli.md, issue 14): the same numbers for any thread count, every format, the
// acceptance check against the delta method, and every kind of bad input refused with nothing on standard output.
#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using namespace jalur::testing;

namespace {

const std::string kExample = source_path("examples/bootstrap");

Run fit_example(const std::vector<std::string>& extra, const std::string& model = "model.yaml") {
    std::vector<std::string> args = {"fit", model};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_jalur_in(kExample, args);
}

void check_refused(const Run& run, int status, const std::string& message) {
    CHECK(run.status == status);
    CHECK(run.out.empty());
    CHECK_MESSAGE(run.err.find(message) != std::string::npos, run.err);
}

}  // namespace

TEST_CASE("--bootstrap: 1 and 2 threads give the same report and the same replicate file, bit for bit") {
    Scratch scratch;
    const std::string one = scratch.path("one.csv"), two = scratch.path("two.csv");
    const Run a = fit_example({"--bootstrap", "400", "--threads", "1", "--format", "json", "--bootstrap-out", one});
    const Run b = fit_example({"--bootstrap", "400", "--threads", "2", "--format", "json", "--bootstrap-out", two});
    REQUIRE(a.status == 0);
    REQUIRE(b.status == 0);
    CHECK(a.out == b.out);
    CHECK(read_text(one) == read_text(two));
    CHECK(read_text(one).find("replicate,outcome,est:KEPUASAN ~ KUALITAS,") == 0);
    // Another seed draws other resamples.
    const Run c = fit_example({"--bootstrap", "400", "--seed", "7", "--format", "json"});
    REQUIRE(c.status == 0);
    CHECK(c.out != a.out);
}

TEST_CASE("--bootstrap: with 5000 replicates each path's bootstrap SE is within 5% of its delta-method SE") {
    const Run boot = fit_example({"--bootstrap", "5000", "--format", "json"});
    const Run delta = run_jalur_in(source_path("examples/bootstrap"), {"fit", "delta_method.yaml", "--format", "json"});
    REQUIRE(boot.status == 0);
    REQUIRE(delta.status == 0);
    const auto b = nlohmann::json::parse(boot.out), d = nlohmann::json::parse(delta.out);
    CHECK(b["se"] == "bootstrap");
    CHECK(b["bootstrap"]["used"] == 5000);
    int paths = 0;
    for (std::size_t i = 0; i < b["parameters"].size(); ++i) {
        const auto& row = b["parameters"][i];
        if (row["op"] != "~") continue;
        const double bootstrap_se = row["se"], delta_se = d["parameters"][i]["se"];
        CAPTURE(row["rhs"]);
        CHECK(std::abs(bootstrap_se / delta_se - 1) < 0.05);
        ++paths;
    }
    CHECK(paths == 3);
}

TEST_CASE("--bootstrap: every format shows the run, its table and the interval kind, with Indonesian labels") {
    const Run text = fit_example({"--bootstrap", "300"});
    REQUIRE(text.status == 0);
    CHECK(text.out.find(" Standard errors bootstrap, test standard\n") != std::string::npos);
    CHECK(text.out.find("Nonparametric bootstrap, 300 replicates (seed 2019), BCa 95% intervals: 300 used") !=
          std::string::npos);
    CHECK(text.out.find(" indirect KUALITAS → BOR ") != std::string::npos);
    const Run markdown = fit_example({"--bootstrap", "300", "--ci", "perc", "--format", "markdown", "--lang", "id"});
    REQUIRE(markdown.status == 0);
    CHECK(markdown.out.find("## Bootstrap\n\nBootstrap nonparametrik, 300 replikasi (seed 2019), interval persentil 95%") !=
          std::string::npos);
    const Run html = fit_example({"--bootstrap", "300", "--format", "html"});
    REQUIRE(html.status == 0);
    CHECK(html.out.find("<h2 id=\"bootstrap\">Bootstrap</h2>") != std::string::npos);
    CHECK(html.out.find("<figcaption>indirect</figcaption>") != std::string::npos);  // the defined parameter's histogram
    const Run csv = fit_example({"--bootstrap", "300", "--format", "csv", "--table", "bootstrap"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("quantity,estimate,se,bias,mean,replicates,perc_lower,perc_upper,bca_lower,bca_upper,") == 0);
    CHECK(csv.out.find("\nest:indirect,") != std::string::npos);
    CHECK(csv.out.find("\nr2:BOR,") != std::string::npos);
}

TEST_CASE("--bootstrap-type parametric fits the thesis covariance matrix, nonparametric needs the cases (exit 3)") {
    const Run parametric = run_jalur_in(source_path("examples/bor"),
                                        {"fit", "model.yaml", "--bootstrap", "200", "--bootstrap-type", "parametric"});
    REQUIRE(parametric.status == 0);
    CHECK(parametric.out.find("Parametric bootstrap, 200 replicates (seed 1)") != std::string::npos);
    check_refused(run_jalur_in(source_path("examples/bor"), {"fit", "model.yaml", "--bootstrap", "200"}), 3,
                  "the nonparametric bootstrap resamples the cases, expected raw data (data: file:) or bootstrap type "
                  "parametric");
}

TEST_CASE("Bollen-Stine: the p-value in the goodness of fit and the bootstrap line, SEs left as they are") {
    const Run run = fit_example({"--bootstrap", "200"}, "no_direct.yaml");
    REQUIRE(run.status == 0);
    CHECK(run.out.find("Bollen-Stine Bootstrap P-Value = ") != std::string::npos);
    CHECK(run.out.find("Bollen-Stine bootstrap, 200 replicates (seed 2019)") != std::string::npos);
    CHECK(run.out.find("Standard errors bootstrap") == std::string::npos);
}

TEST_CASE("--bootstrap refuses bad numbers and names, and companions without a bootstrap (exit 2, nothing on stdout)") {
    check_refused(fit_example({"--bootstrap", "0"}), 2, "invalid --bootstrap value '0', expected a whole number from 1");
    check_refused(fit_example({"--bootstrap", "1.5"}), 2, "invalid --bootstrap value '1.5'");
    check_refused(fit_example({"--bootstrap", "10", "--bootstrap-type", "jackknife"}), 2,
                  "unknown bootstrap type 'jackknife', expected nonparametric, parametric or bollen.stine");
    check_refused(fit_example({"--bootstrap", "10", "--ci", "student"}), 2,
                  "unknown bootstrap interval 'student', expected perc, bca, bca.simple, basic or norm");
    check_refused(fit_example({"--bootstrap", "10", "--seed", "-3"}), 2, "invalid --seed value '-3'");
    check_refused(fit_example({"--bootstrap", "10", "--threads", "0"}), 2, "invalid --threads value '0'");
    check_refused(fit_example({"--bootstrap", "10", "--bootstrap-out", "-"}), 2,
                  "--bootstrap-out writes the replicates to a file, expected a file name");
    check_refused(run_jalur_in(source_path("examples/bor"), {"fit", "model.yaml", "--ci", "bca"}), 2,
                  "go with a bootstrap, expected --bootstrap N");
    check_refused(run_jalur_in(source_path("examples/bor"), {"fit", "model.yaml", "--format", "csv", "--table", "bootstrap"}),
                  2, "--table bootstrap is the table of a bootstrap, expected --bootstrap N");
}

TEST_CASE("--bootstrap-indices: a located message for a bad case number, a wrong count or range (exit 3)") {
    Scratch scratch;
    const std::string bad = scratch.write("bad.csv", "1,2,3\n4,x5,6\n");
    check_refused(fit_example({"--bootstrap-indices", bad}), 3, bad + ":2:3: case number 'x5' is not a positive whole number");
    const std::string short_file = scratch.write("short.csv", "1 2 3\n");
    check_refused(fit_example({"--bootstrap-indices", short_file}), 3,
                  short_file + ": replicate 1 has 3 case indices, expected 250 (one per complete case)");
    std::string line;
    for (int i = 1; i <= 250; ++i) line += std::to_string(i == 7 ? 251 : i) + (i < 250 ? "," : "\n");
    const std::string range = scratch.write("range.csv", line);
    check_refused(fit_example({"--bootstrap-indices", range}), 3,
                  range + ": replicate 1 has case index 251, expected 1 to 250 (the complete cases)");
    const std::string empty = scratch.write("empty.csv", "\n\n");
    check_refused(fit_example({"--bootstrap-indices", empty}), 3, "the bootstrap indices file has no replicates");
}

TEST_CASE("estimation: bootstrap: in YAML: its keys, and a type that contradicts se: or test: (exit 3, located)") {
    Scratch scratch;
    const std::string data = source_path("examples/bootstrap/thesis_cases.csv");
    auto spec = [&](const std::string& estimation) {
        return scratch.write("m.yaml", "data:\n  file: " + data + "\nmodel: |\n  KEPUASAN ~ KUALITAS\n  BOR ~ KEPUASAN\n"
                                       "estimation:\n" + estimation);
    };
    const Run good = run_jalur({"fit", spec("  se: bootstrap\n  bootstrap: {replicates: 50, seed: 3, ci: bca.simple}\n")});
    REQUIRE(good.status == 0);
    CHECK(good.out.find("Nonparametric bootstrap, 50 replicates (seed 3), bias-corrected 95% intervals") != std::string::npos);
    const Run lavaan_style = run_jalur({"fit", spec("  se: bootstrap\n  bootstrap: 40\n")});
    REQUIRE(lavaan_style.status == 0);
    CHECK(lavaan_style.out.find("40 replicates (seed 1)") != std::string::npos);
    const std::string contradiction = spec("  se: bootstrap\n  bootstrap: {type: bollen.stine}\n");
    check_refused(run_jalur({"fit", contradiction}), 3,
                  contradiction + ":8:21: bootstrap type is 'bollen.stine', expected nonparametric or parametric with se: "
                                  "bootstrap");
    const std::string unknown = spec("  bootstrap: {replicas: 50}\n");
    check_refused(run_jalur({"fit", unknown}), 3, unknown + ":7:15: unknown key 'replicas' in bootstrap");
    const std::string type = spec("  bootstrap: {type: wild}\n");
    check_refused(run_jalur({"fit", type}), 3, "type is 'wild', expected nonparametric, parametric or bollen.stine");
}

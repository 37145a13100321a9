// jalur simulate (docs/simulation.md, issue 15): the same summaries for any thread count and for shards merged,
// the merge's checks, and bad study specs refused with where and what and nothing on standard output.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using namespace jalur::testing;

namespace {

// A small study: full mediation, fitted by the true model with ML and MLR, 2 conditions × 40 replications.
const std::string kStudy = R"(title: small study
population:
  model: |
    m ~ 0.5*x
    y ~ 0.4*m
    x ~~ 1*x
    m ~~ 0.75*m
    y ~~ 0.84*y
analyses:
  - name: true
    model: |
      m ~ a*x
      y ~ b*m
      ab := a*b
    estimators: [ML, MLR]
design:
  n: [60, 120]
  replications: 40
  seed: 5
)";

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

void check_refused(const Run& run, int status, const std::string& message) {
    CHECK(run.status == status);
    CHECK(run.out.empty());
    CHECK_MESSAGE(run.err.find(message) != std::string::npos, run.err);
}

}  // namespace

TEST_CASE("simulate: 1 and 2 threads, and 3 shards merged, give the same summaries byte for byte") {
    Scratch scratch;
    const std::string study = scratch.write("study.yaml", kStudy);
    const Run one = run_jalur({"simulate", study, "--threads", "1", "--format", "json"});
    const Run two = run_jalur({"simulate", study, "--threads", "2", "--format", "json"});
    REQUIRE(one.status == 0);
    REQUIRE(two.status == 0);
    CHECK(one.out == two.out);
    std::vector<std::string> merge = {"simulate", "merge", study};
    for (const char* k : {"1", "2", "3"}) {
        const std::string out = scratch.path(std::string("shard") + k + ".csv");
        const Run shard = run_jalur({"simulate", study, "--shard", std::string(k) + "/3", "--shard-out", out});
        REQUIRE(shard.status == 0);
        CHECK(shard.out.empty());
        CHECK(std::filesystem::exists(out + ".manifest.json"));
        merge.push_back(out);
    }
    std::vector<std::string> json = merge;
    json.insert(json.end(), {"--format", "json"});
    const Run merged = run_jalur(json);
    REQUIRE(merged.status == 0);
    CHECK(merged.out == one.out);
    std::vector<std::string> csv = merge;
    csv.insert(csv.end(), {"--format", "csv", "--table", "models"});
    const Run merged_csv = run_jalur(csv);
    const Run whole_csv = run_jalur({"simulate", study, "--format", "csv", "--table", "models"});
    REQUIRE(merged_csv.status == 0);
    CHECK(merged_csv.out == whole_csv.out);
    const auto doc = nlohmann::json::parse(one.out);
    CHECK(doc["cells"].size() == 4);  // 2 conditions × 2 estimators
    CHECK(doc["cells"][0]["model"]["attempted"] == 40);
    CHECK(doc["cells"][0]["parameters"][0]["name"] == "m ~ x");
    CHECK(doc["cells"][0]["parameters"][0]["truth"] == 0.5);
    const auto& ab = doc["cells"][0]["parameters"].back();
    CHECK(ab["name"] == "ab");
    CHECK(ab["truth"].get<double>() == doctest::Approx(0.2));
}

TEST_CASE("simulate merge: a missing, repeated or foreign shard is refused naming it, and nothing is written") {
    Scratch scratch;
    const std::string study = scratch.write("study.yaml", kStudy);
    for (const char* k : {"1", "2"})
        REQUIRE(run_jalur({"simulate", study, "--shard", std::string(k) + "/2", "--shard-out",
                           scratch.path(std::string("s") + k + ".csv")})
                    .status == 0);
    const std::string s1 = scratch.path("s1.csv"), s2 = scratch.path("s2.csv"), report = scratch.path("report.txt");
    check_refused(run_jalur({"simulate", "merge", study, s1, "-o", report}), 3, "shard 2/2 is missing, expected all 2 shards");
    CHECK_FALSE(std::filesystem::exists(report));
    check_refused(run_jalur({"simulate", "merge", study, s1, s2, s1}), 3, "shard 1 is given twice, expected each shard once");
    // The study changed after the shards were written.
    const std::string changed = scratch.write("changed.yaml", kStudy + "# a comment\n");
    check_refused(run_jalur({"simulate", "merge", changed, s1, s2}), 3,
                  "the shard is of another study (or of an earlier version of " + changed + ")");
    // A shard file cut short.
    const std::string text = read_text(s2);
    scratch.write("s2.csv", text.substr(0, text.size() / 2));
    check_refused(run_jalur({"simulate", "merge", study, s1, s2}), 3, "s2.csv");
}

TEST_CASE("simulate: bad study specs and options are refused with where and what (exit 3 or 2), nothing on stdout") {
    Scratch scratch;
    auto study_with = [&](const std::string& from, const std::string& to) {
        std::string text = kStudy;
        text.replace(text.find(from), from.size(), to);
        return scratch.write("bad.yaml", text);
    };
    const std::string no_value = study_with("    y ~ 0.4*m\n", "    y ~ m\n");
    check_refused(run_jalur({"simulate", no_value}), 3,
                  no_value + ":5:9: the population parameter y ~ m has no value, expected every parameter of the "
                             "population given one");
    const std::string estimator = study_with("[ML, MLR]", "[ML, MLRR]");
    check_refused(run_jalur({"simulate", estimator}), 3, estimator + ":15:22: estimator is 'MLRR', expected ML, GLS");
    const std::string method = study_with("  replications: 40\n", "  distributions:\n    odd: {method: gamma}\n  replications: 40\n");
    check_refused(run_jalur({"simulate", method}), 3, "method is 'gamma', expected normal, vale_maurelli or independent_generator");
    const std::string study = scratch.write("study.yaml", kStudy);
    check_refused(run_jalur({"simulate", study, "--shard", "3/2", "--shard-out", scratch.path("s.csv")}), 2,
                  "invalid --shard value '3'");
    check_refused(run_jalur({"simulate", study, "--shard", "1/2"}), 2, "--shard and --shard-out go together");
    check_refused(run_jalur({"simulate", study, "--table", "models"}), 2, "--table chooses the table of a CSV report");
}

TEST_CASE("simulate: the text report in English and Indonesian, and the replicate CSV with every fit") {
    Scratch scratch;
    const std::string study = scratch.write("study.yaml", kStudy);
    const std::string replicates = scratch.path("replicates.csv");
    const Run text = run_jalur({"simulate", study, "--replicates-out", replicates});
    REQUIRE(text.status == 0);
    CHECK(text.out.find("2 conditions x 40 replications, seed 5, alpha 0.050") != std::string::npos);
    CHECK(text.out.find("n = 60, normal: analysis true, estimator MLR") != std::string::npos);
    CHECK(text.out.find("40 of 40 replications converged") != std::string::npos);
    const Run id = run_jalur({"simulate", study, "--lang", "id"});
    REQUIRE(id.status == 0);
    CHECK(id.out.find("40 dari 40 replikasi konvergen") != std::string::npos);
    const Run markdown = run_jalur({"simulate", study, "--format", "markdown"});
    REQUIRE(markdown.status == 0);
    CHECK(markdown.out.find("## n = 120, normal: analysis true, estimator ML\n\n40 of 40 replications converged; ") !=
          std::string::npos);
    CHECK(markdown.out.find("| Parameter | ") != std::string::npos);
    const Run html = run_jalur({"simulate", study, "--format", "html", "--lang", "id"});
    REQUIRE(html.status == 0);
    CHECK(html.out.find("<html lang=\"id\">") != std::string::npos);
    // A plot of relative bias and one of coverage against N for each parameter with a true value (5 + ab).
    CHECK(count_of(html.out, "<svg") == 12);
    CHECK(html.out.find("aria-label=\"coverage: ab\"") != std::string::npos);
    const std::string csv = read_text(replicates);
    CHECK(csv.find("condition,replication,analysis,estimator,status,kind,name,est,se,ci_lower,ci_upper,pvalue,message\n") == 0);
    // 2 conditions × 40 replications × 2 estimators, each 6 parameter rows (5 free, 1 defined) and 8 model rows.
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 2 * 40 * 2 * (6 + 8));
}

TEST_CASE("simulate --slurm: the array tasks run as Slurm runs them, then the merge job, give the whole run's summary") {
    Scratch scratch;
    const std::string study = scratch.write("study.yaml", kStudy);
    const std::string jobs = scratch.path("jobs");
    const Run written = run_jalur({"simulate", study, "--slurm", jobs, "--shards", "3", "--time", "00:05:00"});
    REQUIRE(written.status == 0);
    CHECK(written.out.find("array.sbatch (3 tasks)") != std::string::npos);
    const std::string array = read_text(jobs + "/array.sbatch");
    CHECK(array.find("#SBATCH --array=1-3\n") != std::string::npos);
    CHECK(array.find("#SBATCH --time=00:05:00\n") != std::string::npos);
    // What Slurm does: each task with its SLURM_ARRAY_TASK_ID, then the merge job (bash runs the #SBATCH lines as
    // comments).
    for (int k = 1; k <= 3; ++k)
        REQUIRE(std::system(("SLURM_ARRAY_TASK_ID=" + std::to_string(k) + " bash " + shell_quote(jobs + "/array.sbatch"))
                                .c_str()) == 0);
    REQUIRE(std::system(("bash " + shell_quote(jobs + "/merge.sbatch")).c_str()) == 0);
    const Run whole = run_jalur({"simulate", study, "--format", "json"});
    REQUIRE(whole.status == 0);
    CHECK(read_text(jobs + "/summary.json") == whole.out);
    check_refused(run_jalur({"simulate", study, "--slurm", jobs}), 2, "--slurm needs --shards N");
    check_refused(run_jalur({"simulate", study, "--shards", "3"}), 2, "--shards goes with --slurm DIR");
}

TEST_CASE("simulate: population from_fit takes a fitted spec's estimates as the population's values") {
    Scratch scratch;
    const std::string study = scratch.write(
        "study.yaml", "population:\n  from_fit: " + source_path("examples/bor/model.yaml") +
                          "\nanalyses:\n  - name: thesis\n    model: |\n      KEPUASAN ~ KUALITAS\n"
                          "      BOR ~ KEPUASAN + KUALITAS\ndesign:\n  n: 250\n  replications: 20\n");
    const Run run = run_jalur({"simulate", study, "--format", "json"});
    REQUIRE(run.status == 0);
    const auto doc = nlohmann::json::parse(run.out);
    // The thesis's LISREL estimates (examples/bor: a = 0.383, b = 0.0217, c = 0.0579).
    const auto& parameters = doc["cells"][0]["parameters"];
    CHECK(parameters[0]["name"] == "KEPUASAN ~ KUALITAS");
    CHECK(parameters[0]["truth"].get<double>() == doctest::Approx(0.3831).epsilon(1e-3));
    CHECK(parameters[1]["truth"].get<double>() == doctest::Approx(0.0217).epsilon(1e-2));
    CHECK(parameters[2]["truth"].get<double>() == doctest::Approx(0.0579).epsilon(1e-2));
    const std::string both = scratch.write("both.yaml", "population:\n  from_fit: x.yaml\n  model: |\n    y ~ 1*x\n"
                                                        "analyses:\n  - name: a\n    model: y ~ x\ndesign:\n  n: 10\n"
                                                        "  replications: 2\n");
    check_refused(run_jalur({"simulate", both}), 3, "the population has both model: and from_fit:");
}

// The built jalur executable, run as a user runs it: exit codes, what goes to standard output and
// standard error, the report formats and --output. Numbers are checked by the reproduction tests; these
// tests check structure.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include "support/run_jalur.hpp"
#include "support/text_checks.hpp"
#include "support/scratch.hpp"

namespace fs = std::filesystem;
using jalur::testing::read_text;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;
using jalur::testing::starts_with;

namespace {

const std::string kBorModel = std::string(JALUR_SOURCE_DIR) + "/examples/bor/model.yaml";

void write_file(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::size_t count_lines(const std::string& text) {
    std::size_t n = 0;
    for (char c : text) n += c == '\n';
    return n;
}

std::size_t entries(const fs::path& dir) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++count;
    return count;
}

}  // namespace

TEST_CASE("jalur --version prints its version and exits with 0") {
    const Run r = run_jalur({"--version"});
    CHECK(r.status == 0);
    CHECK(r.out == "jalur 0.1.0\n");
    CHECK(r.err.empty());
}

TEST_CASE("jalur help prints the usage and the exit codes") {
    const Run r = run_jalur({"help"});
    CHECK(r.status == 0);
    CHECK(starts_with(r.out, "Usage: jalur"));
    CHECK(r.out.find("Exit status") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("an unknown option exits with 2 and prints nothing on standard output") {
    for (const auto& args : {std::vector<std::string>{"--bogus"}, {"fit", kBorModel, "--bogus"}}) {
        const Run r = run_jalur(args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(starts_with(r.err, "jalur: error: "));
        CHECK(r.err.find("--bogus") != std::string::npos);
        CHECK(count_lines(r.err) == 1);
    }
}

TEST_CASE("jalur without a command or fit without a model path exits with 2") {
    CHECK(run_jalur({}).status == 2);
    const Run r = run_jalur({"fit"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("missing model path") != std::string::npos);
}

TEST_CASE("an unknown report format exits with 2") {
    const Run r = run_jalur({"fit", kBorModel, "--format", "xml"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("xml") != std::string::npos);
}

TEST_CASE("a missing model file exits with 3 and names the path on standard error") {
    Scratch dir;
    const std::string path = (dir.dir() / "no-such-model.yaml").string();
    const Run r = run_jalur({"fit", path});
    CHECK(r.status == 3);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: "));
    CHECK(r.err.find(path) != std::string::npos);
}

TEST_CASE("a spec with a YAML error exits with 3 and a message that starts with file and line") {
    Scratch dir;
    const fs::path spec = dir.dir() / "broken.yaml";
    write_file(spec, "title: [unclosed\n");
    const Run r = run_jalur({"fit", spec.string()});
    CHECK(r.status == 3);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: " + spec.string() + ":"));
}

TEST_CASE("a model with more parameters than moments exits with 4 and lists the parameters") {
    Scratch dir;
    const fs::path spec = dir.dir() / "unidentified.yaml";
    write_file(spec,
               "data:\n"
               "  covariance:\n"
               "    names: [A, B]\n"
               "    lower:\n"
               "      - [1.0]\n"
               "      - [0.5, 1.0]\n"
               "  n: 100\n"
               "model:\n"
               "  regressions:\n"
               "    B: [A]\n"
               "  covariances:\n"
               "    - [A, B]\n");
    const Run r = run_jalur({"fit", spec.string()});
    CHECK(r.status == 4);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: "));
    CHECK(count_lines(r.err) == 2);
    CHECK(r.err.find("\njalur: parameters involved: ") != std::string::npos);
}

TEST_CASE("a sample covariance matrix that is not positive definite exits with 5") {
    Scratch dir;
    const fs::path spec = dir.dir() / "not_pd.yaml";
    write_file(spec,
               "data:\n"
               "  covariance:\n"
               "    names: [A, B]\n"
               "    lower:\n"
               "      - [1.0]\n"
               "      - [2.0, 1.0]\n"
               "  n: 100\n"
               "model:\n"
               "  regressions:\n"
               "    B: [A]\n");
    const Run r = run_jalur({"fit", spec.string()});
    CHECK(r.status == 5);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: "));
    CHECK(r.err.find("positive definite") != std::string::npos);
}

TEST_CASE("--output into a directory that does not exist exits with 6 and writes nothing") {
    Scratch dir;
    const fs::path file = dir.dir() / "missing" / "report.txt";
    const Run r = run_jalur({"fit", kBorModel, "--output", file.string()});
    CHECK(r.status == 6);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: "));
    CHECK(r.err.find(file.string()) != std::string::npos);
    CHECK_FALSE(fs::exists(file));
    CHECK(entries(dir.dir()) == 0);
}

TEST_CASE("--output onto an existing directory exits with 6 and leaves no temporary file") {
    Scratch dir;
    const fs::path target = dir.dir() / "taken";
    fs::create_directory(target);
    const Run r = run_jalur({"fit", kBorModel, "-o", target.string()});
    CHECK(r.status == 6);
    CHECK(r.out.empty());
    CHECK(fs::is_directory(target));
    CHECK(entries(dir.dir()) == 1);
}

TEST_CASE("--output writes the same bytes that standard output gets, in every format") {
    for (const std::string format : {"text", "json", "csv"}) {
        CAPTURE(format);
        Scratch dir;
        const fs::path file = dir.dir() / ("report." + format);
        const Run to_stdout = run_jalur({"fit", kBorModel, "--format", format});
        REQUIRE(to_stdout.status == 0);
        CHECK_FALSE(to_stdout.out.empty());
        const Run to_file = run_jalur({"fit", kBorModel, "--format", format, "--output", file.string()});
        CHECK(to_file.status == 0);
        CHECK(to_file.out.empty());
        CHECK(read_text(file) == to_stdout.out);
        CHECK(entries(dir.dir()) == 1);  // no temporary file left
    }
}

TEST_CASE("--output - means standard output") {
    const Run r = run_jalur({"fit", kBorModel, "-f", "csv", "-o", "-"});
    CHECK(r.status == 0);
    CHECK(starts_with(r.out, "lhs,op,rhs,label,free,est,se,z,pvalue,std_all,std_lv,std_all_se,ci_lower,ci_upper,"
                              "std_all_ci_lower,std_all_ci_upper,std_lv_ci_lower,std_lv_ci_upper\n"));
}

TEST_CASE("the text report of the thesis model has LISREL's sections") {
    const Run r = run_jalur({"fit", kBorModel});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    for (const char* section : {
             " Observations N = 250 (likelihood wishart, n = ",
             " Number of Iterations = ",
             " LISREL Estimates (Maximum Likelihood)\n",
             "         Structural Equations\n",
             " KEPUASAN = ",
             "      BOR = ",
             "         Reduced Form Equations\n",
             "         Variances of Independent Variables\n",
             "         Goodness of Fit Statistics\n",
             " Degrees of Freedom = 0\n",
             " The Model is Saturated, the Fit is Perfect !\n",
             "         Standardized Solution\n",
             "         Total and Indirect Effects\n",
             "         Total Effects of X on Y\n",
             "         Indirect Effects of X on Y\n",
             "         Standardized Total and Indirect Effects\n",
         })
        CHECK_MESSAGE(r.out.find(section) != std::string::npos, section);
    CHECK(r.out.find("*KUALITAS") != std::string::npos);
    CHECK(r.out.find("R² = ") != std::string::npos);
}

TEST_CASE("the json report of the thesis model is one document with the documented fields") {
    const Run r = run_jalur({"fit", kBorModel, "--format", "json"});
    REQUIRE(r.status == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["converged"] == true);
    CHECK(doc["n"] == 250);
    CHECK(doc["estimator"] == "ML");
    CHECK(doc["likelihood"] == "wishart");
    CHECK(doc["fit"]["df"] == 0);
    std::vector<std::string> ops;
    for (const auto& p : doc["parameters"]) {
        for (const char* key : {"lhs", "op", "rhs", "label", "free", "est", "se", "z", "pvalue", "std_lv", "std_lv_se",
                                "std_all", "std_all_se", "ci_lower", "ci_upper", "std_lv_ci_lower",
                                "std_lv_ci_upper", "std_all_ci_lower", "std_all_ci_upper"})
            CHECK_MESSAGE(p.contains(key), key);
        ops.push_back(p["op"]);
    }
    CHECK(std::count(ops.begin(), ops.end(), "~") == 3);
    CHECK(std::count(ops.begin(), ops.end(), ":=") == 2);
    CHECK(doc["r2"].contains("KEPUASAN"));
    CHECK(doc["r2"].contains("BOR"));
    CHECK(doc["effects"].size() >= 3);
    CHECK(doc["reduced_form"].size() == 2);
    CHECK(doc["sample_covariance"]["names"].size() == 3);
    CHECK(doc["implied_covariance"]["matrix"].size() == 3);
    CHECK(doc["warnings"].is_array());
}

TEST_CASE("the csv report of the thesis model has the header and one line per parameter") {
    const Run json = run_jalur({"fit", kBorModel, "--format", "json"});
    const Run csv = run_jalur({"fit", kBorModel, "--format", "csv"});
    REQUIRE(json.status == 0);
    REQUIRE(csv.status == 0);
    CHECK(starts_with(csv.out, "lhs,op,rhs,label,free,est,se,z,pvalue,std_all,std_lv,std_all_se,ci_lower,ci_upper,"
                              "std_all_ci_lower,std_all_ci_upper,std_lv_ci_lower,std_lv_ci_upper\n"));
    CHECK(count_lines(csv.out) == nlohmann::json::parse(json.out)["parameters"].size() + 1);
    CHECK(csv.out.find("\nindirect,:=,a*b,") != std::string::npos);
}

TEST_CASE("ECVI's interval is the non-centrality's on ECVI's scale, so with chi-square below df ECVI lies below it") {
    // docs/fit-indices.md, "ECVI and its interval": LISREL's interval ((λ_L + d + 2q)/n ; (λ_U + d + 2q)/n).
    const std::string model = "tests/fixtures/lavaan/auto_cov_y/model.yaml";
    const Run json = run_jalur({"fit", model, "--format", "json"});
    REQUIRE(json.status == 0);
    const nlohmann::json report = nlohmann::json::parse(json.out);
    const nlohmann::json& fit = report["fit"];
    const double n = report["n_inference"].get<double>(), df = fit["df"].get<double>(), q = fit["npar"].get<double>();
    REQUIRE(fit["chisq"].get<double>() < df);
    CHECK(fit["ncp_ci_lower"].get<double>() == 0);
    CHECK(fit["ecvi"].get<double>() == doctest::Approx((fit["chisq"].get<double>() + 2 * q) / n));
    CHECK(fit["ecvi_ci_lower"].get<double>() == doctest::Approx((df + 2 * q) / n));
    CHECK(fit["ecvi_ci_upper"].get<double>() == doctest::Approx((fit["ncp_ci_upper"].get<double>() + df + 2 * q) / n));
    CHECK(fit["ecvi"].get<double>() < fit["ecvi_ci_lower"].get<double>());
    // The text report prints them as LISREL does, the value first.
    const Run text = run_jalur({"fit", model});
    CHECK(text.out.find("                      Expected Cross-Validation Index (ECVI) = 0.24\n"
                        "                     90 Percent Confidence Interval for ECVI = (0.25 ; 0.31)\n") !=
          std::string::npos);
}

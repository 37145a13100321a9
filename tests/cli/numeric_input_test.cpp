// Numbers that used to crash jalur, end in an internal error or print a report that looks fine but is not:
// deep or long expressions, numeric options out of range, too few observations, non-finite defined
// parameters, absurdly scaled or constant variables and the evaluation limit. Run through the built jalur.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/thesis_spec.hpp"

using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;

namespace {

// The thesis's path model (lines 1–12); a spec adds its defined parameters or estimation options after it.
const std::string kBor = std::string(jalur::testing::kThesisData) + R"(model:
  regressions:
    KEPUASAN: [a*KUALITAS]
    BOR: [b*KEPUASAN, c*KUALITAS]
)";

// A covariance matrix of three variables with the given lower triangle rows and n, and a path model on them.
std::string matrix_spec(const std::string& lower, const std::string& n) {
    return "data:\n  covariance:\n    names: [X, Y, Z]\n    lower:\n" + lower + "  n: " + n +
           "\nmodel:\n  regressions:\n    Z: [X, Y]\n";
}

std::string repeated(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

Run fit(const std::string& spec_text, const std::vector<std::string>& extra = {}) {
    Scratch scratch;
    std::vector<std::string> args{"fit", scratch.write("model.yaml", spec_text)};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_jalur(args);
}

// jalur refused the input with `status`: one error line holding `message`, nothing on standard output.
void check_refused(const Run& r, int status, const std::string& message) {
    CAPTURE(r.err);
    CHECK(r.status == status);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("jalur: error: ", 0) == 0);
    CHECK(r.err.find(message) != std::string::npos);
}

const nlohmann::json* defined_row(const nlohmann::json& report, const std::string& name) {
    for (const auto& row : report["parameters"])
        if (row["op"] == ":=" && row["lhs"] == name) return &row;
    return nullptr;
}

}  // namespace

TEST_CASE("a defined parameter nested deeper than 256 levels is refused where the 257th level opens") {
    // 20,000 parentheses (40 KB) overflowed the stack of the recursive parser.
    const Run deep = fit(kBor + "  defined:\n    ind: " + repeated("(", 20000) + "a*b" +
                         repeated(")", 20000) + "\n");
    check_refused(deep, 3, "model.yaml:14:266: defined parameter 'ind': expression nested deeper than 256 levels");
    CHECK(deep.err.find("expected at most 256 nested parentheses, functions, signs and powers") != std::string::npos);

    const Run signs = fit(kBor + "  defined:\n    ind: " + repeated("-", 20000) + "a\n");
    check_refused(signs, 3, "expression nested deeper than 256 levels");
    const Run powers = fit(kBor + "  defined:\n    ind: a" + repeated("^a", 20000) + "\n");
    check_refused(powers, 3, "expression nested deeper than 256 levels");
    const Run functions = fit(kBor + "  defined:\n    ind: " + repeated("abs(", 300) + "a" +
                              repeated(")", 300) + "\n");
    check_refused(functions, 3, "expression nested deeper than 256 levels");

    // The bound itself is accepted.
    const Run at_bound = fit(kBor + "  defined:\n    ind: " + repeated("(", 256) + "a*b" +
                             repeated(")", 256) + "\n");
    CAPTURE(at_bound.err);
    CHECK(at_bound.status == 0);
}

TEST_CASE("a lavaan := expression nested too deep is refused with its line and column") {
    Scratch scratch;
    const std::string model = scratch.write(
        "model.lav", "x1 ~ a*x2\nx2 ~ b*x3\nind := " + repeated("(", 5000) + "a*b" + repeated(")", 5000) + "\n");
    const std::string data = jalur::testing::source_path("tests/fixtures/specs/HolzingerSwineford1939.csv");
    const Run r = run_jalur({"fit", model, "--data", data});
    check_refused(r, 3, "model.lav:3:264: defined parameter 'ind': expression nested deeper than 256 levels");
}

TEST_CASE("a defined parameter that sums 60,000 terms is estimated as 60,000 times the term") {
    // A left-deep chain of 60,000 additions overflowed the stack in the evaluator and the destructor.
    const Run r = fit(kBor + "  defined:\n    many: a*b" + repeated(" + a*b", 59999) + "\n",
                      {"--format", "json"});
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    const auto report = nlohmann::json::parse(r.out);
    const nlohmann::json* many = defined_row(report, "many");
    REQUIRE(many != nullptr);
    double a = 0, b = 0;
    for (const auto& row : report["parameters"]) {
        if (row["label"] == "a") a = row["est"].get<double>();
        if (row["label"] == "b") b = row["est"].get<double>();
    }
    CHECK((*many)["est"].get<double>() == doctest::Approx(60000 * a * b).epsilon(1e-9));
    CHECK((*many)["se"].get<double>() > 0);
}

TEST_CASE("a numeric option outside its range is refused where it is written, with the range") {
    struct Case {
        const char* what;
        std::string spec;
        const char* message;
    };
    const Case cases[] = {
        // inference_n: 1e10 ended in exit 70 from Boost's non-central chi-square.
        {"inference_n of 1e10", kBor + "estimation:\n  inference_n: 1e10\n",
         "model.yaml:14:16: inference_n is '1e10', expected a number from 1 to 1000000000, a sample size."},
        {"inference_n below 1", kBor + "estimation:\n  inference_n: 0.5\n",
         "model.yaml:14:16: inference_n is '0.5', expected a number from 1 to 1000000000"},
        {"a ridge of 5", kBor + "estimation:\n  ridge: 5\n",
         "model.yaml:14:10: ridge is '5', expected a number above 0 and at most 1"},
        {"a ridge of 0", kBor + "estimation:\n  ridge: 0\n", "model.yaml:14:10: ridge is '0', expected"},
        {"max_evaluations beyond a billion", kBor + "estimation:\n  max_evaluations: 2000000000\n",
         "model.yaml:14:20: max_evaluations is '2000000000', expected an integer from 1 to 1000000000."},
        {"max_evaluations of 0", kBor + "estimation:\n  max_evaluations: 0\n",
         "model.yaml:14:20: max_evaluations is '0', expected an integer from 1 to 1000000000."},
        {"n of 1e10", matrix_spec("      - [1]\n      - [0.5, 1]\n      - [0.5, 0.5, 1]\n", "1e10"),
         "model.yaml:8:6: n is '1e10', expected an integer from 2 to 1000000000."},
    };
    for (const Case& c : cases) {
        CAPTURE(std::string(c.what));
        check_refused(fit(c.spec), 3, c.message);
    }
}

TEST_CASE("a SIMPLIS Sample Size outside its range is refused with the range") {
    Scratch scratch;
    const std::string spec = scratch.write("model.spl",
                                           "Observed Variables: A B\nCovariance Matrix:\n1\n0.5 1\n"
                                           "Sample Size = 1e10\nRelationships\nA = B\nEnd of Problem\n");
    check_refused(run_jalur({"fit", spec}), 3, "model.spl:5:15:");
    check_refused(run_jalur({"fit", spec}), 3, "expected an integer from 2 to 1000000000.");
}

TEST_CASE("a sample with no more observations than observed variables is refused, naming N and p") {
    // n = 3 for three variables printed a full report with standard errors and exit 0.
    const std::string lower = "      - [1]\n      - [0.5, 1]\n      - [0.5, 0.5, 1]\n";
    check_refused(fit(matrix_spec(lower, "3")), 5,
                  "the sample has N = 3 observations for p = 3 observed variables of the model: with N <= p the "
                  "sample covariance matrix is singular");
    CHECK(fit(matrix_spec(lower, "4")).status == 0);

    // Raw data: 3 complete rows of the 4 for three variables (listwise deletion drops the fourth).
    Scratch scratch;
    scratch.write("data.csv", "x,y,z\n1,2,4\n2,1,3\n4,3,NA\n3,5,1\n");
    const std::string spec = scratch.write("model.yaml", "data:\n  file: data.csv\nmodel:\n  regressions:\n    z: [x, y]\n");
    check_refused(run_jalur({"fit", spec}), 5, "the sample has N = 3 observations for p = 3 observed variables");
}

TEST_CASE("a defined parameter that is not finite is a warning with no standard error, never SE 0") {
    // a/0, log(a − 10) and exp(1000*a) printed Inf or NA with "SE 0.000" and no warning.
    struct Case {
        const char* expression;
        const char* warning;
    };
    const Case cases[] = {
        {"a/0", "the estimate of defined parameter d is +infinity: its standard error, z and p are not available"},
        {"log(a - 10)", "the estimate of defined parameter d is not a number: its standard error, z and p are not"},
        {"exp(1000*a)", "the standard error of defined parameter d is not available: its sampling variance is "
                        "negative or not a finite number"},
    };
    for (const Case& c : cases) {
        CAPTURE(std::string(c.expression));
        const std::string spec = kBor + "  defined:\n    d: " + c.expression + "\n";
        const Run json = fit(spec, {"--format", "json"});
        CAPTURE(json.err);
        REQUIRE(json.status == 0);
        const auto report = nlohmann::json::parse(json.out);
        const nlohmann::json* d = defined_row(report, "d");
        REQUIRE(d != nullptr);
        CHECK((*d)["se"].is_null());
        CHECK((*d)["z"].is_null());
        CHECK((*d)["pvalue"].is_null());
        bool warned = false;
        for (const auto& w : report["warnings"]) warned |= w.get<std::string>().rfind(c.warning, 0) == 0;
        CHECK(warned);
        // Warnings of a JSON report on a terminal are in the report; the text report shows it too.
        const Run text = fit(spec);
        CHECK(text.status == 0);
        CHECK(text.out.find(c.warning) != std::string::npos);
        CHECK(text.out.find("0.000") != std::string::npos);  // the report itself is there
    }
}

TEST_CASE("an absurdly scaled covariance matrix is a numerical error that names the variable") {
    const std::string huge_variance = matrix_spec("      - [1e308]\n      - [0.5, 1]\n      - [0.5, 0.5, 1]\n", "100");
    check_refused(fit(huge_variance), 5,
                  "the variance of X is 1e+308, expected variances and covariances below 1e+154 (their products "
                  "must be finite): rescale X");
    const std::string huge_cell = matrix_spec("      - [1]\n      - [1e308, 1]\n      - [0.5, 0.5, 1]\n", "100");
    check_refused(fit(huge_cell), 5, "the covariance of Y and X is 1e+308, expected variances and covariances below");
    const std::string tiny = matrix_spec("      - [1e-200]\n      - [0, 1e-200]\n      - [0, 0, 1e-200]\n", "100");
    check_refused(fit(tiny), 5, "the variance of X is 1e-200, expected at least 1e-154: rescale X");

    // Raw data whose squares overflow: the variance is not a finite number.
    Scratch scratch;
    scratch.write("data.csv", "x,y,z\n1e200,2,4\n-1e200,1,3\n4,3,2\n3,5,1\n2,2,2\n");
    const std::string spec = scratch.write("model.yaml", "data:\n  file: data.csv\nmodel:\n  regressions:\n    z: [x, y]\n");
    check_refused(run_jalur({"fit", spec}), 5, "the variance of x is not a finite number (inf), expected finite values: rescale x");
}

TEST_CASE("variances of very different scales fit, with a warning that names both variables") {
    // Income in rupiah beside standardized scores: refusing it would refuse a fit that is right (the estimates
    // of the rescaled data, times the scale, come out of both); the reader is told how to condition it better.
    const std::string scaled = matrix_spec("      - [1e14]\n      - [0.5e7, 1]\n      - [0.5e7, 0.5, 1]\n", "100");
    const std::string unit = matrix_spec("      - [1]\n      - [0.5, 1]\n      - [0.5, 0.5, 1]\n", "100");
    const Run big = fit(scaled, {"--format", "json"});
    const Run small = fit(unit, {"--format", "json"});
    CAPTURE(big.err);
    REQUIRE(big.status == 0);
    REQUIRE(small.status == 0);
    const auto big_report = nlohmann::json::parse(big.out), small_report = nlohmann::json::parse(small.out);
    bool warned = false;
    for (const auto& w : big_report["warnings"])
        warned |= w.get<std::string>().rfind("the variance of X (1e+14) is 1e+14 times that of Y (1): estimates and SEs "
                                             "may have lost digits", 0) == 0;
    CHECK(warned);
    CHECK(small_report["warnings"].empty());
    // Z ~ X: the slope of the rescaled X is 1e-7 times the unit one, with the same z.
    for (std::size_t i = 0; i < big_report["parameters"].size(); ++i) {
        const auto& b = big_report["parameters"][i];
        const auto& u = small_report["parameters"][i];
        if (b["op"] != "~" || b["rhs"] != "X") continue;
        CHECK(b["est"].get<double>() * 1e7 == doctest::Approx(u["est"].get<double>()).epsilon(1e-9));
        CHECK(b["z"].get<double>() == doctest::Approx(u["z"].get<double>()).epsilon(1e-9));
    }
}

TEST_CASE("a constant column of raw data is named") {
    // 0.1 in every row: the mean of ten copies of 0.1 rounds off, which left a variance of about 1e-33.
    Scratch scratch;
    std::string csv = "x,y,z\n";
    for (int i = 0; i < 10; ++i) csv += std::to_string(i % 3) + "," + std::to_string(i * i % 7) + ",0.1\n";
    scratch.write("data.csv", csv);
    const std::string spec = scratch.write("model.yaml", "data:\n  file: data.csv\nmodel:\n  regressions:\n    z: [x, y]\n");
    check_refused(run_jalur({"fit", spec}), 5,
                  "the variance of z is 0: it is constant, expected a variable that varies (leave z out of the model)");
}

TEST_CASE("max_evaluations is a limit: the search stops there and says so") {
    // max_evaluations: 1 reported "stopped after 3 evaluations".
    const std::string data = jalur::testing::source_path("tests/fixtures/specs/HolzingerSwineford1939.csv");
    for (const int limit : {1, 2, 5}) {
        CAPTURE(limit);
        const Run r = fit("data:\n  file: " + data +
                          "\nmodel:\n  latent:\n    visual: [x1, x2, x3]\n    textual: [x4, x5, x6]\n"
                          "estimation:\n  max_evaluations: " + std::to_string(limit) + "\n");
        const std::string count = std::to_string(limit) + (limit == 1 ? " objective evaluation" : " objective evaluations");
        check_refused(r, 5, "the estimation did not converge: stopped at the limit of " + count +
                                " (max_evaluations) (largest gradient ");
        CHECK(r.err.find("raise max_evaluations") != std::string::npos);
    }
}

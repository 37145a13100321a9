// --estimator (docs/cli.md): every estimator from the command line, over the spec's; what it cannot fit is
// refused with nothing on standard output (issue 13).
#include <doctest/doctest.h>

#include <string>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using namespace jalur::testing;

namespace {

Run fit_hs(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"fit", "model.yaml"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_jalur_in(source_path("examples/cfa_hs"), args);
}

}  // namespace

TEST_CASE("--estimator names the estimator in every format: MLR's scaled chi-square and robust indices") {
    const Run text = fit_hs({"--estimator", "mlr"});
    REQUIRE(text.status == 0);
    CHECK(text.out.find(" Estimator MLR, converged") != std::string::npos);
    CHECK(text.out.find(" Standard errors robust.huber.white, test yuan.bentler.mplus\n") != std::string::npos);
    CHECK(text.out.find("Yuan-Bentler Scaled Chi-Square = 87.13 (P = 0.00)") != std::string::npos);
    CHECK(text.out.find("Robust Comparative Fit Index (CFI) = 0.93") != std::string::npos);
    const Run json = fit_hs({"--estimator", "MLR", "--format", "json"});
    REQUIRE(json.status == 0);
    CHECK(json.out.find("\"estimator\": \"MLR\"") != std::string::npos);
    CHECK(json.out.find("\"test\": \"yuan.bentler.mplus\"") != std::string::npos);
    CHECK(json.out.find("\"cfi_robust\": 0.9298639") != std::string::npos);
    const Run csv = fit_hs({"--estimator", "MLM", "--format", "csv", "--table", "fit"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("chisq_scaled,80.8718") != std::string::npos);
    const Run markdown = fit_hs({"--estimator", "MLM", "--format", "markdown", "--lang", "id"});
    REQUIRE(markdown.status == 0);
    CHECK(markdown.out.find("Metode estimasi: MLM (likelihood normal") != std::string::npos);
    CHECK(markdown.out.find("χ²(24) = 80.87 (terskala), p < .001; CFI (robust) = .932") != std::string::npos);
    const Run html = fit_hs({"--estimator", "GLS", "--format", "html"});
    REQUIRE(html.status == 0);
    CHECK(html.out.find("GLS, ") != std::string::npos);
}

TEST_CASE("--estimator refuses an unknown name (exit 2) and what the data cannot give (exit 3), with nothing on stdout") {
    const Run unknown = fit_hs({"--estimator", "WLSMV"});
    CHECK(unknown.status == 2);
    CHECK(unknown.out.empty());
    CHECK(unknown.err.find("unknown estimator 'WLSMV', expected ML, GLS, WLS (or ADF), ULS, DWLS, MLM, MLMV, MLMVS or MLR") !=
          std::string::npos);
    const Run matrix = run_jalur_in(source_path("examples/bor"), {"fit", "model.yaml", "--estimator", "WLS"});
    CHECK(matrix.status == 3);
    CHECK(matrix.out.empty());
    CHECK(matrix.err.find("WLS weighs by Γ, the asymptotic covariance of the sample moments, which needs the raw rows") !=
          std::string::npos);
    const Run robust = run_jalur_in(source_path("examples/bor"), {"fit", "model.yaml", "--estimator", "MLR"});
    CHECK(robust.status == 3);
    CHECK(robust.out.empty());
    CHECK(robust.err.find("MLR's robust standard errors and scaled test work from the cases, expected raw data") !=
          std::string::npos);
    const Run residuals = fit_hs({"--estimator", "ULS", "--residuals"});
    CHECK(residuals.status == 3);
    CHECK(residuals.out.empty());
    CHECK(residuals.err.find("standardized residuals with estimator ULS are not defined") != std::string::npos);
    // The modification indices are ULS's own score tests, lavaan's 30.297 for visual =~ x9 (lavaan_test.cpp).
    const Run mi = fit_hs({"--estimator", "ULS", "--mi"});
    CHECK(mi.status == 0);
    CHECK(mi.out.find("  visual   =~  x9   30.297   0.773") != std::string::npos);
}

TEST_CASE("estimation: information: observed gives ML's SEs from the observed information, and what it cannot do is refused") {
    jalur::testing::Scratch scratch;
    const std::string data = source_path("examples/cfa_hs/HolzingerSwineford1939.csv");
    auto spec = [&](const std::string& estimation) {
        return scratch.write("m.yaml", "data:\n  file: " + data + "\nmodel: |\n  visual =~ x1 + x2 + x3\n"
                                       "  textual =~ x4 + x5 + x6\nestimation:\n" + estimation);
    };
    const Run observed = run_jalur({"fit", spec("  information: observed\n"), "--format", "json"});
    REQUIRE(observed.status == 0);
    CHECK(observed.out.find("\"information\": \"observed\"") != std::string::npos);
    const Run text = run_jalur({"fit", spec("  information: observed\n")});
    CHECK(text.out.find(" Standard errors standard (observed information), test standard\n") != std::string::npos);
    const std::string gls = spec("  estimator: GLS\n  information: observed\n");
    const Run refused = run_jalur({"fit", gls});
    CHECK(refused.status == 3);
    CHECK(refused.out.empty());
    CHECK(refused.err.find("information: observed goes with estimator ML so far") != std::string::npos);
    // MLR with the expected information (lavaan_test.cpp compares its numbers with lavaan's).
    const Run mlr = run_jalur({"fit", spec("  estimator: MLR\n  information: expected\n"), "--format", "json"});
    CHECK(mlr.status == 0);
    CHECK(mlr.out.find("\"information\": \"expected\"") != std::string::npos);
    const Run mlm = run_jalur({"fit", spec("  estimator: MLM\n  information: observed\n")});
    CHECK(mlm.status == 3);
    CHECK(mlm.err.find("information: observed with se robust.sem") != std::string::npos);
    const std::string unknown = spec("  information: hessian\n");
    const Run bad = run_jalur({"fit", unknown});
    CHECK(bad.status == 3);
    CHECK(bad.err.find(unknown + ":7:16: information is 'hessian', expected expected or observed") != std::string::npos);
}

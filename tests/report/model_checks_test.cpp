// The options of `jalur fit` that add diagnostics on request (--mi, --mi-min, --residuals) and the parts of
// the reports that every fit now has (standardized SEs, LISREL's extra fit statistics, R² of latent
// outcomes), through the built binary on the lavaan reference models.
#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/json_report.hpp"
#include "support/run_jalur.hpp"
#include "support/text_checks.hpp"

using jalur::testing::contains;
using jalur::testing::lines_of;
using jalur::testing::Run;
using jalur::testing::run_jalur;

namespace {

const std::string kHsCfa = std::string(JALUR_SOURCE_DIR) + "/tests/fixtures/lavaan/hs_cfa/model.yaml";
const std::string kBorModel = std::string(JALUR_SOURCE_DIR) + "/examples/bor/model.yaml";
const std::string kPoldem = std::string(JALUR_SOURCE_DIR) + "/tests/fixtures/lavaan/poldem_sem/model.yaml";

std::vector<std::string> words_of(const std::string& line) {
    std::vector<std::string> words;
    std::istringstream in(line);
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// The rows of the text report's MI table, each split into its words (lhs op rhs mi epc sepc.lv sepc.all).
std::vector<std::vector<std::string>> mi_table(const std::string& text) {
    const auto lines = lines_of(text.substr(text.find("         Modification Indices\n")));
    std::vector<std::vector<std::string>> rows;
    std::size_t i = 0;
    while (i < lines.size() && lines[i].rfind("  lhs ", 0) != 0) ++i;
    for (++i; i < lines.size() && !lines[i].empty(); ++i) rows.push_back(words_of(lines[i]));
    return rows;
}

nlohmann::json fit_json(const std::vector<std::string>& options) {
    std::vector<std::string> args{"fit"};
    args.insert(args.end(), options.begin(), options.end());
    args.insert(args.end(), {"--format", "json"});
    return jalur::testing::json_report(args);
}

}  // namespace

// ---- modification indices -----------------------------------------------------------------------------

TEST_CASE("--mi on the Holzinger-Swineford CFA lists visual =~ x9 first with MI 36.41 in the text report") {
    const Run r = run_jalur({"fit", kHsCfa, "--mi"});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, " The Modification Indices Suggest to Add (MI >= 3.84, largest first)\n"));
    CHECK(contains(r.out, "  lhs      op  rhs      mi     epc  sepc.lv  sepc.all\n"));
    // After the fit statistics, before the standardized solution, as LISREL prints them.
    CHECK(r.out.find("Modification Indices") > r.out.find("Goodness of Fit Statistics"));
    CHECK(r.out.find("Modification Indices") < r.out.find("Standardized Solution"));
    const auto rows = mi_table(r.out);
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0] == std::vector<std::string>{"visual", "=~", "x9", "36.411", "0.577", "0.519", "0.515"});
    // lavaan: x7 ~~ x8, 34.145.
    CHECK(rows[1][1] == "~~");
    CHECK(std::stod(rows[1][3]) == doctest::Approx(34.145).epsilon(1e-4));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(std::stod(rows[i][3]) <= std::stod(rows[i - 1][3]));
        CHECK(std::stod(rows[i][3]) >= 3.84);
    }
}

TEST_CASE("--mi puts every modification index into the json report in the engine's order") {
    const auto doc = fit_json({kHsCfa, "--mi"});
    REQUIRE(doc.contains("modification_indices"));
    const auto& mi = doc["modification_indices"];
    REQUIRE(mi.size() == 54);  // 18 cross-loadings and 36 residual covariances less the 0 the model has
    for (const auto& row : mi)
        for (const char* key : {"lhs", "op", "rhs", "mi", "epc", "sepc_lv", "sepc_all"}) CHECK_MESSAGE(row.contains(key), key);
    // The engine's order (lavaan's), not sorted: loadings first, visual =~ x4 the first of them.
    CHECK(mi[0]["lhs"] == "visual");
    CHECK(mi[0]["op"] == "=~");
    CHECK(mi[0]["rhs"] == "x4");
    const auto largest = std::max_element(mi.begin(), mi.end(), [](const auto& a, const auto& b) {
        return a["mi"].template get<double>() < b["mi"].template get<double>();
    });
    CHECK((*largest)["lhs"] == "visual");
    CHECK((*largest)["rhs"] == "x9");
    CHECK((*largest)["mi"].get<double>() == doctest::Approx(36.411).epsilon(1e-4));
    CHECK((*largest)["epc"].get<double>() == doctest::Approx(0.577).epsilon(1e-3));
    CHECK((*largest)["sepc_all"].get<double>() == doctest::Approx(0.515).epsilon(1e-3));
    // Not thresholded: MIs below 3.84 are there too.
    CHECK(std::any_of(mi.begin(), mi.end(), [](const auto& row) { return row["mi"].template get<double>() < 3.84; }));
}

TEST_CASE("without --mi and --residuals the reports have neither") {
    const Run text = run_jalur({"fit", kHsCfa});
    REQUIRE(text.status == 0);
    CHECK_FALSE(contains(text.out, "Modification Indices"));
    CHECK_FALSE(contains(text.out, "Fitted Residuals"));
    CHECK_FALSE(contains(text.out, "Normalized Residuals"));
    const auto doc = fit_json({kHsCfa});
    CHECK_FALSE(doc.contains("modification_indices"));
    CHECK_FALSE(doc.contains("residuals"));
}

TEST_CASE("--mi-min lists only the MIs at least that large and says how many were left out") {
    const auto all = fit_json({kHsCfa, "--mi"})["modification_indices"];
    for (const auto& [threshold, text_threshold] :
         std::vector<std::pair<double, std::string>>{{3.84, "3.84"}, {10, "10"}, {30, "30"}}) {
        CAPTURE(threshold);
        const std::size_t expected = static_cast<std::size_t>(std::count_if(
            all.begin(), all.end(), [&](const auto& row) { return row["mi"].template get<double>() >= threshold; }));
        const Run r = threshold == 3.84 ? run_jalur({"fit", kHsCfa, "--mi"})  // the default
                                        : run_jalur({"fit", kHsCfa, "--mi-min", text_threshold});  // implies --mi
        REQUIRE(r.status == 0);
        CHECK(mi_table(r.out).size() == expected);
        CHECK(contains(r.out, "(MI >= " + text_threshold + ", largest first)"));
        CHECK(contains(r.out, " " + std::to_string(all.size() - expected) + " of " + std::to_string(all.size()) +
                                  " candidate parameters have MI < " + text_threshold + " and are not listed.\n"));
    }
    const Run none = run_jalur({"fit", kHsCfa, "--mi-min=100"});
    REQUIRE(none.status == 0);
    CHECK(contains(none.out, " No modification index reaches 100 (54 candidate parameters).\n"));
    // The json report keeps every row whatever the threshold.
    CHECK(fit_json({kHsCfa, "--mi-min", "30"})["modification_indices"].size() == all.size());
}

TEST_CASE("--mi-min with a value that is not a number of at least 0 is a usage error") {
    for (const std::string value : {"abc", "3.84x", " 3", "nan", "inf", "-1", "1e999"}) {
        CAPTURE(value);
        const Run r = run_jalur({"fit", kHsCfa, "--mi-min=" + value});
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("jalur: error: invalid --mi-min value '" + value + "'", 0) == 0);
        CHECK(contains(r.err, "jalur help fit"));
    }
    for (const auto& args : {std::vector<std::string>{"fit", kHsCfa, "--mi-min"}, {"fit", kHsCfa, "--mi-min="},
                             {"fit", kHsCfa, "--mi-min", "-1"}, {"fit", kHsCfa, "--mi-min", "1", "--mi-min", "2"}}) {
        const Run r = run_jalur(args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "--mi-min"));
    }
}

TEST_CASE("--format csv with --mi prints the modification indices as csv instead of the parameter table") {
    const Run csv = run_jalur({"fit", kHsCfa, "--mi", "--format", "csv"});
    REQUIRE(csv.status == 0);
    const auto lines = lines_of(csv.out);
    REQUIRE(lines.size() == 55);
    CHECK(lines[0] == "lhs,op,rhs,mi,epc,sepc_lv,sepc_all");
    CHECK(lines[1].rfind("visual,=~,x4,1.21", 0) == 0);
    CHECK(std::any_of(lines.begin(), lines.end(),
                      [](const std::string& l) { return l.rfind("visual,=~,x9,36.41", 0) == 0; }));
}

TEST_CASE("--mi on a saturated model says that no modification index could be computed") {
    const Run r = run_jalur({"fit", kBorModel, "--mi"});
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "         Modification Indices\n\n No modification indices: "));
}

// ---- residuals ----------------------------------------------------------------------------------------

TEST_CASE("--residuals gives the raw, correlation, normalized and standardized matrices in json, p by p") {
    const auto doc = fit_json({kHsCfa, "--residuals"});
    REQUIRE(doc.contains("residuals"));
    const auto& residuals = doc["residuals"];
    const std::vector<std::string> names{"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"};
    for (const char* kind : {"raw", "correlation", "normalized", "standardized"}) {
        CAPTURE(kind);
        REQUIRE(residuals.contains(kind));
        CHECK(residuals[kind]["names"] == nlohmann::json(names));
        const auto& m = residuals[kind]["matrix"];
        REQUIRE(m.size() == 9);
        for (std::size_t i = 0; i < 9; ++i) {
            REQUIRE(m[i].size() == 9);
            for (std::size_t j = 0; j < i; ++j)
                if (!m[i][j].is_null()) CHECK(m[i][j].get<double>() == doctest::Approx(m[j][i].get<double>()));
        }
    }
    // S − Σ̂ for x9 and x1: the raw residual is the difference of the two covariance matrices.
    const double raw = residuals["raw"]["matrix"][8][0].get<double>();
    CHECK(raw == doctest::Approx(doc["sample_covariance"]["matrix"][8][0].get<double>() -
                                 doc["implied_covariance"]["matrix"][8][0].get<double>()));
    CHECK(residuals["standardized"]["matrix"][8][0].get<double>() == doctest::Approx(4.08).epsilon(0.01));
}

TEST_CASE("--residuals adds LISREL's lower-triangular residual matrices and their summaries to the text report") {
    const Run r = run_jalur({"fit", kHsCfa, "--residuals"});
    REQUIRE(r.status == 0);
    std::size_t at = r.out.find("         Fitted Covariance Matrix\n");
    REQUIRE(at != std::string::npos);
    for (const std::string kind : {"Fitted", "Standardized", "Normalized"}) {
        CAPTURE(kind);
        const std::size_t title = r.out.find("         " + kind + " Residuals\n", at);
        REQUIRE(title != std::string::npos);
        const std::size_t summary = r.out.find("         Summary Statistics for " + kind + " Residuals\n", title);
        REQUIRE(summary != std::string::npos);
        // The first block: six columns, row x1 with one entry, row x6 with six, rows below with six.
        const auto lines = lines_of(r.out.substr(title, summary - title));
        REQUIRE(lines.size() > 13);
        CHECK(words_of(lines[2]) == std::vector<std::string>{"x1", "x2", "x3", "x4", "x5", "x6"});
        CHECK(words_of(lines[4]).size() == 2);   // x1 and its diagonal
        CHECK(words_of(lines[9]).size() == 7);   // x6
        CHECK(words_of(lines[12]).size() == 7);  // x9, first block
        const auto summary_lines = lines_of(r.out.substr(summary));
        CHECK(summary_lines[2].find(" Smallest " + kind + " Residual = ") != std::string::npos);
        CHECK(summary_lines[3].find(" Median " + kind + " Residual = ") != std::string::npos);
        CHECK(summary_lines[4].find(" Largest " + kind + " Residual = ") != std::string::npos);
        at = summary;
    }
    CHECK(r.out.find("Goodness of Fit Statistics") > at);
    CHECK(contains(r.out, " Smallest Standardized Residual = -4.16\n"));
    CHECK(contains(r.out, "  Largest Standardized Residual =  4.82\n"));
}

// ---- standardized solution, fit statistics, R² -----------------------------------------------------------

TEST_CASE("json parameters carry std_lv and the delta-method standard errors of the standardized values") {
    const auto doc = fit_json({kHsCfa});
    const auto& params = doc["parameters"];
    const auto x2 = std::find_if(params.begin(), params.end(), [](const auto& p) {
        return p["lhs"] == "visual" && p["op"] == "=~" && p["rhs"] == "x2";
    });
    REQUIRE(x2 != params.end());
    for (const char* key : {"std_lv", "std_lv_se", "std_all", "std_all_se"}) {
        CAPTURE(key);
        REQUIRE(x2->contains(key));
        CHECK((*x2)[key].is_number());
    }
    // lavaan's standardizedSolution() for visual =~ x2 (tests/fixtures/lavaan/hs_cfa/reference.json).
    CHECK((*x2)["std_all"].get<double>() == doctest::Approx(0.4240).epsilon(1e-3));
    CHECK((*x2)["std_all_se"].get<double>() == doctest::Approx(0.05962).epsilon(1e-3));
    CHECK((*x2)["std_lv"].get<double>() == doctest::Approx(0.4984).epsilon(1e-3));
    CHECK((*x2)["std_lv_se"].get<double>() == doctest::Approx(0.07745).epsilon(1e-3));
}

TEST_CASE("the csv parameter table appends std_lv, std_all_se and the intervals after the existing columns") {
    const Run r = run_jalur({"fit", kHsCfa, "--format", "csv"});
    REQUIRE(r.status == 0);
    const auto lines = lines_of(r.out);
    CHECK(lines[0] == "lhs,op,rhs,label,free,est,se,z,pvalue,std_all,std_lv,std_all_se,ci_lower,ci_upper,"
                      "std_all_ci_lower,std_all_ci_upper,std_lv_ci_lower,std_lv_ci_upper");
    CHECK(lines[2].rfind("visual,=~,x2,,true,0.55", 0) == 0);
    CHECK(std::count(lines[2].begin(), lines[2].end(), ',') == 17);
}

TEST_CASE("the text report of an over-identified model has LISREL's extra fit statistics") {
    const Run r = run_jalur({"fit", kHsCfa});
    REQUIRE(r.status == 0);
    const std::string fit = r.out.substr(r.out.find("Goodness of Fit Statistics"));
    for (const char* line : {
             "Estimated Non-centrality Parameter (NCP) = 61.31\n",
             "90 Percent Confidence Interval for NCP = (36.85 ; 93.35)\n",
             "Minimum Fit Function Value = 0.28\n",
             "Population Discrepancy Function Value (F0) = 0.20\n",
             "90 Percent Confidence Interval for F0 = (0.12 ; 0.31)\n",
             "Expected Cross-Validation Index (ECVI) = 0.42\n",
             "90 Percent Confidence Interval for ECVI = (0.34 ; 0.53)\n",
             "ECVI for Saturated Model = 0.30\n",
             "ECVI for Independence Model = 3.11\n",
             "Independence AIC = 936.85\n",
             "Model AIC = 127.31\n",
             "Saturated AIC = 90.00\n",
             "Independence CAIC = 979.22\n",
             "Model CAIC = 226.15\n",
             "Saturated CAIC = 301.82\n",
             "Critical N (CN) = 129.49\n",
             // lavaan's information criteria keep their own labels.
             "Akaike Information Criterion (-2logL + 2q) = 7517.49\n",
         })
        CHECK_MESSAGE(contains(fit, line), line);
    // LISREL's order: NCP after the chi-square, F0 before RMSEA, the AICs after the independence chi-square.
    CHECK(fit.find("(NCP)") < fit.find("Minimum Fit Function Value"));
    CHECK(fit.find("(F0)") < fit.find("(RMSEA)"));
    CHECK(fit.find("Chi-Square for Independence Model") < fit.find("Independence AIC"));
    CHECK(fit.find("Saturated CAIC") < fit.find("Normed Fit Index"));

    const auto doc = fit_json({kHsCfa});
    for (const char* key : {"ncp", "ncp_ci_lower", "ncp_ci_upper", "f0", "f0_ci_lower", "f0_ci_upper",
                            "ecvi_ci_lower", "ecvi_ci_upper", "ecvi_saturated", "ecvi_independence", "aic_model",
                            "aic_saturated", "aic_independence", "caic_model", "caic_saturated", "caic_independence"}) {
        CAPTURE(key);
        REQUIRE(doc["fit"].contains(key));
        CHECK(doc["fit"][key].is_number());
    }
    CHECK(doc["fit"]["aic_model"].get<double>() == doctest::Approx(doc["fit"]["chisq"].get<double>() + 2 * 21));
}

TEST_CASE("the saturated thesis model gets only LISREL's saturated message, none of the extras") {
    const Run r = run_jalur({"fit", kBorModel});
    REQUIRE(r.status == 0);
    const std::string fit =
        r.out.substr(r.out.find("Goodness of Fit Statistics"),
                     r.out.find("Standardized Solution") - r.out.find("Goodness of Fit Statistics"));
    CHECK(contains(fit, " Degrees of Freedom = 0\n"));
    CHECK(contains(fit, " Minimum Fit Function Chi-Square = 0.0 (P = 1.00)\n"));
    CHECK(contains(fit, "\n The Model is Saturated, the Fit is Perfect !\n"));
    for (const char* label : {"NCP", "F0", "ECVI", "AIC", "CAIC", "Critical N", "RMSEA"})
        CHECK_MESSAGE(!contains(fit, label), label);
    // The json report has the fields all the same.
    const auto doc = fit_json({kBorModel});
    for (const char* key : {"ncp", "f0", "ecvi_saturated", "aic_model", "caic_independence"})
        CHECK_MESSAGE(doc["fit"].contains(key), key);
}

TEST_CASE("R² of endogenous latent variables is in the structural equations and the json r2") {
    const Run r = run_jalur({"fit", kPoldem});
    REQUIRE(r.status == 0);
    const std::string structural = r.out.substr(r.out.find("         Structural Equations\n"));
    CHECK(structural.find(" dem60 = 1.48*ind60, Errorvar.= 3.96 , R² = 0.20\n") == structural.find(" dem60 = "));
    CHECK(contains(structural, " dem65 = 0.84*dem60 + 0.57*ind60, Errorvar.= 0.17 , R² = 0.96\n"));
    const auto doc = fit_json({kPoldem});
    REQUIRE(doc["r2"].contains("dem60"));
    REQUIRE(doc["r2"].contains("dem65"));
    CHECK(doc["r2"]["dem60"].get<double>() == doctest::Approx(0.1996).epsilon(0.002));
    CHECK(doc["r2"]["dem65"].get<double>() == doctest::Approx(0.9610).epsilon(0.002));
    CHECK(doc["r2"].contains("y1"));  // indicators keep theirs
}

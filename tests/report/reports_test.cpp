// The three report formats of `jalur fit`, rendered from a hand-made FitResult with the thesis numbers
// (no estimation involved).
#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "report/common/csv_field.hpp"
#include "report/csv/csv_report.hpp"
#include "report/fit/fit_report.hpp"
#include "report/json/json_report.hpp"
#include "report/text/text_report.hpp"

using namespace jalur;
using namespace jalur::report;

namespace {

ParameterRow row(const std::string& lhs, Op op, const std::string& rhs, const std::string& label, double est,
                 double se, double std_all) {
    ParameterRow r;
    r.lhs = lhs;
    r.op = op;
    r.rhs = rhs;
    r.label = label;
    r.est = est;
    r.se = se;
    r.z = est / se;
    r.pvalue = 0.001;
    r.std_all = std_all;
    return r;
}

Estimate estimate(double est, double se, double std_all) { return Estimate{est, se, est / se, 0.001, std_all, {}}; }

// The thesis model: KUALITAS → KEPUASAN → BOR and KUALITAS → BOR, saturated.
FitResult thesis_result() {
    FitResult r;
    r.table.rows = {
        row("KEPUASAN", Op::Regression, "KUALITAS", "a", 0.38307, 0.053884, 0.41145),
        row("BOR", Op::Regression, "KEPUASAN", "b", 0.021722, 0.0080050, 0.15904),
        row("BOR", Op::Regression, "KUALITAS", "c", 0.057907, 0.0074528, 0.45540),
        row("KEPUASAN", Op::Covariance, "KEPUASAN", "", 134.4913, 12.0777, 0.83071),
        row("BOR", Op::Covariance, "BOR", "", 2.1373, 0.19194, 0.70772),
        row("KUALITAS", Op::Covariance, "KUALITAS", "", 186.78, 16.773, 1.0),
        row("indirect", Op::Defined, "a*b", "", 0.0083210, 0.0032823, 0.065439),
        row("total", Op::Defined, "c + a*b", "", 0.066228, 0.0068928, 0.52084),
    };
    for (auto& p : r.table.rows)
        if (p.op == Op::Defined) p.free = false;
    r.optimizer.termination = Termination::AtStart;
    r.optimizer.iterations = 0;
    r.optimizer.evaluations = 1;
    r.likelihood = Likelihood::Wishart;
    r.n = 250;
    r.n_inference = 249;
    r.observed = {"KEPUASAN", "BOR", "KUALITAS"};
    r.endogenous = {"KEPUASAN", "BOR"};
    r.exogenous = {"KUALITAS"};
    r.sample_covariance.resize(3, 3);
    r.sample_covariance << 161.90, 7.66, 71.55, 7.66, 3.02, 12.37, 71.55, 12.37, 186.78;
    r.implied_covariance = r.sample_covariance;
    r.r2 = {{"KEPUASAN", 0.16929}, {"BOR", 0.29228}};
    ReducedFormEquation k{"KEPUASAN", {{"KUALITAS", estimate(0.38307, 0.053884, 0.41145)}}, 134.4913, 0.16929};
    ReducedFormEquation b{"BOR", {{"KUALITAS", estimate(0.066228, 0.0068928, 0.52084)}}, 2.2008, 0.27127};
    r.reduced_form = {k, b};
    r.effects = {
        Effect{"KUALITAS", "KEPUASAN", estimate(0.38307, 0.053884, 0.41145), std::nullopt,
               estimate(0.38307, 0.053884, 0.41145)},
        Effect{"KUALITAS", "BOR", estimate(0.057907, 0.0074528, 0.45540), estimate(0.0083210, 0.0032823, 0.065439),
               estimate(0.066228, 0.0068928, 0.52084)},
        Effect{"KEPUASAN", "BOR", estimate(0.021722, 0.0080050, 0.15904), std::nullopt,
               estimate(0.021722, 0.0080050, 0.15904)},
    };
    r.fit.minimum_fit_function = r.fit.fmin = 0;
    r.fit.chisq = 0;
    r.fit.df = 0;
    r.fit.pvalue = 1;
    r.fit.npar = 6;
    r.fit.moments = 6;
    r.fit.baseline_chisq = 131.7;
    r.fit.baseline_df = 3;
    return r;
}

// The thesis numbers with the fit measures of an over-identified model (df = 1), for the fit section.
FitResult overidentified_result() {
    FitResult r = thesis_result();
    r.fit.df = 1;
    r.fit.chisq = 54.25;
    r.fit.pvalue = 1.6e-13;
    r.fit.minimum_fit_function = 0.2188;
    r.fit.fmin = 0.1094;
    r.fit.rmsea = 0.4648;
    r.fit.rmsea_ci_lower = 0.3631;
    r.fit.rmsea_ci_upper = 0.5742;
    r.fit.rmsea_pvalue = 0.0;
    r.fit.cfi = 0.5935;
    r.fit.tli = -0.2196;
    r.fit.srmr = 0.1512;
    r.fit.logl = -2452.81;
    r.fit.aic = 4915.62;
    return r;
}

ReportContext thesis_context() { return ReportContext{"BOR model", "examples/bor/model.yaml", {"a note"}}; }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

// ---- formats -------------------------------------------------------------------------------------------

TEST_CASE("the report formats are text, json, csv and markdown") {
    CHECK(parse_report_format("text") == ReportFormat::Text);
    CHECK(parse_report_format("json") == ReportFormat::Json);
    CHECK(parse_report_format("csv") == ReportFormat::Csv);
    CHECK(parse_report_format("markdown") == ReportFormat::Markdown);
    CHECK_FALSE(parse_report_format("xml"));
    CHECK_FALSE(parse_report_format("JSON"));
    CHECK_FALSE(parse_report_format(""));
}

// ---- CSV -----------------------------------------------------------------------------------------------

TEST_CASE("csv fields are quoted only when RFC 4180 needs it") {
    CHECK(csv_field("KEPUASAN") == "KEPUASAN");
    CHECK(csv_field("c + a*b") == "c + a*b");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("cr\r") == "\"cr\r\"");
    CHECK(csv_field(" padded ") == "\" padded \"");
}

TEST_CASE("the csv report has the fixed header and one line per parameter row") {
    const FitResult r = thesis_result();
    const auto lines = lines_of(render_csv_report(r));
    REQUIRE(lines.size() == r.table.rows.size() + 1);
    CHECK(lines[0] == "lhs,op,rhs,label,free,est,se,z,pvalue,std_all,std_lv,std_all_se,ci_lower,ci_upper,"
                      "std_all_ci_lower,std_all_ci_upper,std_lv_ci_lower,std_lv_ci_upper");
    CHECK(lines[1].rfind("KEPUASAN,~,KUALITAS,a,true,0.38307,0.053884,", 0) == 0);
    CHECK(lines[4].rfind("KEPUASAN,~~,KEPUASAN,,true,134.4913,12.0777,", 0) == 0);
    CHECK(lines[8].rfind("total,:=,c + a*b,,false,0.066228,0.0068928,", 0) == 0);
}

TEST_CASE("csv numbers keep ten significant digits") {
    FitResult r = thesis_result();
    r.table.rows[0].est = 0.38307099261162864;
    CHECK(lines_of(render_csv_report(r))[1].find(",0.3830709926,") != std::string::npos);
}

TEST_CASE("a NaN is an empty csv cell and a fixed parameter has no se, z, p or interval") {
    FitResult r = thesis_result();
    r.table.rows[0].std_all = kNaN;
    r.table.rows[5].free = false;  // the variance of KUALITAS fixed at its sample value
    r.table.rows[5].ci = {150.0, 220.0};  // whatever the engine left there
    r.table.rows[5].std_all_ci = {1.0, 1.0};
    const auto lines = lines_of(render_csv_report(r));
    CHECK(lines[1].back() == ',');
    CHECK(lines[6] == "KUALITAS,~~,KUALITAS,,false,186.78,,,,1,,,,,1,1,,");
}

TEST_CASE("csv cells with commas or quotes are quoted") {
    FitResult r = thesis_result();
    r.table.rows[6].rhs = "max(a, b)";
    r.table.rows[0].label = "the \"a\"";
    const std::string csv = render_csv_report(r);
    CHECK(csv.find("indirect,:=,\"max(a, b)\",") != std::string::npos);
    CHECK(csv.find("KUALITAS,\"the \"\"a\"\"\",true") != std::string::npos);
}

// ---- JSON ----------------------------------------------------------------------------------------------

TEST_CASE("json numbers that are NaN or infinite become null") {
    CHECK(json_number(kNaN).is_null());
    CHECK(json_number(std::numeric_limits<double>::infinity()).is_null());
    CHECK(json_number(0.38).get<double>() == doctest::Approx(0.38));
}

TEST_CASE("the json report is one parseable document ending in a newline") {
    const std::string text = render_json_report(thesis_result(), thesis_context());
    REQUIRE_FALSE(text.empty());
    CHECK(text.back() == '\n');
    const auto doc = nlohmann::json::parse(text);
    CHECK(doc.is_object());
}

TEST_CASE("the json report has the run's fixed top-level fields") {
    const auto doc = nlohmann::json::parse(render_json_report(thesis_result(), thesis_context()));
    for (const char* key : {"title", "converged", "iterations", "evaluations", "n", "n_inference", "estimator",
                            "likelihood", "parameters", "effects", "r2", "reduced_form", "fit", "implied_covariance",
                            "sample_covariance", "warnings"})
        CHECK_MESSAGE(doc.contains(key), key);
    CHECK(doc["title"] == "BOR model");
    CHECK(doc["converged"] == true);
    CHECK(doc["iterations"] == 0);
    CHECK(doc["evaluations"] == 1);
    CHECK(doc["n"] == 250);
    CHECK(doc["n_inference"] == 249.0);
    CHECK(doc["estimator"] == "ML");
    CHECK(doc["likelihood"] == "wishart");
}

TEST_CASE("json parameters carry lhs, op, rhs, label, free and the estimates") {
    const auto doc = nlohmann::json::parse(render_json_report(thesis_result(), thesis_context()));
    const auto& params = doc["parameters"];
    REQUIRE(params.size() == 8);
    const auto& a = params[0];
    CHECK(a["lhs"] == "KEPUASAN");
    CHECK(a["op"] == "~");
    CHECK(a["rhs"] == "KUALITAS");
    CHECK(a["label"] == "a");
    CHECK(a["free"] == true);
    CHECK(a["est"].get<double>() == doctest::Approx(0.38307));
    CHECK(a["se"].get<double>() == doctest::Approx(0.053884));
    CHECK(a["z"].get<double>() == doctest::Approx(0.38307 / 0.053884));
    CHECK(a["pvalue"].get<double>() == doctest::Approx(0.001));
    CHECK(a["std_all"].get<double>() == doctest::Approx(0.41145));
    CHECK(params[3]["op"] == "~~");
    const auto& total = params[7];
    CHECK(total["op"] == ":=");
    CHECK(total["lhs"] == "total");
    CHECK(total["rhs"] == "c + a*b");
    CHECK(total["se"].get<double>() == doctest::Approx(0.0068928));
}

TEST_CASE("a fixed parameter has null se, z and p in json and NaN values are null") {
    FitResult r = thesis_result();
    r.table.rows[5].free = false;
    r.table.rows[0].std_all = kNaN;
    r.fit.rmsea_pvalue = kNaN;
    const auto doc = nlohmann::json::parse(render_json_report(r, thesis_context()));
    const auto& fixed = doc["parameters"][5];
    CHECK(fixed["free"] == false);
    CHECK(fixed["est"].get<double>() == doctest::Approx(186.78));
    CHECK(fixed["se"].is_null());
    CHECK(fixed["z"].is_null());
    CHECK(fixed["pvalue"].is_null());
    CHECK(doc["parameters"][0]["std_all"].is_null());
    CHECK(doc["fit"]["rmsea_pvalue"].is_null());
}

TEST_CASE("json effects have direct, indirect and total parts, null where the model has none") {
    const auto doc = nlohmann::json::parse(render_json_report(thesis_result(), thesis_context()));
    const auto& effects = doc["effects"];
    REQUIRE(effects.size() == 3);
    CHECK(effects[0]["from"] == "KUALITAS");
    CHECK(effects[0]["to"] == "KEPUASAN");
    CHECK(effects[0]["indirect"].is_null());
    CHECK(effects[1]["indirect"]["est"].get<double>() == doctest::Approx(0.0083210));
    for (const char* key : {"est", "se", "z", "pvalue", "std_all"}) CHECK(effects[1]["total"].contains(key));
}

TEST_CASE("json r2, reduced form and fit use the documented names") {
    const auto doc = nlohmann::json::parse(render_json_report(overidentified_result(), thesis_context()));
    CHECK(doc["r2"]["KEPUASAN"].get<double>() == doctest::Approx(0.16929));
    const auto ordered = nlohmann::ordered_json::parse(render_json_report(overidentified_result(), thesis_context()));
    CHECK(ordered["r2"].begin().key() == "KEPUASAN");  // the order of the endogenous variables is kept
    const auto& bor = doc["reduced_form"][1];
    CHECK(bor["outcome"] == "BOR");
    CHECK(bor["terms"][0]["from"] == "KUALITAS");
    CHECK(bor["terms"][0]["est"].get<double>() == doctest::Approx(0.066228));
    CHECK(bor["error_variance"].get<double>() == doctest::Approx(2.2008));
    CHECK(bor["r2"].get<double>() == doctest::Approx(0.27127));
    const auto& fit = doc["fit"];
    for (const char* key : {"chisq", "df", "pvalue", "fmin", "npar", "baseline_chisq", "baseline_df", "cfi", "tli",
                            "rmsea", "rmsea_ci_lower", "rmsea_ci_upper", "rmsea_pvalue", "srmr", "rmr", "gfi", "agfi",
                            "logl", "unrestricted_logl", "aic", "bic", "bic2"})
        CHECK_MESSAGE(fit.contains(key), key);
    CHECK(fit["df"] == 1);
    CHECK(fit["chisq"].get<double>() == doctest::Approx(54.25));
    CHECK(fit["gfi"].is_null());
}

TEST_CASE("json covariance matrices carry their variable names") {
    const auto doc = nlohmann::json::parse(render_json_report(thesis_result(), thesis_context()));
    const auto& s = doc["sample_covariance"];
    CHECK(s["names"] == nlohmann::json({"KEPUASAN", "BOR", "KUALITAS"}));
    REQUIRE(s["matrix"].size() == 3);
    CHECK(s["matrix"][2][0].get<double>() == doctest::Approx(71.55));
    CHECK(doc["implied_covariance"]["matrix"][1][1].get<double>() == doctest::Approx(3.02));
}

TEST_CASE("json warnings are a list of strings") {
    FitResult r = thesis_result();
    r.warnings = {"the (residual) variance of BOR is negative"};
    const auto doc = nlohmann::json::parse(render_json_report(r, thesis_context()));
    CHECK(doc["warnings"] == nlohmann::json({"the (residual) variance of BOR is negative"}));
}

// ---- text ----------------------------------------------------------------------------------------------

TEST_CASE("the text report starts with the title, the observations and the parameter table") {
    const std::string text = render_text_report(thesis_result(), thesis_context());
    CHECK(text.find("BOR model") < text.find("Observations"));
    CHECK(text.find(" Observations N = 250 (likelihood wishart, n = 249 in chi-square and SEs)\n") != std::string::npos);
    CHECK(text.find(" Note: a note\n") != std::string::npos);
    CHECK(text.find("lhs       op  rhs       label") != std::string::npos);
    CHECK(text.find("KEPUASAN  ~   KUALITAS  a        0.383   0.054") != std::string::npos);
    CHECK(text.find(" Defined Parameters") != std::string::npos);
    CHECK(text.find("total     :=  c + a*b") != std::string::npos);
}

TEST_CASE("the text report has LISREL's sections in LISREL's order") {
    const std::string text = render_text_report(thesis_result(), thesis_context());
    const std::vector<std::string> sections = {
        " Number of Iterations = 0\n",
        " LISREL Estimates (Maximum Likelihood)\n",
        "         Structural Equations\n",
        "         Reduced Form Equations\n",
        "         Variances of Independent Variables\n",
        "         Covariance Matrix of Y and X\n",
        "         Goodness of Fit Statistics\n",
        "         Standardized Solution\n",
        "         BETA\n",
        "         GAMMA\n",
        "         Correlation Matrix of Y and X\n",
        "         PSI\n",
        "         Regression Matrix Y on X (Standardized)\n",
        "         Total and Indirect Effects\n",
        "         Total Effects of X on Y\n",
        "         Indirect Effects of X on Y\n",
        "         Total Effects of Y on Y\n",
        "         Standardized Total and Indirect Effects\n",
        "         Standardized Total Effects of X on Y\n",
    };
    std::size_t at = 0;
    for (const auto& section : sections) {
        const std::size_t found = text.find(section, at);
        CHECK_MESSAGE(found != std::string::npos, section);
        if (found != std::string::npos) at = found;
    }
}

TEST_CASE("the text report writes the thesis structural equations as LISREL does") {
    const std::string text = render_text_report(thesis_result(), thesis_context());
    CHECK(text.find(" KEPUASAN = 0.38*KUALITAS, Errorvar.= 134.49, R² = 0.17\n"
                    "           (0.054)                   (12.08)\n"
                    "            7.11                      11.14\n") != std::string::npos);
    CHECK(text.find("      BOR = 0.022*KEPUASAN + 0.058*KUALITAS, Errorvar.= 2.14") != std::string::npos);
    CHECK(text.find("      BOR = 0.066*KUALITAS, Errorvar.= 2.20, R² = 0.27\n"
                    "           (0.0069)\n") != std::string::npos);
}

TEST_CASE("a saturated model gets LISREL's perfect-fit message and no further fit measures") {
    const std::string text = render_text_report(thesis_result(), thesis_context());
    CHECK(text.find(" Degrees of Freedom = 0\n") != std::string::npos);
    CHECK(text.find(" Minimum Fit Function Chi-Square = 0.0 (P = 1.00)\n") != std::string::npos);
    CHECK(text.find(" The Model is Saturated, the Fit is Perfect !\n") != std::string::npos);
    CHECK(text.find("RMSEA") == std::string::npos);
}

TEST_CASE("an over-identified model lists every finite fit measure with LISREL's labels") {
    const std::string text = render_text_report(overidentified_result(), thesis_context());
    CHECK(text.find("Saturated, the Fit is Perfect") == std::string::npos);
    CHECK(text.find("Degrees of Freedom = 1\n") != std::string::npos);
    CHECK(text.find("Minimum Fit Function Chi-Square = 54.25 (P = 0.00)\n") != std::string::npos);
    CHECK(text.find("Root Mean Square Error of Approximation (RMSEA) = 0.46\n") != std::string::npos);
    CHECK(text.find("90 Percent Confidence Interval for RMSEA = (0.36 ; 0.57)\n") != std::string::npos);
    CHECK(text.find("Comparative Fit Index (CFI) = 0.59\n") != std::string::npos);
    CHECK(text.find("Non-Normed Fit Index (NNFI) = -0.22\n") != std::string::npos);
    CHECK(text.find("Standardized RMR = 0.15\n") != std::string::npos);
    CHECK(text.find("Chi-Square for Independence Model with 3 Degrees of Freedom = 131.70") != std::string::npos);
    // Measures that are NaN are left out.
    CHECK(text.find("Goodness of Fit Index (GFI)") == std::string::npos);
    CHECK(text.find("Critical N") == std::string::npos);
}

TEST_CASE("the labels of the fit statistics are right-aligned on the equals sign") {
    const std::string text = render_text_report(overidentified_result(), thesis_context());
    const auto lines = lines_of(text.substr(text.find("Goodness of Fit Statistics")));
    std::size_t column = std::string::npos;
    for (std::size_t i = 1; i < lines.size() && lines[i].find("Standardized Solution") == std::string::npos; ++i) {
        const std::size_t eq = lines[i].find(" = ");
        if (eq == std::string::npos) continue;
        if (column == std::string::npos) column = eq;
        CHECK_MESSAGE(eq == column, lines[i]);
    }
    CHECK(column != std::string::npos);
}

TEST_CASE("psi is noted as diagonal when the model has no error covariances") {
    const std::string text = render_text_report(thesis_result(), thesis_context());
    CHECK(text.find("         PSI\n         Note: This matrix is diagonal.\n") != std::string::npos);
}

TEST_CASE("effects the model does not have print as a double dash") {
    const std::string text = render_text_report(thesis_result(), thesis_context());
    const std::string indirect = text.substr(text.find("         Indirect Effects of X on Y"));
    CHECK(indirect.find(" KEPUASAN       - -\n") != std::string::npos);
    CHECK(indirect.find("      BOR    0.0083\n") != std::string::npos);
}

TEST_CASE("warnings close the text report under LISREL's heading") {
    FitResult r = thesis_result();
    r.warnings = {"the (residual) variance of BOR is negative"};
    const std::string text = render_text_report(r, thesis_context());
    CHECK(text.find(" W_A_R_N_I_N_G: the (residual) variance of BOR is negative\n") != std::string::npos);
    CHECK(text.find("W_A_R_N_I_N_G") > text.find("Standardized Total and Indirect Effects"));
}

TEST_CASE("the text report marks a fixed parameter by leaving its se, z and p empty") {
    FitResult r = thesis_result();
    r.table.rows[5].free = false;
    const std::string text = render_text_report(r, thesis_context());
    const auto lines = lines_of(text);
    const auto it = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("KUALITAS  ~~  KUALITAS") != std::string::npos;
    });
    REQUIRE(it != lines.end());
    CHECK(it->find("186.780") != std::string::npos);
    CHECK(it->find("16.773") == std::string::npos);
    // In the LISREL part a fixed variance has no standard error beneath it either.
    CHECK(text.find("(16.77)") == std::string::npos);
}

TEST_CASE("a model with latent variables gets measurement equations and standardized loadings") {
    FitResult r;
    r.table.rows = {row("F", Op::Loading, "x1", "", 1.0, kNaN, 0.71), row("F", Op::Loading, "x2", "", 1.10, 0.127, 0.70),
                    row("x1", Op::Covariance, "x1", "", 1.00, 0.128, 0.50),
                    row("x2", Op::Covariance, "x2", "", 1.19, 0.154, 0.50),
                    row("F", Op::Covariance, "F", "", 1.00, 0.173, 1.0)};
    r.table.rows[0].free = false;
    r.optimizer.termination = Termination::Converged;
    r.n = 300;
    r.n_inference = 299;
    r.observed = r.endogenous = {"x1", "x2"};
    r.sample_covariance = Eigen::MatrixXd::Identity(2, 2);
    r.implied_covariance = Eigen::MatrixXd::Identity(2, 2);
    r.r2 = {{"x1", 0.50}, {"x2", 0.50}};
    r.reduced_form = {ReducedFormEquation{"x1", {}, 1.0, 0.5}, ReducedFormEquation{"x2", {}, 1.19, 0.5}};
    const std::string text = render_text_report(r, ReportContext{});
    CHECK(text.find("  F    =~  x1 ") != std::string::npos);
    CHECK(text.find("         Measurement Equations\n\n x1 = 1.00*F, Errorvar.= 1.00") != std::string::npos);
    CHECK(text.find(" x2 = 1.10*F") != std::string::npos);
    CHECK(text.find("Structural Equations") == std::string::npos);
    CHECK(text.find("Reduced Form Equations") == std::string::npos);  // indicators have no reduced form
    CHECK(text.find("         Variances of Independent Variables") != std::string::npos);
    CHECK(text.find("         LAMBDA\n") != std::string::npos);
    CHECK(text.find("Fitted Covariance Matrix") != std::string::npos);
}

// ---- on request: modification indices and residuals ----------------------------------------------------

namespace {

ModificationIndex mi_row(const std::string& lhs, Op op, const std::string& rhs, double mi) {
    return ModificationIndex{lhs, op, rhs, mi, 0.1 * mi, 0.01 * mi, 0.001 * mi};
}

}  // namespace

TEST_CASE("the text report lists the modification indices at or above the threshold, largest first") {
    ReportContext context = thesis_context();
    context.modification_indices = std::vector<ModificationIndex>{
        mi_row("KEPUASAN", Op::Regression, "BOR", 5.0), mi_row("F", Op::Loading, "x1", 12.5),
        mi_row("x2", Op::Covariance, "x1", 3.84), mi_row("x3", Op::Covariance, "x1", 3.83),
        mi_row("x4", Op::Covariance, "x1", kNaN), mi_row("x5", Op::Covariance, "x1", 5.0)};
    const std::string text = render_text_report(thesis_result(), context);
    CHECK(text.find("         Modification Indices\n\n"
                    " The Modification Indices Suggest to Add (MI >= 3.84, largest first)\n\n"
                    "  lhs       op  rhs      mi    epc  sepc.lv  sepc.all\n"
                    "  F         =~  x1   12.500  1.250    0.125     0.013\n"
                    "  KEPUASAN  ~   BOR   5.000  0.500    0.050     0.005\n"
                    "  x5        ~~  x1    5.000  0.500    0.050     0.005\n"
                    "  x2        ~~  x1    3.840  0.384    0.038     0.004\n"
                    "\n"
                    " 2 of 6 candidate parameters have MI < 3.84 and are not listed.\n") != std::string::npos);
    context.mi_min = 20;
    CHECK(render_text_report(thesis_result(), context)
              .find(" No modification index reaches 20 (6 candidate parameters).\n") != std::string::npos);
    context.modification_indices->clear();
    CHECK(render_text_report(thesis_result(), context).find(" No modification indices: ") != std::string::npos);
}

TEST_CASE("json modification indices keep the engine's order and every row, NaN as null") {
    ReportContext context = thesis_context();
    context.modification_indices =
        std::vector<ModificationIndex>{mi_row("x3", Op::Covariance, "x1", 1.0), mi_row("F", Op::Loading, "x1", kNaN)};
    context.mi_min = 100;  // the threshold is the text report's only
    const auto doc = nlohmann::ordered_json::parse(render_json_report(thesis_result(), context));
    const auto& mi = doc["modification_indices"];
    REQUIRE(mi.size() == 2);
    CHECK(mi[0]["lhs"] == "x3");
    CHECK(mi[0]["op"] == "~~");
    CHECK(mi[0]["mi"].get<double>() == doctest::Approx(1.0));
    CHECK(mi[0]["sepc_all"].get<double>() == doctest::Approx(0.001));
    CHECK(mi[1]["op"] == "=~");
    CHECK(mi[1]["mi"].is_null());
    std::vector<std::string> keys;
    for (auto it = mi[0].begin(); it != mi[0].end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"lhs", "op", "rhs", "mi", "epc", "sepc_lv", "sepc_all"});
}

TEST_CASE("a csv report of the mi table has the modification indices in the engine's order") {
    ReportContext context = thesis_context();
    context.modification_indices =
        std::vector<ModificationIndex>{mi_row("x3", Op::Covariance, "x1", 1.0), mi_row("F", Op::Loading, "x1", kNaN)};
    context.csv_table = CsvTable::ModificationIndices;
    const auto lines = lines_of(render_report(ReportFormat::Csv, thesis_result(), context));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "lhs,op,rhs,mi,epc,sepc_lv,sepc_all");
    CHECK(lines[1] == "x3,~~,x1,1,0.1,0.01,0.001");
    CHECK(lines[2] == "F,=~,x1,,,,");
    // The default table is the parameter table.
    CHECK(lines_of(render_report(ReportFormat::Csv, thesis_result(), thesis_context()))[0].rfind("lhs,op,rhs,label,", 0) == 0);
}

TEST_CASE("the residual sections print lower triangles in LISREL's variable order with their summaries") {
    const FitResult r = thesis_result();  // observed KEPUASAN, BOR, KUALITAS
    Residuals residuals;
    residuals.raw.resize(3, 3);
    residuals.raw << 0.0, 0.5, -1.5, 0.5, 0.0, 0.25, -1.5, 0.25, 0.0;
    residuals.correlation = residuals.raw;
    residuals.normalized = 2 * residuals.raw;
    residuals.standardized = residuals.raw;
    residuals.standardized(1, 0) = residuals.standardized(0, 1) = kNaN;
    ReportContext context = thesis_context();
    context.residuals = residuals;
    const std::string text = render_text_report(r, context);
    CHECK(text.find("         Fitted Residuals\n\n"
                    "           KEPUASAN        BOR   KUALITAS\n"
                    "           --------   --------   --------\n"
                    " KEPUASAN      0.00\n"
                    "      BOR      0.50       0.00\n"
                    " KUALITAS     -1.50       0.25       0.00\n"
                    "\n"
                    "         Summary Statistics for Fitted Residuals\n\n"
                    " Smallest Fitted Residual = -1.50\n"
                    "   Median Fitted Residual =  0.00\n"
                    "  Largest Fitted Residual =  0.50\n") != std::string::npos);
    // A value that could not be computed prints as "- -" and stays out of the summary.
    CHECK(text.find("      BOR       - -       0.00\n") != std::string::npos);
    CHECK(text.find("  Largest Standardized Residual =  0.25\n") != std::string::npos);
    CHECK(text.find(" Smallest Normalized Residual = -3.00\n") != std::string::npos);
    CHECK(text.find("Fitted Residuals") > text.find("Covariance Matrix of Y and X"));
    CHECK(text.find("Normalized Residuals") < text.find("Goodness of Fit Statistics"));

    const auto doc = nlohmann::json::parse(render_json_report(r, context));
    CHECK(doc["residuals"]["raw"]["names"] == nlohmann::json({"KEPUASAN", "BOR", "KUALITAS"}));
    CHECK(doc["residuals"]["normalized"]["matrix"][2][0].get<double>() == doctest::Approx(-3.0));
    CHECK(doc["residuals"]["standardized"]["matrix"][1][0].is_null());
    CHECK(doc["residuals"].contains("correlation"));
}

TEST_CASE("the text parameter table has CI, std_lv and std_all columns") {
    FitResult r = thesis_result();
    r.table.rows[0].std_lv = 0.38307;
    r.table.rows[0].ci = {0.27746, 0.48868};
    r.ci_level = 0.9;
    const std::string text = render_text_report(r, thesis_context());
    CHECK(text.find("  lhs       op  rhs       label      est      se       z      p          90% CI  std_lv  std_all\n") !=
          std::string::npos);
    CHECK(text.find("  KEPUASAN  ~   KUALITAS  a        0.383   0.054   7.109  0.001  [0.277, 0.489]   0.383    0.411\n") !=
          std::string::npos);
    // A free parameter without an interval (no SE) shows NA, as its z and p would.
    CHECK(text.find("  BOR       ~   KEPUASAN  b        0.022   0.008   2.714  0.001              NA") != std::string::npos);
}

TEST_CASE("the text report of an over-identified model prints LISREL's extras with LISREL's labels") {
    FitResult r = overidentified_result();
    r.fit.ncp = 53.25;
    r.fit.ncp_ci_lower = 32.1;
    r.fit.ncp_ci_upper = 81.9;
    r.fit.f0 = 0.2139;
    r.fit.aic_model = 64.25;
    r.fit.caic_saturated = 39.13;
    const std::string text = render_text_report(r, thesis_context());
    CHECK(text.find("Estimated Non-centrality Parameter (NCP) = 53.25\n") != std::string::npos);
    CHECK(text.find("90 Percent Confidence Interval for NCP = (32.10 ; 81.90)\n") != std::string::npos);
    CHECK(text.find("Population Discrepancy Function Value (F0) = 0.21\n") != std::string::npos);
    CHECK(text.find(" Model AIC = 64.25\n") != std::string::npos);
    CHECK(text.find(" Saturated CAIC = 39.13\n") != std::string::npos);
    // Measures that are NaN are left out, as every fit measure.
    CHECK(text.find("90 Percent Confidence Interval for F0") == std::string::npos);
    CHECK(text.find("ECVI for Saturated Model") == std::string::npos);
    CHECK(text.find("Akaike Information Criterion (-2logL + 2q) = 4915.62\n") != std::string::npos);
}

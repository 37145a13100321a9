// `jalur fit --format markdown`: APA-style tables whose numbers are the JSON report's, rounded as printed.
#include <cmath>
#include <doctest/doctest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/common/markdown_table.hpp"
#include "report/common/number_format.hpp"
#include "support/markdown_tables.hpp"
#include "support/run_jalur.hpp"

using jalur::testing::check_printed;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::markdown_table_rows;
using Json = nlohmann::ordered_json;

namespace {

const std::string kBor = std::string(JALUR_SOURCE_DIR) + "/examples/bor/model.yaml";
const std::string kPoldem = std::string(JALUR_SOURCE_DIR) + "/examples/sem_poldem/model.yaml";

struct Reports {
    Json json;
    std::string markdown;
};

Reports reports(const std::string& model) {
    const Run json = run_jalur({"fit", model, "--format", "json"});
    const Run markdown = run_jalur({"fit", model, "--format", "markdown"});
    REQUIRE(json.status == 0);
    REQUIRE(markdown.status == 0);
    CHECK(markdown.err.empty());
    return {Json::parse(json.out), markdown.out};
}

std::string without_marks(std::string text) {
    while (!text.empty() && text.back() == '*') text.pop_back();
    return text;
}

// The CI cell "[lower, upper]" against the estimate's ci_lower and ci_upper.
void check_interval(const std::string& cell, const Json& e) {
    CAPTURE(cell);
    REQUIRE(cell.size() > 2);
    REQUIRE(cell.front() == '[');
    REQUIRE(cell.back() == ']');
    const auto comma = cell.find(", ");
    REQUIRE(comma != std::string::npos);
    check_printed(cell.substr(1, comma - 1), e["ci_lower"], 0.0005);
    check_printed(cell.substr(comma + 2, cell.size() - comma - 3), e["ci_upper"], 0.0005);
}

// Estimate, SE, CI, t, p and Std. cells from column `first` on, against an estimate object of the JSON report.
// Without a p (a fixed parameter, or an effect along fixed paths only: SE 0) SE, CI, t and p are "—".
void check_estimate(const std::vector<std::string>& cells, std::size_t first, const Json& e) {
    const std::string est = cells[first];
    check_printed(without_marks(est), e["est"], 0.0005);
    check_printed(cells[first + 5], e["std_all"], 0.0005);
    if (e["pvalue"].is_null()) {
        CHECK(est == without_marks(est));
        for (std::size_t k = 1; k <= 4; ++k) CHECK(cells[first + k] == "—");
        return;
    }
    check_printed(cells[first + 1], e["se"], 0.0005);
    check_interval(cells[first + 2], e);
    check_printed(cells[first + 3], e["z"], 0.005);
    check_printed(cells[first + 4], e["pvalue"], 0.0005);
    CHECK(est.substr(without_marks(est).size()) == jalur::report::significance_marks(e["pvalue"].get<double>()));
}

}  // namespace

TEST_CASE("apa numbers: p without a leading zero, < .001, and the significance marks") {
    using namespace jalur::report;
    CHECK(apa_p_value(0.0231) == ".023");
    CHECK(apa_p_value(0.00099) == "< .001");
    CHECK(apa_p_value(0.001) == ".001");
    CHECK(apa_p_value(1.0) == "1.000");
    CHECK(apa_decimal(-0.2196) == "-.220");
    CHECK(apa_decimal(0.0004) == ".000");
    CHECK(apa_decimal(1.5, 2) == "1.50");
    CHECK(significance_marks(0.0499) == "*");
    CHECK(significance_marks(0.05) == "");
    CHECK(significance_marks(0.009) == "**");
    CHECK(significance_marks(0.0009) == "***");
    CHECK(significance_marks(std::nan("")) == "");
}

TEST_CASE("markdown tables escape what Markdown would read as emphasis or a cell border") {
    using namespace jalur::report;
    CHECK(markdown_text("c + a*b") == "c + a\\*b");
    CHECK(markdown_text("a|b_c") == "a\\|b\\_c");
    const std::string table = render_markdown_table({{"Name", "Value"}, {false, true}, {{"x", "1.00"}}});
    CHECK(table == "| Name | Value |\n|:-----|------:|\n| x    |  1.00 |\n\n");
    CHECK(render_markdown_table({{"Name"}, {false}, {}}).empty());
}

TEST_CASE("markdown parameter tables hold the json estimates with marks on significant ones") {
    for (const std::string& model : {kBor, kPoldem}) {
        CAPTURE(model);
        const Reports r = reports(model);
        std::map<std::string, std::vector<std::vector<std::string>>> tables;
        for (const char* title : {"Regressions", "Variances"}) tables[title] = markdown_table_rows(r.markdown, title);
        std::size_t regressions = 0, variances = 0;
        for (const Json& p : r.json["parameters"]) {
            if (p["op"] == "~") {
                const auto& cells = tables["Regressions"].at(regressions++);
                CHECK(cells[0] == p["lhs"]);
                CHECK(cells[1] == p["rhs"]);
                check_estimate(cells, 2, p);
            } else if (p["op"] == "~~" && p["lhs"] == p["rhs"]) {
                const auto& cells = tables["Variances"].at(variances++);
                CHECK(cells[0] == p["lhs"]);
                check_estimate(cells, 1, p);
            }
        }
        CHECK(regressions == tables["Regressions"].size());
        CHECK(variances == tables["Variances"].size());
        CHECK(r.markdown.find("*Note.* Std. = completely standardized estimate (std\\_all); a fixed parameter has no "
                              "SE, t or p. \\*p < .05. \\*\\*p < .01. \\*\\*\\*p < .001.") != std::string::npos);
    }
}

TEST_CASE("markdown: defined parameters, loadings with a fixed marker, effects and R² are the json's") {
    const Reports r = reports(kPoldem);
    const auto loadings = markdown_table_rows(r.markdown, "Factor loadings");
    REQUIRE(loadings.size() == 11);
    CHECK(loadings[0] == std::vector<std::string>{"ind60", "x1", "1.000", "—", "—", "—", "—", "0.920"});
    const auto defined = markdown_table_rows(r.markdown, "Defined parameters");
    REQUIRE(defined.size() == 2);
    CHECK(defined[1][1] == "c + a*b");
    for (const Json& p : r.json["parameters"])
        if (p["lhs"] == "total") check_estimate(defined[1], 2, p);

    const auto effects = markdown_table_rows(r.markdown, "Direct, indirect and total effects");
    using Part = std::pair<const char*, const char*>;
    std::size_t row = 0;
    for (const Json& e : r.json["effects"])
        for (const auto& [type, name] : {Part{"direct", "Direct effect"}, Part{"indirect", "Indirect effect"},
                                         Part{"total", "Total effect"}}) {
            if (e[type].is_null()) continue;
            const auto& cells = effects.at(row++);
            CHECK(cells[0] == e["from"]);
            CHECK(cells[1] == e["to"]);
            CHECK(cells[2] == name);
            check_estimate(cells, 3, e[type]);
        }
    CHECK(row == effects.size());

    const auto r2 = markdown_table_rows(r.markdown, "Explained variance (R²)");
    REQUIRE(r2.size() == r.json["r2"].size());
    std::size_t i = 0;
    for (const auto& [variable, value] : r.json["r2"].items()) {
        CHECK(r2[i][0] == variable);
        check_printed(r2[i++][1], value, 0.0005);
    }
}

TEST_CASE("markdown header and fit table give chi-square, CFI, TLI, RMSEA with its CI and SRMR in APA style") {
    const Reports r = reports(kPoldem);
    const Json& f = r.json["fit"];
    using jalur::report::apa_decimal;
    using jalur::report::apa_p_value;
    using jalur::report::fixed_number;
    const std::string fit_line =
        "χ²(" + std::to_string(f["df"].get<int>()) + ") = " + fixed_number(f["chisq"].get<double>(), 2) +
        ", p = " + apa_p_value(f["pvalue"].get<double>()) + "; CFI = " + apa_decimal(f["cfi"].get<double>()) +
        "; TLI = " + apa_decimal(f["tli"].get<double>()) + "; RMSEA = " + apa_decimal(f["rmsea"].get<double>()) +
        ", 90% CI [" + apa_decimal(f["rmsea_ci_lower"].get<double>()) + ", " +
        apa_decimal(f["rmsea_ci_upper"].get<double>()) + "]; SRMR = " + apa_decimal(f["srmr"].get<double>());
    CAPTURE(r.markdown.substr(0, 600));
    CHECK(r.markdown.rfind("# Political Democracy", 0) == 0);
    CHECK(r.markdown.find("Observations: N = 75  \n") != std::string::npos);
    CHECK(r.markdown.find("Estimator: ML (normal likelihood, n = 75 in χ² and SEs), converged") != std::string::npos);
    CHECK(r.markdown.find("Fit: " + fit_line + "\n") != std::string::npos);

    std::map<std::string, std::string> fit;
    for (const auto& cells : markdown_table_rows(r.markdown, "Goodness of fit")) fit[cells[0]] = cells[1];
    CHECK(fit["df"] == "35");
    check_printed(fit["χ²"], f["chisq"], 0.005);
    check_printed(fit["CFI"], f["cfi"], 0.0005);
    check_printed(fit["RMSEA"], f["rmsea"], 0.0005);
    check_printed(fit["SRMR"], f["srmr"], 0.0005);
    check_printed(fit["AIC"], f["aic"], 0.005);
    CHECK(fit["RMSEA 90% CI"] == "[" + apa_decimal(f["rmsea_ci_lower"].get<double>()) + ", " +
                                     apa_decimal(f["rmsea_ci_upper"].get<double>()) + "]");
    CHECK(r.markdown.back() == '\n');
    CHECK(r.markdown.substr(r.markdown.size() - 2) != "\n\n");
}

TEST_CASE("markdown of a saturated model says so under the fit table") {
    const Reports r = reports(kBor);
    CHECK(r.markdown.find("Fit: χ²(0) = 0.00") != std::string::npos);
    CHECK(r.markdown.find("The model is saturated (df = 0)") != std::string::npos);
}

// `jalur fit --format html`: the Political Democracy report opened in headless Chromium (Debian's chromium,
// which scripts/install-deps.sh installs). What the browser parsed must hold the summary, three inline
// diagrams, and the tables with the JSON report's numbers; the page must need nothing from the network.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/html_dom.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

namespace {

using jalur::testing::run_jalur;
using jalur::testing::strip_tags;
using jalur::testing::table_rows;
using jalur::testing::Scratch;
using jalur::testing::shell_quote;
using jalur::testing::source_path;

const char* const kChromium = "/usr/bin/chromium";

// Runs headless Chromium on the page with extra arguments; its standard output (the DOM for --dump-dom).
std::string chromium(const std::string& page, const std::string& arguments, const Scratch& scratch) {
    REQUIRE_MESSAGE(std::filesystem::exists(kChromium), "Debian's chromium is missing: run scripts/install-deps.sh");
    const std::string out = scratch.path("chromium.out");
    // No sandbox: CI runs as root. No network: --host-resolver-rules sends every host name nowhere.
    const std::string command = std::string(kChromium) +
                                " --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run "
                                "--host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir=" +
                                shell_quote(scratch.path("profile")) + " " + arguments + " " +
                                shell_quote("file://" + page) + " >" + shell_quote(out) + " 2>/dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    return jalur::testing::read_text(out);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A printed number against the JSON value: equal to within half the last printed digit. A p-value is printed
// as APA does (".007", "< .001").
void check_printed(const std::string& cell, const nlohmann::json& value, int decimals = 3) {
    CAPTURE(cell);
    if (value.is_null()) {
        CHECK(cell.empty());
        return;
    }
    REQUIRE_FALSE(cell.empty());
    if (cell == "< .001") {
        CHECK(value.get<double>() < 0.001);
        return;
    }
    CHECK(std::abs(std::stod(cell) - value.get<double>()) <= 0.5 * std::pow(10.0, -decimals) + 1e-9);
}

// A CI cell "[lower, upper]" against the estimate's ci_lower and ci_upper; empty without an interval.
void check_interval(const std::string& cell, const nlohmann::json& e) {
    CAPTURE(cell);
    if (e["ci_lower"].is_null()) {
        CHECK(cell.empty());
        return;
    }
    const auto comma = cell.find(", ");
    REQUIRE(comma != std::string::npos);
    REQUIRE(cell.front() == '[');
    REQUIRE(cell.back() == ']');
    check_printed(cell.substr(1, comma - 1), e["ci_lower"]);
    check_printed(cell.substr(comma + 2, cell.size() - comma - 3), e["ci_upper"]);
}

// The Political Democracy report as a file, as Chromium parsed it, and the JSON report of the same fit.
struct Report {
    Scratch scratch;
    std::string page, dom;
    nlohmann::json json;

    explicit Report(const std::vector<std::string>& extra = {}) : page(scratch.path("report.html")) {
        std::vector<std::string> args{"fit", source_path("examples/sem_poldem/model.yaml"), "--format", "html",
                                      "--output", page};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto run = run_jalur(args);
        REQUIRE(run.status == 0);
        CHECK(run.out.empty());
        dom = chromium(page, "--dump-dom", scratch);
        const auto report = run_jalur({"fit", source_path("examples/sem_poldem/model.yaml"), "--format", "json"});
        REQUIRE(report.status == 0);
        json = nlohmann::json::parse(report.out);
    }
};

}  // namespace

TEST_CASE("the HTML report of Political Democracy opens in Chromium with its summary, warnings, fit and three diagrams") {
    const Report r;
    REQUIRE(r.dom.find("<body>") != std::string::npos);
    for (const char* id : {"summary", "warnings", "fit", "diagrams", "parameters", "effects", "r2"}) {
        CAPTURE(id);
        CHECK(r.dom.find("id=\"" + std::string(id) + "\"") != std::string::npos);
    }
    CHECK(count(r.dom, "<svg") == 3);
    CHECK(count(r.dom, "Chi-Square=38.13, df=35, P-value=0.32918, RMSEA=0.035") == 3);  // each diagram's footer
    const std::string text = strip_tags(r.dom);
    for (const char* shown : {"Observations (N)", "75", "raw data", "Latent variables", "3: ind60, dem60, dem65",
                              "No warnings.", "Hu & Bentler (1999)", "Estimates", "Standardized solution", "T-values"})
        CHECK_MESSAGE(text.find(shown) != std::string::npos, std::string(shown));
}

TEST_CASE("the HTML report's parameter, effect, R² and fit tables hold the JSON report's numbers") {
    const Report r;
    std::map<std::string, const nlohmann::json*> parameters;
    for (const auto& p : r.json["parameters"])
        parameters[p["lhs"].get<std::string>() + " " + p["op"].get<std::string>() + " " + p["rhs"].get<std::string>()] = &p;
    std::map<std::string, double> r2;
    for (const auto& [name, value] : r.json["r2"].items()) r2[name] = value.get<double>();

    std::size_t parameter_rows = 0, effect_rows = 0, r2_rows = 0, fit_rows = 0;
    for (const auto& cells : table_rows(r.dom)) {
        if (cells.size() == 7 && parameters.count(cells[0])) {  // parameter, est, se, CI, t, p, std_all
            const auto& p = *parameters.at(cells[0]);
            for (auto [column, key] : {std::pair{1, "est"}, {2, "se"}, {4, "z"}, {5, "pvalue"}, {6, "std_all"}})
                check_printed(cells[column], p[key]);
            check_interval(cells[3], p);
            ++parameter_rows;
        } else if (cells.size() == 9) {  // from, to, kind, est, se, CI, t, p, std_all
            for (const auto& e : r.json["effects"]) {
                if (e["from"] != cells[0] || e["to"] != cells[1]) continue;
                const char* part = cells[2] == "Direct effect" ? "direct" : cells[2] == "Indirect effect" ? "indirect" : "total";
                // An effect along fixed paths only (SE 0, no p) shows its estimate and std_all alone.
                const bool tested = !e[part]["pvalue"].is_null();
                for (auto [column, key] : {std::pair{3, "est"}, {4, "se"}, {6, "z"}, {7, "pvalue"}, {8, "std_all"}})
                    if (tested || column == 3 || column == 8) check_printed(cells[column], e[part][key]);
                    else CHECK(cells[column].empty());
                if (tested) check_interval(cells[5], e[part]);
                else CHECK(cells[5].empty());
                ++effect_rows;
            }
        } else if (cells.size() == 2 && r2.count(cells[0])) {
            check_printed(cells[1], r2.at(cells[0]));
            ++r2_rows;
        } else if (cells.size() == 5) {  // measure, value, cut-off, source, met
            const std::map<std::string, std::string> keys{{"CFI", "cfi"}, {"TLI (NNFI)", "tli"}, {"RMSEA", "rmsea"},
                                                          {"SRMR", "srmr"}, {"GFI", "gfi"}, {"AIC", "aic"}};
            if (!keys.count(cells[0])) continue;
            check_printed(cells[1], r.json["fit"][keys.at(cells[0])], cells[0] == "AIC" ? 2 : 3);
            ++fit_rows;
        }
    }
    CHECK(parameter_rows == r.json["parameters"].size());
    CHECK(effect_rows >= r.json["effects"].size());
    CHECK(r2_rows == r2.size());
    CHECK(fit_rows == 6);
}

TEST_CASE("the HTML report is self-contained: no scripts, no links, nothing fetched") {
    const Report r;
    const std::string html = jalur::testing::read_text(r.page);
    for (const char* outside : {"<script", "<link", "<img", "src=", "@import", "url("}) CHECK_MESSAGE(html.find(outside) == std::string::npos, std::string(outside));
    // Graphviz writes xlink:href only for URLs a graph asks for; jalur's ask for none.
    CHECK(html.find("href=") == std::string::npos);
}

TEST_CASE("the HTML report in Indonesian has the thesis terms") {
    const Report r({"--lang", "id", "--validity", "--mi", "--residuals"});
    CHECK(r.dom.find("<html lang=\"id\">") != std::string::npos);
    const std::string text = strip_tags(r.dom);
    for (const char* term : {"Koefisien", "Galat baku", "Nilai-t", "Pengaruh langsung", "Pengaruh tidak langsung",
                             "Pengaruh total", "Diagram jalur", "Model dan data", "Reliabilitas komposit (CR)",
                             "Average Variance Extracted (AVE)", "Indeks modifikasi", "Residual terstandar"})
        CHECK_MESSAGE(text.find(term) != std::string::npos, std::string(term));
    CHECK(text.find("Direct effect") == std::string::npos);
}

TEST_CASE("Chromium draws the HTML report as a page the width of its window") {
    const Report r;
    const std::string png = r.scratch.path("page.png");
    chromium(r.page, "--window-size=1100,2400 --screenshot=" + shell_quote(png), r.scratch);
    const std::string bytes = jalur::testing::read_text(png);
    REQUIRE(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    const auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16) |
               (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    };
    CHECK(be32(16) == 1100u);  // IHDR width
    CHECK(be32(20) == 2400u);  // IHDR height
    CHECK(bytes.size() > 100000);  // a drawn page, not a blank one
}

TEST_CASE("the HTML report with --mi, --residuals or --validity has the section each asks for") {
    for (const std::string id : {"mi", "residuals", "validity"}) {  // the option's name is the section's id
        const auto run = run_jalur({"fit", source_path("examples/cfa_hs/model.yaml"), "--format", "html", "--" + id});
        CHECK(run.status == 0);
        CHECK(count(run.out, "<h2 id=") == 7 + 1);  // the seven of every report and the one asked for
        CHECK_MESSAGE(run.out.find("<h2 id=\"" + id + "\"") != std::string::npos, id);
    }
}

TEST_CASE("the HTML report's validity, modification index and residual sections hold the JSON report's numbers") {
    const Report r({"--validity", "--mi", "--residuals"});
    const auto run = run_jalur({"fit", source_path("examples/sem_poldem/model.yaml"), "--format", "json", "--validity",
                                "--mi", "--residuals"});
    REQUIRE(run.status == 0);
    const auto json = nlohmann::json::parse(run.out);
    const auto section = [&](const std::string& id) {  // the DOM from the section's heading to the next one
        const auto begin = r.dom.find("<h2 id=\"" + id + "\"");
        REQUIRE(begin != std::string::npos);
        return r.dom.substr(begin, r.dom.find("<h2", begin + 1) - begin);
    };
    for (auto [before, after] : {std::pair{"r2", "validity"}, {"validity", "mi"}, {"mi", "residuals"}})
        CHECK(r.dom.find("id=\"" + std::string(before) + "\"") < r.dom.find("id=\"" + std::string(after) + "\""));

    const auto& v = json["construct_validity"];
    const auto validity = table_rows(section("validity"));  // the factors, then the Fornell–Larcker rows, HTMT
    const std::size_t factors = v["factors"].size();
    REQUIRE(validity.size() == factors + factors + factors - 1);
    for (std::size_t i = 0; i < factors; ++i) {
        CHECK(validity[i][0] == v["factors"][i]["factor"]);
        for (auto [column, key] : {std::pair{2, "omega"}, {3, "composite_reliability"}, {4, "ave"}})
            check_printed(validity[i][column], v["factors"][i][key]);
        for (std::size_t j = 0; j < i; ++j) {
            check_printed(validity[factors + i][j + 1], v["factor_correlations"]["matrix"][i][j]);
            check_printed(validity[2 * factors + i - 1][j + 1], v["htmt"]["matrix"][i][j]);
        }
    }

    std::vector<nlohmann::json> listed;  // MI >= 3.84, largest first, as the report lists them
    for (const auto& m : json["modification_indices"])
        if (m["mi"].get<double>() >= 3.84) listed.push_back(m);
    std::stable_sort(listed.begin(), listed.end(), [](auto& a, auto& b) { return a["mi"] > b["mi"]; });
    const auto mi = table_rows(section("mi"));
    REQUIRE(mi.size() == listed.size());
    for (std::size_t k = 0; k < mi.size(); ++k) {
        const auto& m = listed[k];
        CHECK(mi[k][0] == m["lhs"].get<std::string>() + " " + m["op"].get<std::string>() + " " + m["rhs"].get<std::string>());
        for (auto [column, key] : {std::pair{1, "mi"}, {2, "epc"}, {3, "sepc_all"}}) check_printed(mi[k][column], m[key]);
    }

    const auto& z = json["residuals"]["standardized"]["matrix"];
    const auto residuals = table_rows(section("residuals"));
    REQUIRE(residuals.size() == z.size());
    std::size_t large = 0;
    for (std::size_t i = 0; i < z.size(); ++i)
        for (std::size_t j = 0; j <= i; ++j) {
            check_printed(residuals[i][j + 1], z[i][j]);
            large += std::abs(z[i][j].get<double>()) > 1.96;
        }
    CHECK(count(section("residuals"), "class=\"num large\"") == large);
}

// `jalur fit --format html`: the Political Democracy report opened in headless Chromium (Debian's chromium,
// which scripts/install-deps.sh installs). What the browser parsed must hold the summary, three inline
// diagrams, and the tables with the JSON report's numbers; the page must need nothing from the network.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

namespace {

using jalur::testing::run_jalur;
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

// The text a reader sees: tags dropped, the entities of html_escape (and Chromium's serialization) read back.
std::string strip_tags(const std::string& html) {
    std::string text;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag) text += c;
    }
    for (auto [entity, c] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::string(entity).size(), c);
    return text;
}

// The rows of every table in the DOM, each as the text of its cells.
std::vector<std::vector<std::string>> table_rows(const std::string& dom) {
    std::vector<std::vector<std::string>> rows;
    for (auto tr = dom.find("<tr>"); tr != std::string::npos; tr = dom.find("<tr>", tr + 1)) {
        const auto end = dom.find("</tr>", tr);
        const std::string row = dom.substr(tr, end - tr);
        std::vector<std::string> cells;
        for (auto td = row.find("<td"); td != std::string::npos; td = row.find("<td", td + 1)) {
            const auto open = row.find('>', td) + 1;
            cells.push_back(strip_tags(row.substr(open, row.find("</td>", open) - open)));
        }
        if (!cells.empty()) rows.push_back(std::move(cells));
    }
    return rows;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A printed number (3 decimals) against the JSON value: equal to within half the last printed digit.
void check_printed(const std::string& cell, const nlohmann::json& value) {
    CAPTURE(cell);
    if (value.is_null()) {
        CHECK(cell.empty());
        return;
    }
    REQUIRE_FALSE(cell.empty());
    CHECK(std::abs(std::stod(cell) - value.get<double>()) <= 0.0005 + 1e-9);
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
        if (cells.size() == 6 && parameters.count(cells[0])) {  // parameter, est, se, t, p, std_all
            const auto& p = *parameters.at(cells[0]);
            for (auto [column, key] : {std::pair{1, "est"}, {2, "se"}, {3, "z"}, {4, "pvalue"}, {5, "std_all"}})
                check_printed(cells[column], p[key]);
            ++parameter_rows;
        } else if (cells.size() == 8) {  // from, to, kind, est, se, t, p, std_all
            for (const auto& e : r.json["effects"]) {
                if (e["from"] != cells[0] || e["to"] != cells[1]) continue;
                const char* part = cells[2] == "Direct effect" ? "direct" : cells[2] == "Indirect effect" ? "indirect" : "total";
                for (auto [column, key] : {std::pair{3, "est"}, {4, "se"}, {5, "z"}, {6, "pvalue"}, {7, "std_all"}})
                    check_printed(cells[column], e[part][key]);
                ++effect_rows;
            }
        } else if (cells.size() == 2 && r2.count(cells[0])) {
            check_printed(cells[1], r2.at(cells[0]));
            ++r2_rows;
        } else if (cells.size() == 5) {  // measure, value, cut-off, source, met
            const std::map<std::string, std::string> keys{{"CFI", "cfi"}, {"TLI (NNFI)", "tli"}, {"RMSEA", "rmsea"},
                                                          {"SRMR", "srmr"}, {"GFI", "gfi"}, {"AIC", "aic"}};
            if (!keys.count(cells[0])) continue;
            check_printed(cells[1], r.json["fit"][keys.at(cells[0])]);
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
    const Report r({"--lang", "id"});
    CHECK(r.dom.find("<html lang=\"id\">") != std::string::npos);
    const std::string text = strip_tags(r.dom);
    for (const char* term : {"Koefisien", "Galat baku", "Nilai-t", "Pengaruh langsung", "Pengaruh tidak langsung",
                             "Pengaruh total", "Diagram jalur", "Model dan data"})
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

TEST_CASE("the HTML report with --mi, --residuals or --validity is a usage error") {
    for (const char* option : {"--mi", "--residuals", "--validity"}) {
        CAPTURE(option);
        const auto run = run_jalur({"fit", source_path("examples/bor/model.yaml"), "--format", "html", option});
        CHECK(run.status == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find("the html report has no modification indices") != std::string::npos);
    }
}

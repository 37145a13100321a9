// `jalur fit --format markdown --validity --mi --residuals`: the sections on request hold the JSON report's
// numbers, rounded as printed, in the rows the text report would list.
#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/common/number_format.hpp"
#include "support/markdown_tables.hpp"
#include "support/run_jalur.hpp"

using jalur::testing::check_printed;
using jalur::testing::markdown_table_rows;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using Json = nlohmann::ordered_json;

namespace {

const std::string kCfa = std::string(JALUR_SOURCE_DIR) + "/examples/cfa_hs/model.yaml";
const std::string kPoldem = std::string(JALUR_SOURCE_DIR) + "/examples/sem_poldem/model.yaml";

// The report of `model` in `format` with the extra options; the exit status must be 0.
std::string report(const std::string& model, const std::string& format, std::vector<std::string> extra) {
    std::vector<std::string> args{"fit", model, "--format", format};
    args.insert(args.end(), extra.begin(), extra.end());
    const Run run = run_jalur(args);
    CAPTURE(run.err);
    REQUIRE(run.status == 0);
    return run.out;
}

Json json_report(const std::string& model) {
    return Json::parse(report(model, "json", {"--validity", "--mi", "--residuals"}));
}

std::string unbolded(const std::string& cell) {
    return cell.size() > 4 && cell.rfind("**", 0) == 0 ? cell.substr(2, cell.size() - 4) : cell;
}

}  // namespace

TEST_CASE("markdown --validity: omega, CR, AVE, √AVE, Fornell–Larcker and HTMT of the HS CFA are the json's") {
    const Json v = json_report(kCfa)["construct_validity"];
    const std::string md = report(kCfa, "markdown", {"--validity"});
    const auto factors = markdown_table_rows(md, "Construct reliability and validity");
    REQUIRE(factors.size() == v["factors"].size());
    REQUIRE(factors.size() == 3);
    for (std::size_t i = 0; i < factors.size(); ++i) {
        const Json& f = v["factors"][i];
        const auto& cells = factors[i];
        CHECK(cells[0] == f["factor"]);
        std::string indicators;
        for (const auto& name : f["indicators"]) indicators += (indicators.empty() ? "" : ", ") + name.get<std::string>();
        CHECK(cells[1] == indicators);
        check_printed(cells[2], f["omega"], 0.0005);
        check_printed(cells[3], f["composite_reliability"], 0.0005);
        check_printed(cells[4], f["ave"], 0.0005);
        check_printed(cells[5], Json(std::sqrt(f["ave"].get<double>())), 0.0005);
        CHECK(cells[6] == (f["fornell_larcker_holds"].get<bool>() ? "holds" : "violated"));
    }
    const auto fornell_larcker = markdown_table_rows(md, "Fornell–Larcker criterion");
    const auto htmt = markdown_table_rows(md, "Heterotrait–monotrait ratio (HTMT)");
    REQUIRE(fornell_larcker.size() == 3);
    REQUIRE(htmt.size() == 2);  // below the diagonal: rows 2..3, columns 1..2
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j) {
            CAPTURE(i);
            CAPTURE(j);
            const std::string& cell = fornell_larcker[i][j + 1];
            if (j > i) CHECK(cell.empty());
            else if (j == i) check_printed(cell, Json(std::sqrt(v["factors"][i]["ave"].get<double>())), 0.0005);
            else check_printed(cell, v["factor_correlations"]["matrix"][i][j], 0.0005);
            if (i == 0 || j == 2) continue;
            if (j < i) check_printed(htmt[i - 1][j + 1], v["htmt"]["matrix"][i][j], 0.0005);
            else CHECK(htmt[i - 1][j + 1].empty());
        }
    for (const char* cited : {"CR ≥ .70 and AVE ≥ .50 (Fornell & Larcker, 1981; Hair et al., 2019)",
                              "below .85, or below .90", "Henseler, Ringle & Sarstedt, 2015"})
        CHECK_MESSAGE(md.find(cited) != std::string::npos, cited);
}

TEST_CASE("markdown --mi lists the json's MIs of at least --mi-min, largest first, with EPC and std. EPC") {
    const Json all = json_report(kCfa)["modification_indices"];
    for (const double min_mi : {3.84, 10.0}) {
        CAPTURE(min_mi);
        std::vector<Json> listed;
        for (const Json& m : all)
            if (!m["mi"].is_null() && m["mi"].get<double>() >= min_mi) listed.push_back(m);
        std::stable_sort(listed.begin(), listed.end(),
                         [](const Json& a, const Json& b) { return a["mi"].get<double>() > b["mi"].get<double>(); });
        REQUIRE_FALSE(listed.empty());
        const std::string md = report(kCfa, "markdown", {"--mi-min", jalur::report::fixed_number(min_mi, 2)});
        const auto rows = markdown_table_rows(md, "Modification indices");
        REQUIRE(rows.size() == listed.size());
        for (std::size_t k = 0; k < rows.size(); ++k) {
            CHECK(rows[k][0] == listed[k]["lhs"]);
            CHECK(rows[k][1] == listed[k]["op"]);
            CHECK(rows[k][2] == listed[k]["rhs"]);
            check_printed(rows[k][3], listed[k]["mi"], 0.005);
            check_printed(rows[k][4], listed[k]["epc"], 0.0005);
            check_printed(rows[k][5], listed[k]["sepc_all"], 0.0005);
        }
        const std::string threshold = min_mi == 10.0 ? "10" : "3.84";
        CHECK(md.find("Only MI ≥ " + threshold + ", largest first.") != std::string::npos);
        CHECK(md.find(std::to_string(all.size() - listed.size()) + " of " + std::to_string(all.size()) +
                      " candidate parameters have MI \\< " + threshold) != std::string::npos);
    }
    const std::string none = report(kCfa, "markdown", {"--mi-min", "1000"});
    CHECK(none.find("No modification index reaches 1000 (" + std::to_string(all.size()) + " candidate parameters).") !=
          std::string::npos);
}

TEST_CASE("markdown --residuals: Political Democracy's standardized residuals, large ones bold, the largest named") {
    const Json json = json_report(kPoldem);
    const Json& z = json["residuals"]["standardized"];
    const std::string md = report(kPoldem, "markdown", {"--validity", "--mi", "--residuals"});
    const auto rows = markdown_table_rows(md, "Standardized residuals");
    const std::size_t p = z["names"].size();
    REQUIRE(rows.size() == p);
    double largest = 0;
    std::string where;
    std::size_t large = 0, finite = 0;
    for (std::size_t i = 0; i < p; ++i) {
        CHECK(rows[i][0] == z["names"][i]);
        for (std::size_t j = 0; j < p; ++j) {
            CAPTURE(i);
            CAPTURE(j);
            const std::string& cell = rows[i][j + 1];
            if (j > i) {
                CHECK(cell.empty());
                continue;
            }
            const Json& value = z["matrix"][i][j];
            check_printed(unbolded(cell), value, 0.005);
            if (value.is_null()) continue;
            const double x = value.get<double>();
            CHECK((cell != unbolded(cell)) == (std::abs(x) > 1.96));
            large += std::abs(x) > 1.96;
            if (finite++ == 0 || std::abs(x) > std::abs(largest)) {
                largest = x;
                where = z["names"][i].get<std::string>() + " with " + z["names"][j].get<std::string>();
            }
        }
    }
    CHECK(md.find("Largest absolute standardized residual: " + jalur::report::fixed_number(largest, 2) + " (" + where +
                  "); " + std::to_string(large) + " of " + std::to_string(finite) + " beyond ±1.96.") !=
          std::string::npos);
    // After the fit, in the order validity, modification indices, residuals; the warnings (if any) last.
    const auto fit = md.find("## Goodness of fit"), validity = md.find("## Construct reliability and validity"),
               mi = md.find("## Modification indices"), residuals = md.find("## Standardized residuals");
    CHECK(fit < validity);
    CHECK(validity < mi);
    CHECK(mi < residuals);
    CHECK(residuals != std::string::npos);
}

TEST_CASE("markdown --validity --mi --residuals with --lang id: the thesis terms") {
    const std::string md = report(kPoldem, "markdown", {"--validity", "--mi", "--residuals", "--lang", "id"});
    for (const char* term : {"## Reliabilitas dan validitas konstruk", "Reliabilitas komposit (CR)",
                             "Average Variance Extracted (AVE)", "### Kriteria Fornell–Larcker",
                             "### Rasio heterotrait–monotrait (HTMT)", "## Indeks modifikasi", "EPC terstandar",
                             "perubahan yang diharapkan", "## Residual terstandar", "*Catatan.*"})
        CHECK_MESSAGE(md.find(term) != std::string::npos, term);
    for (const char* english : {"Composite reliability", "Modification indices", "Standardized residuals", "*Note.*"})
        CHECK_MESSAGE(md.find(english) == std::string::npos, english);
}

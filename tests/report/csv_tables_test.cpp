// `jalur fit --format csv --table NAME`: every table of a fit as CSV, checked against the JSON report of the
// same fit (10 significant digits against the JSON's full precision), and the option combinations that are
// usage errors.
#include <cmath>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/csv_rows.hpp"
#include "support/run_jalur.hpp"

using jalur::testing::csv_number;
using jalur::testing::csv_rows;
using jalur::testing::CsvRow;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using Json = nlohmann::ordered_json;

namespace {

const std::string kBor = std::string(JALUR_SOURCE_DIR) + "/examples/bor/model.yaml";
const std::string kPoldem = std::string(JALUR_SOURCE_DIR) + "/examples/sem_poldem/model.yaml";
const std::string kCfa = std::string(JALUR_SOURCE_DIR) + "/examples/cfa_hs/model.yaml";

Json json_report(const std::string& model, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"fit", model, "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const Run run = run_jalur(args);
    REQUIRE(run.status == 0);
    return Json::parse(run.out);
}

std::vector<CsvRow> csv_table(const std::string& model, const std::string& table) {
    const Run run = run_jalur({"fit", model, "--format", "csv", "--table", table});
    CAPTURE(run.err);
    REQUIRE(run.status == 0);
    return csv_rows(run.out);
}

// A CSV cell holds 10 significant digits of the JSON value; null is an empty cell.
void check_same(const std::string& cell, const Json& value) {
    CAPTURE(cell);
    CAPTURE(value.dump());
    if (value.is_null()) {
        CHECK(cell.empty());
        return;
    }
    const double expected = value.get<double>();
    CHECK(std::fabs(csv_number(cell) - expected) <= 1e-9 * std::fabs(expected));
}

}  // namespace

TEST_CASE("csv effects: one line per direct, indirect and total effect, as in the json report") {
    const Json doc = json_report(kBor);
    const auto rows = csv_table(kBor, "effects");
    REQUIRE(rows[0] == CsvRow{"from", "to", "type", "est", "se", "z", "pvalue", "std_all", "ci_lower", "ci_upper"});
    std::size_t line = 1;
    for (const Json& effect : doc["effects"])
        for (const char* type : {"direct", "indirect", "total"}) {
            if (effect[type].is_null()) continue;
            REQUIRE(line < rows.size());
            const CsvRow& row = rows[line++];
            CHECK(row[0] == effect["from"]);
            CHECK(row[1] == effect["to"]);
            CHECK(row[2] == type);
            const char* fields[] = {"est", "se", "z", "pvalue", "std_all", "ci_lower", "ci_upper"};
            for (std::size_t k = 0; k < 7; ++k) check_same(row[3 + k], effect[type][fields[k]]);
        }
    CHECK(line == rows.size());
    CHECK(line == 1 + 2 + 3 + 2);  // KUALITAS→BOR has all three parts, the other two effects no indirect part
}

TEST_CASE("csv r2 and reduced_form hold the json report's values") {
    const Json doc = json_report(kPoldem);
    const auto r2 = csv_table(kPoldem, "r2");
    REQUIRE(r2[0] == CsvRow{"variable", "r2"});
    REQUIRE(r2.size() == doc["r2"].size() + 1);
    std::size_t i = 1;
    for (const auto& [variable, value] : doc["r2"].items()) {
        CHECK(r2[i][0] == variable);
        check_same(r2[i++][1], value);
    }

    const auto reduced = csv_table(kBor, "reduced_form");
    REQUIRE(reduced[0] == CsvRow{"outcome", "from", "est", "se", "z", "pvalue", "std_all", "ci_lower", "ci_upper",
                                 "error_variance", "r2"});
    std::size_t line = 1;
    const Json bor = json_report(kBor);
    for (const Json& eq : bor["reduced_form"])
        for (const Json& term : eq["terms"]) {
            REQUIRE(line < reduced.size());
            const CsvRow& row = reduced[line++];
            CHECK(row[0] == eq["outcome"]);
            CHECK(row[1] == term["from"]);
            const char* fields[] = {"est", "se", "z", "pvalue", "std_all", "ci_lower", "ci_upper"};
            for (std::size_t k = 0; k < 7; ++k) check_same(row[2 + k], term[fields[k]]);
            check_same(row[9], eq["error_variance"]);
            check_same(row[10], eq["r2"]);
        }
    CHECK(line == reduced.size());
}

TEST_CASE("csv fit: every field of the json fit object, same names, same order") {
    const Json fit = json_report(kPoldem)["fit"];
    const auto rows = csv_table(kPoldem, "fit");
    REQUIRE(rows[0] == CsvRow{"measure", "value"});
    REQUIRE(rows.size() == fit.size() + 1);
    std::size_t i = 1;
    for (const auto& [name, value] : fit.items()) {
        CHECK(rows[i][0] == name);
        check_same(rows[i++][1], value);
    }
}

TEST_CASE("csv residuals: the lower triangle of the four json residual matrices, long form") {
    const Json residuals = json_report(kCfa, {"--residuals"})["residuals"];
    const auto rows = csv_table(kCfa, "residuals");  // --table residuals computes them without --residuals
    REQUIRE(rows[0] == CsvRow{"row", "col", "raw", "correlation", "normalized", "standardized"});
    const Json& names = residuals["raw"]["names"];
    REQUIRE(rows.size() == 1 + names.size() * (names.size() + 1) / 2);
    std::size_t line = 1;
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = 0; j <= i; ++j, ++line) {
            CHECK(rows[line][0] == names[i]);
            CHECK(rows[line][1] == names[j]);
            const char* kinds[] = {"raw", "correlation", "normalized", "standardized"};
            for (std::size_t k = 0; k < 4; ++k) check_same(rows[line][2 + k], residuals[kinds[k]]["matrix"][i][j]);
        }
}

TEST_CASE("csv validity and mi tables are computed when asked for and match the json report") {
    const Json doc = json_report(kCfa, {"--validity", "--mi"});
    const auto validity = csv_table(kCfa, "validity");
    REQUIRE(validity[0] ==
            CsvRow{"factor", "indicators", "omega", "composite_reliability", "ave", "fornell_larcker_holds"});
    const Json& factors = doc["construct_validity"]["factors"];
    REQUIRE(validity.size() == factors.size() + 1);
    for (std::size_t i = 0; i < factors.size(); ++i) {
        const CsvRow& row = validity[i + 1];
        CHECK(row[0] == factors[i]["factor"]);
        CHECK(row[1] == "x" + std::to_string(3 * i + 1) + " x" + std::to_string(3 * i + 2) + " x" +
                            std::to_string(3 * i + 3));
        check_same(row[2], factors[i]["omega"]);
        check_same(row[3], factors[i]["composite_reliability"]);
        check_same(row[4], factors[i]["ave"]);
        CHECK(row[5] == (factors[i]["fornell_larcker_holds"].get<bool>() ? "true" : "false"));
    }

    const auto mi = csv_table(kCfa, "mi");  // --table mi computes them without --mi
    REQUIRE(mi[0] == CsvRow{"lhs", "op", "rhs", "mi", "epc", "sepc_lv", "sepc_all"});
    REQUIRE(mi.size() == doc["modification_indices"].size() + 1);
    for (std::size_t i = 0; i < doc["modification_indices"].size(); ++i) {
        const Json& m = doc["modification_indices"][i];
        CHECK(mi[i + 1][0] == m["lhs"]);
        check_same(mi[i + 1][3], m["mi"]);
        check_same(mi[i + 1][4], m["epc"]);
    }
}

TEST_CASE("csv: --mi without --table is still the mi table, and --table parameters overrides it") {
    const Run mi = run_jalur({"fit", kBor, "--format", "csv", "--mi"});
    CHECK(mi.status == 0);
    CHECK(mi.out.rfind("lhs,op,rhs,mi,", 0) == 0);
    const Run parameters = run_jalur({"fit", kBor, "--format", "csv", "--mi", "--table", "parameters"});
    CHECK(parameters.status == 0);
    CHECK(parameters.out.rfind("lhs,op,rhs,label,free,", 0) == 0);
    const Run plain = run_jalur({"fit", kBor, "--format", "csv"});
    CHECK(plain.out == parameters.out);
}

TEST_CASE("fit: --table and --lang outside their formats are usage errors with a clear message") {
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"--table", "effects"}, "--table chooses the table of a CSV report; add --format csv"},
        {{"--format", "json", "--table", "fit"}, "--table chooses the table of a CSV report; add --format csv"},
        {{"--format", "markdown", "--table", "fit"}, "--table chooses the table of a CSV report; add --format csv"},
        {{"--format", "csv", "--table", "loadings"}, "unknown table 'loadings', expected parameters, effects, r2, "
                                                     "reduced_form, fit, mi, residuals, validity, wald or bootstrap"},
        {{"--format", "csv", "--table", ""}, "the value of --table is empty"},
        {{"--format", "csv", "--table", "fit", "--table", "r2"}, "--table"},
        {{"--format", "json", "--lang", "id"}, "--lang is for the text, markdown and html reports"},
        {{"--format", "csv", "--lang", "en"}, "--lang is for the text, markdown and html reports"},
        {{"--lang", "fr"}, "unknown language 'fr', expected en (English) or id (Indonesian)"},
        {{"--format", "markdown", "--lang", "ID"}, "unknown language 'ID'"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"fit", kBor};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const Run run = run_jalur(args);
        CAPTURE(c.message);
        CAPTURE(run.err);
        CHECK(run.status == 2);
        CHECK(run.out.empty());
        CHECK(run.err.rfind("jalur: error: ", 0) == 0);
        CHECK(run.err.find(c.message) != std::string::npos);
        CHECK(run.err.find("jalur help fit") != std::string::npos);
    }
}

TEST_CASE("fit: --mi, --validity and --residuals with --format markdown add their sections, no usage error") {
    using Section = std::pair<const char*, const char*>;
    for (auto [option, title] : {Section{"--mi", "## Modification indices\n"},
                                 Section{"--validity", "## Construct reliability and validity\n"},
                                 Section{"--residuals", "## Standardized residuals\n"}}) {
        const Run run = run_jalur({"fit", kBor, "--format", "markdown", option});
        CAPTURE(option);
        CAPTURE(run.err);
        CHECK(run.status == 0);
        CHECK(run.out.find(title) != std::string::npos);
    }
}

TEST_CASE("help fit names --table, --lang and the markdown format") {
    jalur::testing::check_command_help("fit", "Usage: jalur fit MODEL.yaml", {"table", "lang", "decimal-comma", "format"});
    const Run help = run_jalur({"help", "fit"});
    for (const char* part : {"markdown", "reduced_form", "validity", "Indonesian"})
        CHECK_MESSAGE(help.out.find(part) != std::string::npos, part);
}

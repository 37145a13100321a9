// `jalur crosstab` run as a user runs it, on small tables written here with known counts: the JSON fields and their
// values (from R, quoted next to each table; the tests never need R), SPSS value labels as level names, missing
// values, tables larger than 2x2, the warning for small expected counts, and bad command lines.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/json_report.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/text_checks.hpp"

using namespace jalur::testing;
using nlohmann::json;

namespace {

// A CSV with one row per respondent for the table `counts` (rows × columns of `row_levels` × `column_levels`), the
// cells interleaved so that no level comes in one block, plus `extra` lines as they are.
std::string table_csv(const std::vector<std::string>& row_levels, const std::vector<std::string>& column_levels,
                      const std::vector<std::vector<int>>& counts, const std::string& extra = "") {
    std::vector<std::vector<int>> left = counts;
    std::string csv = "id,rowvar,colvar\n";
    int id = 0;
    for (bool any = true; any;) {
        any = false;
        for (std::size_t i = 0; i < left.size(); ++i)
            for (std::size_t j = 0; j < left[i].size(); ++j)
                if (left[i][j] > 0) {
                    --left[i][j];
                    any = true;
                    csv += std::to_string(++id) + "," + row_levels[i] + "," + column_levels[j] + "\n";
                }
    }
    return csv + extra;
}

std::set<std::string> keys_of(const json& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items()) keys.insert(key);
    return keys;
}

}  // namespace

TEST_CASE("jalur crosstab: a 2x2 table gives Pearson, Yates, Fisher and Cramer's V as R computes them") {
    // R 4.2.2:
    //   x <- matrix(c(12, 7, 5, 16), 2)   # rows L, P; columns tidak, ya
    //   a <- chisq.test(x, correct = FALSE); b <- chisq.test(x); f <- fisher.test(x)
    //   sprintf("%.17g", c(a$statistic, a$p.value, b$statistic, b$p.value, sqrt(a$statistic / sum(x)),
    //                      min(a$expected), f$p.value))
    //   6.319891801114041  0.011939091377912265  4.8122864706523361  0.028257528526361309  0.39748873572448695
    //   8.0749999999999993  0.023836895850243994
    // By hand: chi-square = N (ad - bc)^2 / (r1 r2 c1 c2) = 40 * 157^2 / (17 * 23 * 19 * 21) = 985960 / 156009.
    Scratch scratch;
    const std::string data = scratch.write(
        "gender.csv", table_csv({"L", "P"}, {"tidak", "ya"}, {{12, 5}, {7, 16}}, "41,NA,ya\n42,P,\n43,.,tidak\n"));
    const json t = json_report({"crosstab", data, "--rows", "rowvar", "--cols", "colvar", "--format", "json"});
    CHECK(keys_of(t) == std::set<std::string>{"data", "rows", "cols", "row_levels", "col_levels", "n", "dropped",
                                              "observed", "expected", "chisq", "df", "pvalue", "chisq_yates",
                                              "pvalue_yates", "cramers_v", "min_expected", "fisher_pvalue"});
    CHECK(t["data"] == data);
    CHECK(t["rows"] == "rowvar");
    CHECK(t["cols"] == "colvar");
    CHECK(t["row_levels"] == json::array({"L", "P"}));
    CHECK(t["col_levels"] == json::array({"tidak", "ya"}));
    // Three respondents with a missing value (NA, empty, .) are left out and counted.
    CHECK(t["n"] == 40);
    CHECK(t["dropped"] == 3);
    CHECK(t["observed"] == json::parse("[[12, 5], [7, 16]]"));
    CHECK(t["expected"][0][0].get<double>() == doctest::Approx(8.075).epsilon(1e-12));
    CHECK(t["expected"][1][1].get<double>() == doctest::Approx(12.075).epsilon(1e-12));
    CHECK(t["df"] == 1);
    CHECK(t["chisq"].get<double>() == doctest::Approx(985960.0 / 156009.0).epsilon(1e-12));
    CHECK(t["chisq"].get<double>() == doctest::Approx(6.319891801114041).epsilon(1e-12));
    CHECK(t["pvalue"].get<double>() == doctest::Approx(0.011939091377912265).epsilon(1e-10));
    CHECK(t["chisq_yates"].get<double>() == doctest::Approx(4.8122864706523361).epsilon(1e-12));
    CHECK(t["pvalue_yates"].get<double>() == doctest::Approx(0.028257528526361309).epsilon(1e-10));
    CHECK(t["cramers_v"].get<double>() == doctest::Approx(0.39748873572448695).epsilon(1e-12));
    CHECK(t["min_expected"].get<double>() == doctest::Approx(8.075).epsilon(1e-12));
    CHECK(t["fisher_pvalue"].get<double>() == doctest::Approx(0.023836895850243994).epsilon(1e-10));

    const Run text = run_jalur({"crosstab", data, "--rows", "rowvar", "--cols", "colvar"});
    REQUIRE(text.status == 0);
    CHECK(text.err.empty());
    CHECK(contains(text.out, "(N = 40, 3 with a missing value left out)"));
    CHECK(contains(text.out, " Pearson chi-square = 6.3199, df = 1, p = 0.0119\n"));
    CHECK(contains(text.out, " With Yates' continuity correction: chi-square = 4.8123, p = 0.0283\n"));
    CHECK(contains(text.out, " Fisher's exact test (two-sided): p = 0.0238\n"));
    CHECK(contains(text.out, " Cramer's V = 0.3975\n"));
    CHECK_FALSE(contains(text.out, "Warning"));

    // CSV: one line per cell, as R's as.data.frame(table(...)).
    const Run csv = run_jalur({"crosstab", data, "--rows", "rowvar", "--cols", "colvar", "--format", "csv"});
    REQUIRE(csv.status == 0);
    const auto lines = lines_of(csv.out);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "rowvar,colvar,observed,expected");
    CHECK(lines[1] == "L,tidak,12,8.075");
    CHECK(lines[4] == "P,ya,16,12.075");
}

TEST_CASE("jalur crosstab: a 3x2 table has df 2 and no Yates correction or Fisher test") {
    // R 4.2.2:
    //   x <- matrix(c(10, 6, 4, 5, 9, 11), 3); a <- chisq.test(x, correct = FALSE)
    //   sprintf("%.17g", c(a$statistic, a$parameter, a$p.value, sqrt(a$statistic / sum(x)), min(a$expected)))
    //   5.04  2  0.080459606749532439  0.33466401061363021  6.666666666666667
    Scratch scratch;
    const std::string data =
        scratch.write("ward.csv", table_csv({"A", "B", "C"}, {"no", "yes"}, {{10, 5}, {6, 9}, {4, 11}}));
    const json t = json_report({"crosstab", data, "--rows", "rowvar", "--cols", "colvar", "--format", "json"});
    CHECK(t["row_levels"] == json::array({"A", "B", "C"}));
    CHECK(t["observed"] == json::parse("[[10, 5], [6, 9], [4, 11]]"));
    CHECK(t["df"] == 2);
    CHECK(t["chisq"].get<double>() == doctest::Approx(5.04).epsilon(1e-12));
    CHECK(t["pvalue"].get<double>() == doctest::Approx(0.080459606749532439).epsilon(1e-10));
    CHECK(t["cramers_v"].get<double>() == doctest::Approx(0.33466401061363021).epsilon(1e-12));
    CHECK(t["min_expected"].get<double>() == doctest::Approx(20.0 / 3).epsilon(1e-12));
    CHECK(t["chisq_yates"].is_null());
    CHECK(t["pvalue_yates"].is_null());
    CHECK(t["fisher_pvalue"].is_null());

    const Run text = run_jalur({"crosstab", data, "--rows", "rowvar", "--cols", "colvar"});
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, " Pearson chi-square = 5.0400, df = 2, p = 0.0805\n"));
    CHECK_FALSE(contains(text.out, "Yates"));
    CHECK_FALSE(contains(text.out, "Fisher"));
}

TEST_CASE("jalur crosstab: expected counts below 5 give a warning on standard error beside the JSON report") {
    // R 4.2.2:
    //   y <- matrix(c(3, 1, 1, 4), 2); a <- chisq.test(y, correct = FALSE); f <- fisher.test(y)
    //   sprintf("%.17g", c(a$statistic, min(a$expected), sum(a$expected < 5), f$p.value))
    //   2.7225000000000001  1.7777777777777777  4  0.20634920634920645
    Scratch scratch;
    const std::string data = scratch.write("small.csv", table_csv({"1", "2"}, {"1", "2"}, {{3, 1}, {1, 4}}));
    std::string err;
    const json t = json_report({"crosstab", data, "--rows", "rowvar", "--cols", "colvar", "--format", "json"}, &err);
    CHECK(t["chisq"].get<double>() == doctest::Approx(2.7225).epsilon(1e-12));
    CHECK(t["min_expected"].get<double>() == doctest::Approx(16.0 / 9).epsilon(1e-12));
    CHECK(t["fisher_pvalue"].get<double>() == doctest::Approx(0.20634920634920645).epsilon(1e-10));
    CHECK(err == "jalur: warning: 4 of 4 cells (100%) have an expected count below 5 (smallest 1.78); the chi-square "
                 "approximation may be poor, read Fisher's exact test\n");

    // The text report carries the warning itself and leaves standard error alone.
    const Run text = run_jalur({"crosstab", data, "--rows", "rowvar", "--cols", "colvar"});
    REQUIRE(text.status == 0);
    CHECK(text.err.empty());
    CHECK(contains(text.out, " Warning: 4 of 4 cells (100%) have an expected count below 5"));
    // Numbers are levels in numeric order: 10 after 2.
    const std::string numbers = scratch.write("numbers.csv", table_csv({"2", "10"}, {"a", "b"}, {{3, 4}, {5, 6}}));
    const json ordered =
        json_report({"crosstab", numbers, "--rows", "rowvar", "--cols", "colvar", "--format", "json"}, &err);
    CHECK(ordered["row_levels"] == json::array({"2", "10"}));
    CHECK(ordered["observed"] == json::parse("[[3, 4], [5, 6]]"));
}

TEST_CASE("jalur crosstab: numbers are levels by their value, so 1 and 1.0 are one level and close values two") {
    Scratch scratch;
    const std::string data = scratch.write("codes.csv", "x,y\n"
                                                        "0.1234561,a\n"
                                                        "0.1234562,b\n"
                                                        "0.1234561,a\n"
                                                        "0.1234562,b\n"
                                                        "1,a\n"
                                                        "1.0,b\n"
                                                        "1,b\n");
    std::string err;
    const json t = json_report({"crosstab", data, "--rows", "x", "--cols", "y", "--format", "json"}, &err);
    CHECK(t["row_levels"] == json::array({"0.1234561", "0.1234562", "1"}));
    CHECK(t["observed"] == json::parse("[[2, 0], [0, 2], [1, 2]]"));
}

TEST_CASE("jalur crosstab: SPSS value labels name the levels, and the CSV export gives the same counts by code") {
    const std::string sav = source_path("examples/servqual/survey.sav");
    const std::string csv = source_path("examples/servqual/survey.csv");
    const json labelled = json_report({"crosstab", sav, "--rows", "gender", "--cols", "payment", "--format", "json"});
    const json coded = json_report({"crosstab", csv, "--rows", "gender", "--cols", "payment", "--format", "json"});
    CHECK(labelled["row_levels"] == json::array({"Laki-laki", "Perempuan"}));
    CHECK(labelled["col_levels"] == json::array({"BPJS", "Umum"}));
    CHECK(coded["row_levels"] == json::array({"1", "2"}));
    CHECK(coded["col_levels"] == json::array({"1", "2"}));
    CHECK(labelled["n"] == 70);
    CHECK(labelled["observed"] == coded["observed"]);
    CHECK(labelled["chisq"] == coded["chisq"]);

    // A blank string answer in patients.sav (case 7) is missing; eight patients make small expected counts.
    std::string err;
    const json patients = json_report({"crosstab", source_path("tests/fixtures/survey/patients.sav"), "--rows",
                                       "gender", "--cols", "education", "--format", "json"},
                                      &err);
    CHECK(starts_with(err, "jalur: warning: 10 of 10 cells (100%) have an expected count below 5"));
    CHECK(patients["n"] == 7);
    CHECK(patients["dropped"] == 1);
    CHECK(patients["row_levels"] == json::array({"Laki-laki", "Perempuan"}));

    const Run text = run_jalur({"crosstab", sav, "--rows", "education", "--cols", "satisfied"});
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, "   education \\ satisfied"));
    for (const char* level : {"SD", "SMP", "SMA", "Perguruan tinggi", "tidak", "ya"}) CHECK(contains(text.out, level));
}

TEST_CASE("jalur crosstab: a bad command line or variable exits with 2 or 3 and prints no table") {
    Scratch scratch;
    const std::string data =
        scratch.write("d.csv", table_csv({"L", "P"}, {"tidak", "ya"}, {{3, 4}, {5, 6}}, "19,L,NA\n20,P,\n"));
    const std::string constant = scratch.write("constant.csv", "id,one,two\n1,x,a\n2,x,b\n3,x,a\n4,,b\n");
    const std::string missing = scratch.write("missing.csv", "id,one,two\n1,NA,a\n2,,b\n3,x,.\n");
    const struct {
        std::vector<std::string> args;
        int status;
        std::string prefix;  // after "jalur: error: "
        std::string message;
    } cases[] = {
        {{data, "--cols", "colvar"}, 2, "", "give both --rows VAR and --cols VAR"},
        {{data, "--rows", "rowvar"}, 2, "", "give both --rows VAR and --cols VAR"},
        {{data, "--rows", "colvar", "--cols", "colvar"}, 2, "", "--rows and --cols name the same variable colvar"},
        {{data, "--rows", "", "--cols", "colvar"}, 2, "", "the value of --rows is empty"},
        {{data, "--rows", "rowvar", "--cols", "colvar", "--format", "pdf"}, 2, "", "unknown format 'pdf'"},
        {{data, "--rows", "rowvar", "--cols", "colvar", "--format", "json", "--lang", "id"}, 2, "",
         "--lang is for the text, markdown and html reports"},
        {{data, "--rows", "rowvar", "--cols", "colvar", "--format", "csv", "--decimal-comma"}, 2, "",
         "--decimal-comma is for the text, markdown and html reports"},
        {{"--rows", "rowvar", "--cols", "colvar"}, 2, "", "missing data file"},
        {{data, "--rows", "gender", "--cols", "colvar"}, 3, data + ": ",
         "no variable 'gender' in the data, expected one of id, rowvar, colvar."},
        {{data, "--rows", "rowvar", "--cols", "Colvar"}, 3, data + ": ", "no variable 'Colvar'"},
        {{constant, "--rows", "one", "--cols", "two"}, 3, constant + ": ",
         "variable one has 1 value among the respondents, expected at least 2 to cross-tabulate."},
        {{constant, "--rows", "two", "--cols", "one"}, 3, constant + ": ", "variable one has 1 value"},
        {{missing, "--rows", "one", "--cols", "two"}, 3, missing + ": ", "variable one has 0 value"},
        {{scratch.path("none.csv"), "--rows", "a", "--cols", "b"}, 3, scratch.path("none.csv"), ""},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args{"crosstab"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        args.insert(args.end(), {"--output", scratch.path("table.txt")});
        check_refused(run_jalur(args), c.status, c.prefix, c.message, "crosstab");
        CHECK_FALSE(std::filesystem::exists(scratch.path("table.txt")));
    }
}

TEST_CASE("jalur crosstab: help crosstab and crosstab --help print its usage and options") {
    jalur::testing::check_command_help("crosstab", "Usage: jalur crosstab DATA", {"rows", "cols", "format", "output", "lang", "decimal-comma"});
}

TEST_CASE("jalur crosstab --format markdown: counts with expected counts and the tests as APA writes them") {
    const std::string survey = source_path("examples/servqual/survey.sav");
    const Run r = run_jalur({"crosstab", survey, "--rows", "gender", "--cols", "satisfied", "--format", "markdown"});
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    CHECK(starts_with(r.out, "# Crosstab of gender by satisfied\n"));
    CHECK(contains(r.out, "| Laki-laki           | 10 (9.0) | 23 (24.0) |    33 |\n"));
    CHECK(contains(r.out, "Pearson's χ²(1, N = 70) = 0.32, p = .574; with Yates' continuity correction "
                          "χ²(1, N = 70) = 0.09, p = .770; Fisher's exact test (two-sided) p = .601; Cramér's V = "
                          ".067.\n"));
}

TEST_CASE("jalur crosstab --lang id --decimal-comma: Indonesian labels, 0,3153, and semicolons between numbers") {
    const std::string survey = source_path("examples/servqual/survey.sav");
    const Run text = run_jalur({"crosstab", survey, "--rows", "gender", "--cols", "satisfied", "--lang", "id",
                                "--decimal-comma"});
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, " jalur crosstab: gender menurut satisfied\n"));
    CHECK(contains(text.out, "     frek. harapan       9,0  24,0\n"));
    CHECK(contains(text.out, " Chi-square Pearson = 0,3153; df = 1; p = 0,5745\n"));
    CHECK(contains(text.out, " V Cramer = 0,0671\n"));
    const Run html = run_jalur({"crosstab", survey, "--rows", "gender", "--cols", "satisfied", "--lang", "id",
                                "--decimal-comma", "--format", "html"});
    REQUIRE(html.status == 0);
    CHECK(starts_with(html.out, "<!DOCTYPE html>\n<html lang=\"id\">"));
    CHECK(contains(html.out, "<td class=\"num\">10 (9,0)</td>"));
    CHECK(contains(html.out, "χ²(1, N = 70) = 0,32; p = 0,574;"));
}

TEST_CASE("jalur crosstab: small expected counts are warned about inside the Markdown report, in its language") {
    jalur::testing::Scratch scratch;
    const std::string data = scratch.write("t.csv", table_csv({"a", "b"}, {"x", "y"}, {{3, 1}, {1, 3}}));
    const Run r = run_jalur({"crosstab", data, "--rows", "rowvar", "--cols", "colvar", "--format", "markdown",
                             "--lang", "id"});
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "Peringatan: 4 dari 4 sel (100%) memiliki frekuensi harapan di bawah 5 (terkecil 2.00); "
                          "pendekatan chi-square mungkin kurang tepat, bacalah uji eksak Fisher."));
    CHECK(r.err.empty());
}

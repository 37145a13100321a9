// --lang: the catalogue of report labels, and the text and Markdown reports of the examples in Indonesian.
#include <doctest/doctest.h>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "report/common/fit_measure_catalogue.hpp"
#include "report/common/report_language.hpp"
#include "support/run_jalur.hpp"

using namespace jalur::report;
using jalur::testing::Run;
using jalur::testing::contains;
using jalur::testing::lines_of;
using jalur::testing::run_jalur;

namespace {

const std::string kExamples = std::string(JALUR_SOURCE_DIR) + "/examples/";

std::size_t fields_in(std::string_view text) {
    std::size_t count = 0;
    for (auto at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2)) ++count;
    return count;
}

// The pieces of an English label between its "{}" fields that are long enough to be recognised in a
// report: several words, so that a variable name or a short word (est, Note) is no false alarm.
std::vector<std::string> recognisable_pieces(std::string_view english) {
    std::vector<std::string> pieces;
    std::size_t begin = 0;
    for (std::size_t at; begin <= english.size(); begin = at + 2) {
        at = english.find("{}", begin);
        if (at == std::string_view::npos) at = english.size();
        std::string piece(english.substr(begin, at - begin));
        if (piece.size() >= 12 && piece.find(' ', 1) != std::string::npos && piece.find(' ', 1) + 1 < piece.size())
            pieces.push_back(piece);
        if (at == english.size()) break;
    }
    return pieces;
}

// A report in Indonesian shows no recognisable piece of an English label, except one its translation shares
// ("jalur crosstab: " is in both languages' title).
void check_no_english_label(const std::string& report) {
    for (const auto& [english, indonesian] : label_catalogue()) {
        if (english == indonesian) continue;
        for (const std::string& piece : recognisable_pieces(english))
            if (indonesian.find(piece) == std::string_view::npos)
                CHECK_MESSAGE(report.find(piece) == std::string::npos, piece);
    }
}

}  // namespace

TEST_CASE("report languages are en and id and nothing else") {
    CHECK(parse_language("en") == Language::English);
    CHECK(parse_language("id") == Language::Indonesian);
    CHECK_FALSE(parse_language("ID"));
    CHECK_FALSE(parse_language("indonesian"));
    CHECK_FALSE(parse_language(""));
}

TEST_CASE("the label catalogue: each English label once, translated, with the same fields") {
    std::set<std::string_view> seen;
    for (const auto& [english, indonesian] : label_catalogue()) {
        CAPTURE(english);
        CHECK(seen.insert(english).second);
        CHECK_FALSE(indonesian.empty());
        CHECK(fields_in(english) == fields_in(indonesian));
        CHECK(label(Language::English, english) == english);
        CHECK(label(Language::Indonesian, english) == indonesian);
    }
    CHECK(seen.size() > 100);
}

TEST_CASE("a label missing from the catalogue is a bug caught in either language") {
    CHECK_THROWS_AS(label(Language::Indonesian, "Not A Label"), std::logic_error);
    CHECK_THROWS_AS(label(Language::English, "Not A Label"), std::logic_error);
}

TEST_CASE("the thesis terms: Koefisien, Galat baku, Nilai-t and the three kinds of effect") {
    const auto id = [](std::string_view english) { return std::string(label(Language::Indonesian, english)); };
    CHECK(id("Estimate") == "Koefisien");
    CHECK(id("SE") == "Galat baku");
    CHECK(id("t") == "Nilai-t");
    CHECK(id("Direct effect") == "Pengaruh langsung");
    CHECK(id("Indirect effect") == "Pengaruh tidak langsung");
    CHECK(id("Total effect") == "Pengaruh total");
    CHECK(id("Structural Equations") == "Persamaan struktural");
    CHECK(id("Reduced Form Equations") == "Persamaan bentuk tereduksi");
    CHECK(id("Goodness of fit") == "Kecocokan model (Goodness of Fit)");
    CHECK(id("Warnings") == "Peringatan");
    CHECK(id("Observations") == "Jumlah observasi");
    CHECK(id("Note") == "Catatan");
    CHECK(format_label(Language::Indonesian, "Number of Iterations = {}", 7) == "Jumlah iterasi = 7");
}

TEST_CASE("every report of the three examples in Indonesian: no English label left, the thesis terms there") {
    for (const char* example : {"bor", "cfa_hs", "sem_poldem"}) {
        const std::string model = kExamples + example + "/model.yaml";
        for (const std::string format : {"text", "markdown", "html"}) {
            CAPTURE(example);
            CAPTURE(format);
            // Both reports with every optional section: residuals, validity, modification indices.
            const std::vector<std::string> args{"fit", model, "--format", format, "--lang", "id",
                                                "--mi", "--residuals", "--validity"};
            const Run run = run_jalur(args);
            CAPTURE(run.err);
            REQUIRE(run.status == 0);
            check_no_english_label(run.out);
            for (const char* term : {"Koefisien", "Galat baku", "Nilai-t"})
                CHECK_MESSAGE(run.out.find(term) != std::string::npos, term);
            if (std::string(example) != "cfa_hs")  // a CFA has no structural effects
                for (const char* term : {"Pengaruh total", "Pengaruh tidak langsung"})
                    CHECK_MESSAGE(run.out.find(term) != std::string::npos, term);
        }
    }
    // The text report shows no direct effects of their own (LISREL's structural equations are them); the
    // Markdown effects table names all three.
    const Run markdown = run_jalur({"fit", kExamples + "bor/model.yaml", "--format", "markdown", "--lang", "id"});
    CHECK(markdown.out.find("| Pengaruh langsung ") != std::string::npos);
    CHECK(markdown.out.find("| Pengaruh tidak langsung ") != std::string::npos);
    CHECK(markdown.out.find("| Pengaruh total ") != std::string::npos);
    CHECK(markdown.out.find("Jumlah observasi: N = 250") != std::string::npos);
}

TEST_CASE("--lang en is the default: the same text report byte for byte") {
    const std::string model = kExamples + "sem_poldem/model.yaml";
    CHECK(run_jalur({"fit", model, "--lang", "en"}).out == run_jalur({"fit", model}).out);
}

TEST_CASE("a robust fit in Indonesian: the fit measures' names, the scaled test and the 90% interval translated") {
    // The HTML table of measures said "RMSEA 90% CI upper" and the fit line "(scaled)" and "90% CI".
    const std::string model = kExamples + "cfa_hs/model.yaml";
    for (const std::string format : {"markdown", "html"}) {
        CAPTURE(format);
        const Run run = run_jalur({"fit", model, "--estimator", "MLR", "--format", format, "--lang", "id"});
        REQUIRE(run.status == 0);
        for (const FitMeasureEntry& entry : fit_measure_catalogue()) {
            if (entry.symbol_indonesian.empty() || entry.symbol.find(' ') == std::string_view::npos) continue;
            CAPTURE(entry.symbol);
            CHECK(run.out.find(std::string(entry.symbol)) == std::string::npos);
        }
        const std::string less = format == "html" ? "&lt;" : "<";
        CHECK(run.out.find("(terskala), p " + less + " .001") != std::string::npos);
        CHECK(run.out.find("IK 90% [.072, .114]") != std::string::npos);
        CHECK(run.out.find("90% CI") == std::string::npos);
    }
}

TEST_CASE("jalur fit --decimal-comma: 0,383 and intervals split by a semicolon in text, Markdown and HTML, the same report otherwise") {
    const std::string model = kExamples + "bor/model.yaml";
    const Run comma = run_jalur({"fit", model, "--format", "markdown", "--lang", "id", "--decimal-comma"});
    REQUIRE(comma.status == 0);
    CHECK(contains(comma.out, "| KEPUASAN         | KUALITAS  | 0,383\\*\\*\\* |      0,054 | [0,277; 0,489] |    7,11 "
                              "| < 0,001 |      0,411 |\n"));
    CHECK(contains(comma.out, "RMSEA = 0,000, IK 90% [0,000; 0,000]"));
    const Run text = run_jalur({"fit", model, "--decimal-comma"});
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, " KEPUASAN = 0,38*KUALITAS, Errorvar.= 134,49, R² = 0,17\n"));
    CHECK(contains(text.out, "(P = 1,00)"));
    CHECK_FALSE(contains(text.out, "0.38"));
    // The same lines: only the numbers' marks change.
    const Run plain = run_jalur({"fit", model});
    REQUIRE(plain.status == 0);
    CHECK(lines_of(text.out).size() == lines_of(plain.out).size());
    const Run html = run_jalur({"fit", model, "--format", "html", "--decimal-comma"});
    REQUIRE(html.status == 0);
    CHECK(contains(html.out, "0,383"));
}

TEST_CASE("jalur fit: --decimal-comma with JSON or CSV is a usage error that writes nothing") {
    for (const char* format : {"json", "csv"}) {
        const Run r = run_jalur({"fit", kExamples + "bor/model.yaml", "--format", format, "--decimal-comma"});
        CAPTURE(format);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "--decimal-comma is for the text, markdown and html reports; json and csv keep the "
                              "decimal point for the programs that read them"));
    }
}

TEST_CASE("every report of the questionnaire commands in Indonesian: no English label left, in every format") {
    const std::string survey = kExamples + "servqual/";
    const std::vector<std::vector<std::string>> commands{
        {"items", survey + "study.yaml"},
        {"servqual", survey + "survey.csv", "--range", "1-5", "--dimension", "tan=tan1..tan3", "--dimension",
         "rel=rel1..rel3", "--dimension", "res=res1..res3", "--dimension", "ass=ass1..ass3", "--dimension",
         "emp=emp1..emp3"},
        {"servqual", survey + "survey.csv"},  // without dimensions: the note that says so
        {"crosstab", survey + "survey.sav", "--rows", "gender", "--cols", "satisfied"},
        {"scores", survey + "study.yaml", "--id", "respondent"},
    };
    for (const auto& command : commands)
        for (const char* format : {"text", "markdown", "html"}) {
            CAPTURE(command[0]);
            CAPTURE(format);
            std::vector<std::string> args = command;
            args.insert(args.end(), {"--format", format, "--lang", "id"});
            const Run run = run_jalur(args);
            CAPTURE(run.err);
            REQUIRE(run.status == 0);
            check_no_english_label(run.out);
        }
}

// --lang id: the engine's warnings and notes in the reports, through the catalogue of message patterns.
#include <doctest/doctest.h>
#include <set>
#include <string>
#include <vector>

#include "report/common/report_messages.hpp"
#include "support/run_jalur.hpp"

using namespace jalur::report;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;

namespace {

std::vector<std::string> pieces(std::string_view pattern) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (std::size_t at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}", begin)) {
        out.emplace_back(pattern.substr(begin, at - begin));
        begin = at + 2;
    }
    out.emplace_back(pattern.substr(begin));
    return out;
}

// The pattern with its fields filled by "F1", "F2", ... (names no pattern translates).
std::string filled(std::string_view pattern) {
    const std::vector<std::string> parts = pieces(pattern);
    std::string out = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) out += "F" + std::to_string(i) + parts[i];
    return out;
}

// A fit's report in Indonesian must not show an English message's longer pieces.
void check_no_english_message(const std::string& report) {
    for (const auto& [english, indonesian] : message_catalogue())
        for (const std::string& piece : pieces(english))
            if (piece.size() >= 20) CHECK_MESSAGE(report.find(piece) == std::string::npos, piece);
}

}  // namespace

TEST_CASE("each message pattern once, with the same fields in both languages") {
    std::set<std::string_view> seen;
    for (const auto& [english, indonesian] : message_catalogue()) {
        CAPTURE(english);
        CHECK(seen.insert(english).second);
        CHECK(pieces(english).size() == pieces(indonesian).size());
        CHECK(english != indonesian);
    }
}

TEST_CASE("every message pattern is found and filled, and no other pattern takes its messages") {
    for (const auto& [english, indonesian] : message_catalogue()) {
        CAPTURE(english);
        CHECK(report_message(Language::Indonesian, filled(english)) == filled(indonesian));
        CHECK(report_message(Language::English, filled(english)) == filled(english));
    }
}

TEST_CASE("a message's fields are translated when they are phrases, and a field may hold a piece's words") {
    CHECK(report_message(Language::Indonesian,
                         "the covariance matrix of the latent variables (PSI/PHI) is not positive definite (smallest "
                         "eigenvalue -0.1): the solution is not admissible") ==
          "matriks kovarians variabel laten (PSI/PHI) tidak definit positif (nilai eigen terkecil -0.1): solusi tidak "
          "dapat diterima");
    CHECK(report_message(Language::Indonesian,
                         "the estimate of defined parameter d is not a number: its standard error, z and p are not "
                         "available") == "estimasi parameter turunan d bernilai bukan bilangan: galat baku, z, dan p-nya "
                                         "tidak tersedia");
    // A variable named "is" in "the correlation of {} and {} is {}": the first place of " is " is in the name.
    CHECK(report_message(Language::Indonesian, "the correlation of a and is is 1.2, outside [-1, 1]") ==
          "korelasi a dan is bernilai 1.2, di luar [-1, 1]");
    // What the catalogue does not know stays as it is.
    CHECK(report_message(Language::Indonesian, "something new") == "something new");
}

TEST_CASE("the engine's warnings and the listwise note in Indonesian in the text, Markdown and HTML reports") {
    Scratch scratch;
    // One factor with r12 r13 / r23 = 1.28 > 1: x1's residual variance is negative (a Heywood case), and
    // Θ is not positive definite; d = a/0 is not finite.
    const std::string heywood = scratch.write(
        "heywood.yaml",
        "data:\n  covariance:\n    names: [x1, x2, x3]\n    lower:\n      - [1]\n      - [0.8, 1]\n"
        "      - [0.8, 0.5, 1]\n  n: 200\nmodel:\n  latent:\n    F: [x1, a*x2, x3]\n  defined:\n    d: a/0\n");
    scratch.write("cases.csv", "x,y,z\n1,2,4\n2,1,3\n4,3,NA\n3,5,1\n5,3,2\n2,2,5\n4,4,1\n1,5,3\n");
    const std::string listwise =
        scratch.write("listwise.yaml", "data:\n  file: cases.csv\nmodel:\n  regressions:\n    z: [x, y]\n");
    for (const std::string format : {"text", "markdown", "html"}) {
        CAPTURE(format);
        const Run english = run_jalur({"fit", heywood, "--format", format});
        CAPTURE(english.err);
        REQUIRE(english.status == 0);
        CHECK(english.out.find("is negative") != std::string::npos);
        const Run run = run_jalur({"fit", heywood, "--format", format, "--lang", "id"});
        REQUIRE(run.status == 0);
        CHECK(run.out.find("negatif") != std::string::npos);
        CHECK(run.out.find("kasus Heywood") != std::string::npos);
        CHECK(run.out.find("residual variabel teramati (THETA) tidak definit positif") != std::string::npos);
        CHECK(run.out.find("estimasi parameter turunan d bernilai +infinity") != std::string::npos);
        check_no_english_message(run.out);

        const Run dropped = run_jalur({"fit", listwise, "--format", format, "--lang", "id"});
        REQUIRE(dropped.status == 0);
        CHECK(dropped.out.find("1 baris dengan data hilang dibuang (penghapusan listwise)") != std::string::npos);
        check_no_english_message(dropped.out);
    }
    // The JSON report keeps the engine's English, for machines (it takes no --lang).
    const Run json = run_jalur({"fit", heywood, "--format", "json"});
    CHECK(json.out.find("is negative (-0.28") != std::string::npos);
}

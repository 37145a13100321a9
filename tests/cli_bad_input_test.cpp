// Every class of bad input, run through the built jalur as a user would: exit code 3 (input error), one
// "jalur: error: FILE:LINE:COLUMN: …" line that names the problem, and nothing on standard output.
#include <doctest/doctest.h>
#include <string>

#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/thesis_spec.hpp"

using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;

namespace {

const char* const kData = jalur::testing::kThesisData;

struct BadInput {
    const char* what;
    std::string spec;
    const char* location;  // expected "line:column" after the file name
    const char* message;   // a part of the message
};

// Specs whose data section is kData (lines 1–8) put their model from line 9 on.
std::string with_data(const std::string& model) { return kData + model; }

const BadInput kCases[] = {
    {"unknown top-level key", with_data("model:\n  regressions:\n    BOR: [KUALITAS]\nestimaton: {}\n"), ":12:1:",
     "unknown key 'estimaton'"},
    {"unknown variable", with_data("model:\n  regressions:\n    BOR: [b*KEPUASN]\n"), ":11:13:",
     "'KEPUASN' is not in the data"},
    {"duplicate path", with_data("model:\n  regressions:\n    BOR: [KUALITAS, c*KUALITAS]\n"), ":11:21:",
     "duplicate path BOR ~ KUALITAS"},
    {"malformed term", with_data("model:\n  regressions:\n    BOR: [c**KUALITAS]\n"), ":11:13:", "malformed term"},
    {"a variable regressed on itself", with_data("model:\n  regressions:\n    BOR: [BOR]\n"), ":11:11:", "BOR is regressed on itself"},
    {"unknown label in a defined parameter",
     with_data("model:\n  regressions:\n    BOR: [b*KUALITAS]\n  defined:\n    ind: a*b\n"), ":13:10:", "uses 'a', which is not a label"},
    {"wrong number of values in a row of the lower triangle",
     "data:\n  covariance:\n    names: [A, B]\n    lower:\n      - [1.0]\n      - [0.5, 1.0, 2.0]\n  n: 10\n"
     "model:\n  regressions:\n    A: [B]\n",
     ":6:9:", "row 2 of lower has 3 values"},
    {"a full matrix that is not symmetric",
     "data:\n  covariance:\n    names: [A, B]\n    full:\n      - [1.0, 0.5]\n      - [0.4, 1.0]\n  n: 10\n"
     "model:\n  regressions:\n    A: [B]\n",
     ":6:10:", "expected a symmetric matrix"},
    {"a matrix that is not square", "data:\n  covariance:\n    names: [A, B]\n    full:\n      - [1.0, 0.5]\n  n: 10\n"
     "model:\n  regressions:\n    A: [B]\n",
     ":4:5:", "full has 1 rows, expected 2 rows"},
    {"a non-numeric matrix entry",
     "data:\n  covariance:\n    names: [A, B]\n    lower:\n      - [1.0]\n      - [abc, 1.0]\n  n: 10\n"
     "model:\n  regressions:\n    A: [B]\n",
     ":6:10:", "abc"},
    {"n missing", "data:\n  covariance:\n    names: [A, B]\n    lower:\n      - [1.0]\n      - [0.5, 1.0]\n"
     "model:\n  regressions:\n    A: [B]\n",
     ":1:1:", "data has no n"},
    {"n below 2",
     "data:\n  covariance:\n    names: [A, B]\n    lower:\n      - [1.0]\n      - [0.5, 1.0]\n  n: 1\n"
     "model:\n  regressions:\n    A: [B]\n",
     ":7:6:", "expected an integer from 2 to 1000000000"},
    {"an unknown likelihood", with_data("model:\n  regressions:\n    BOR: [KUALITAS]\nestimation:\n  likelihood: lisrel\n"),
     ":13:15:", "wishart"},
};

}  // namespace

TEST_CASE("every class of bad input exits with 3, says where and what, and prints no report") {
    for (const BadInput& c : kCases) {
        CAPTURE(std::string(c.what));
        Scratch scratch;
        const std::string spec = scratch.write("model.yaml", c.spec);
        const Run r = run_jalur({"fit", spec});
        CAPTURE(r.err);
        CHECK(r.status == 3);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("jalur: error: " + spec + c.location, 0) == 0);
        CHECK(r.err.find(c.message) != std::string::npos);
    }
}

TEST_CASE("a 100 KB term or variable name is quoted by its start and its length, not echoed whole") {
    const std::string name(100000, 'K');
    const struct {
        const char* what;
        std::string spec;
        const char* message;
    } cases[] = {
        {"a malformed term", with_data("model:\n  regressions:\n    BOR: [c**" + name + "]\n"),
         "malformed term 'c**KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK...' (100003 characters)"},
        {"an unknown variable", with_data("model:\n  regressions:\n    BOR: [" + name + "]\n"),
         "(100000 characters) is not in the data"},
    };
    for (const auto& c : cases) {
        CAPTURE(std::string(c.what));
        Scratch scratch;
        const Run r = run_jalur({"fit", scratch.write("model.yaml", c.spec)});
        CHECK(r.status == 3);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.size() < 400);
    }
}

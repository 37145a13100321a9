// `jalur scores` run as a user runs it: each respondent's scale scores as CSV, sums and means, reverse keys,
// categories from a spec, missing answers as empty cells, --id, SPSS case numbers, and bad command lines.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/text_checks.hpp"

using namespace jalur::testing;

namespace {

// Five respondents, items a1..a3 and b1..b2 on 1-5; r2 skipped b2.
const char* const kAnswers =
    "id,a1,a2,a3,b1,b2\n"
    "r1,1,2,3,4,5\n"
    "r2,2,2,3,3,NA\n"
    "r3,5,4,4,5,5\n"
    "r4,4,4,5,2,3\n"
    "r5,3,5,5,1,2\n";

std::string scores_of(const std::vector<std::string>& args) {
    std::vector<std::string> all{"scores"};
    all.insert(all.end(), args.begin(), args.end());
    const Run r = run_jalur(all);
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    return r.out;
}

}  // namespace

TEST_CASE("jalur scores: sums with a reverse-keyed item, the id, and an empty cell for a missing answer") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", kAnswers);
    // A = a1 + a2 + (6 - a3); B = b1 + b2. The first column is the CSV line of the respondent.
    CHECK(scores_of({data, "--scale", "A=a1..a3", "--scale", "B=b1,b2", "--range", "1-5", "--reverse", "a3", "--score",
                     "sum", "--id", "id"}) ==
          "row,id,A,B\n"
          "2,r1,6,9\n"
          "3,r2,7,\n"
          "4,r3,11,10\n"
          "5,r4,9,5\n"
          "6,r5,9,3\n");
}

TEST_CASE("jalur scores: means are the default, with ten significant digits") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", kAnswers);
    CHECK(scores_of({data, "--scale", "A=a1..a3", "--scale", "B=b1..b2"}) ==
          "row,A,B\n"
          "2,2,4.5\n"
          "3,2.333333333,\n"
          "4,4.333333333,5\n"
          "5,4.333333333,2.5\n"
          "6,4.333333333,1.5\n");
    CHECK(scores_of({data, "--scale", "A=a1..a3", "--range", "1-5", "--reverse", "a3", "--score", "mean"}) ==
          "row,A\n"
          "2,2\n"
          "3,2.333333333\n"
          "4,3.666666667\n"
          "5,3\n"
          "6,3\n");
}

TEST_CASE("jalur scores: a spec adds each scale's category, and gives the scores of the same scales as options") {
    Scratch scratch;
    scratch.write("answers.csv", kAnswers);
    const std::string spec = scratch.write("survey.yaml", "data: {file: answers.csv}\n"
                                                          "instrument:\n"
                                                          "  range: 1-5\n"
                                                          "  scales:\n"
                                                          "    A:\n"
                                                          "      items: [a1..a3]\n"
                                                          "      reverse: [a3]\n"
                                                          "      score: sum\n"
                                                          "      categories: {low: 3-7, middle: 8-10, high: 11-15}\n"
                                                          "    B:\n"
                                                          "      items: b1, b2\n"
                                                          "      categories: {low: 2-2.4, high: 2.6-5}\n");
    // B's means 4.5, -, 5, 2.5, 1.5: 2.5 falls between the bands and goes to the next one, 1.5 is below them all.
    CHECK(scores_of({spec, "--id", "id"}) ==
          "row,id,A,A_category,B,B_category\n"
          "2,r1,6,low,4.5,high\n"
          "3,r2,7,low,,\n"
          "4,r3,11,high,5,high\n"
          "5,r4,9,middle,2.5,high\n"
          "6,r5,9,middle,1.5,\n");

    const std::string plain = scratch.write("plain.yaml", "data: {file: answers.csv}\n"
                                                          "instrument:\n"
                                                          "  range: 1-5\n"
                                                          "  scales:\n"
                                                          "    A: {items: [a1, a2, a3], reverse: [a3]}\n"
                                                          "    B: [b1..b2]\n");
    CHECK(scores_of({plain}) == scores_of({scratch.path("answers.csv"), "--scale", "A=a1..a3", "--scale", "B=b1,b2",
                                           "--range", "1-5", "--reverse", "a3"}));
}

TEST_CASE("jalur scores: an SPSS file numbers respondents by case, and user-missing answers leave the score empty") {
    // patients.sav: case 3 has q3 system-missing, case 4 has q4 = 9 (user-missing); patients.csv is its export.
    const std::string sav = scores_of({source_path("tests/fixtures/survey/patients.sav"), "--scale", "q=q1..q4",
                                       "--id", "id"});
    CHECK(sav ==
          "row,id,q\n"
          "1,1,4.25\n"
          "2,2,4.5\n"
          "3,3,\n"
          "4,4,\n"
          "5,5,1.75\n"
          "6,6,4.75\n"
          "7,7,3.75\n"
          "8,8,3\n");
    // The CSV export: the same scores, its rows numbered by line.
    const std::string csv = scores_of({source_path("tests/fixtures/survey/patients.csv"), "--scale", "q=q1..q4", "--id",
                                       "id"});
    CHECK(contains(csv, "\n2,1,4.25\n"));
    CHECK(contains(csv, "\n5,4,\n"));
    CHECK(contains(csv, "\n9,8,3\n"));

    // The worked example's spec: 70 respondents, one (case 17) without sat2.
    const std::string example = scores_of({source_path("examples/servqual/study.yaml"), "--id", "respondent"});
    const auto lines = jalur::testing::lines_of(example);
    REQUIRE(lines.size() == 71);
    CHECK(lines[0] == "row,respondent,quality,quality_category,satisfaction,loyalty");
    CHECK(starts_with(lines[17], "17,17,"));
    CHECK(contains(lines[17], ",Baik,,"));
}

TEST_CASE("jalur scores: --output writes the scores that standard output gets") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", kAnswers);
    const std::string printed = scores_of({data, "--scale", "A=a1..a3"});
    const Run r = run_jalur({"scores", data, "--scale", "A=a1..a3", "--output", scratch.path("scores.csv")});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(read_text(scratch.path("scores.csv")) == printed);
}

TEST_CASE("jalur scores: bad command lines exit with 2 and bad names with 3, and nothing is written") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", kAnswers);
    const std::string spec =
        scratch.write("survey.yaml", "data: {file: answers.csv}\ninstrument:\n  scales:\n    A: [a1..a3]\n");
    const std::string output = scratch.path("scores.csv");
    const struct {
        std::vector<std::string> args;
        int status;
        std::string prefix;  // after "jalur: error: "
        std::string message;
    } cases[] = {
        {{data}, 2, "", "no scales: give --scale NAME=item,item,..."},
        {{data, "--scale", "A=a1..a3", "--score", "median"}, 2, "", "invalid --score 'median', expected sum or mean"},
        {{data, "--scale", "A=a1..a3", "--scale", "A=b1,b2"}, 2, "", "--scale A is given twice"},
        {{data, "--scale", "A=a1..a3", "--range", "1-5", "--reverse", "a3", "--reverse", "a2..a3"}, 2, "",
         "--reverse a3 is given twice, expected each item once"},
        {{data, "--scale", "A=a1..a3", "--format", "json"}, 2, "",
         "unknown format 'json', expected csv, text, markdown or html"},
        {{data, "--scale", "A=a1..a3", "--id", ""}, 2, "", "the value of --id is empty"},
        {{spec, "--score", "sum"}, 2, "", "gives its scales under instrument:"},
        {{spec, "--reverse", "a1"}, 2, "", "gives its scales under instrument:"},
        {{data, "--scale", "A=a1..a3", "--id", "respondent"}, 3, data + ": ",
         "no variable 'respondent' in the data, expected one of id, a1, a2, a3, b1, b2."},
        {{data, "--scale", "A=a1..a3", "--reverse", "a2"}, 3, "--scale A: ",
         "scale A has reverse-keyed items but no answer range"},
        {{data, "--scale", "A=a1..a3", "--range", "1-4"}, 3, data + ":4:4: ",
         "variable a1 has 5, expected an answer from 1 to 4 (range 1-4)."},
        {{data, "--scale", "A=id,a1"}, 3, data + ":2:1: ", "variable id has 'r1', expected a number"},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args{"scores"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        args.insert(args.end(), {"--output", output});
        check_refused(run_jalur(args), c.status, c.prefix, c.message, "scores");
        CHECK(files_in(scratch.dir()) == std::vector<std::string>{"answers.csv", "survey.yaml"});
    }
}

TEST_CASE("jalur scores: help scores and scores --help print its usage and options") {
    jalur::testing::check_command_help("scores", "Usage: jalur scores DATA", {"scale", "score", "id", "output", "format", "lang", "decimal-comma"});
}

TEST_CASE("jalur scores --format text|markdown|html: the same rows as a table, headers in the report's language") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", kAnswers);
    const std::vector<std::string> scales{data, "--scale", "A=a1..a3", "--scale", "B=b1,b2", "--id", "id"};
    const auto with_format = [&](std::vector<std::string> more) {
        std::vector<std::string> args = scales;
        args.insert(args.end(), more.begin(), more.end());
        return scores_of(args);
    };
    CHECK(with_format({"--format", "text", "--lang", "id", "--decimal-comma"}) ==
          " Skor skala (" + data + ")\n\n"
          "   Baris  id      A      B\n"
          "       2  r1  2,000  4,500\n"
          "       3  r2  2,333      -\n"
          "       4  r3  4,333  5,000\n"
          "       5  r4  4,333  2,500\n"
          "       6  r5  4,333  1,500\n");
    const std::string markdown = with_format({"--format", "markdown"});
    CHECK(starts_with(markdown, "# Scale scores\n"));
    CHECK(contains(markdown, "| Row | id  |     A |     B |\n"));
    CHECK(contains(markdown, "|   3 | r2  | 2.333 |     - |\n"));
    const std::string html = with_format({"--format", "html", "--lang", "id"});
    CHECK(starts_with(html, "<!DOCTYPE html>\n<html lang=\"id\">"));
    CHECK(contains(html, "<th>Baris</th>"));
}

TEST_CASE("jalur scores: --format json, and --lang or --decimal-comma with CSV, exit with 2 and print nothing") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", kAnswers);
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"--format", "json"}, "unknown format 'json'"},
        {{"--lang", "id"}, "--lang is for the text, markdown and html reports"},
        {{"--format", "csv", "--decimal-comma"}, "--decimal-comma is for the text, markdown and html reports"},
    };
    for (const auto& [options, message] : cases) {
        std::vector<std::string> args{"scores", data, "--scale", "A=a1..a3"};
        args.insert(args.end(), options.begin(), options.end());
        const Run r = run_jalur(args);
        CAPTURE(r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, message));
    }
}

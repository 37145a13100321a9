// The outputs shown in the documentation are what jalur prints now: every examples/*/output.txt and
// output.json, the outputs of examples/*/commands.txt (the questionnaire commands, and the Markdown, HTML and CSV
// reports of the three fit examples), and the reports in the READMEs (scripts/regenerate-examples.sh rewrites
// them all).
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <vector>
#include <string>

#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using jalur::testing::read_text;
using jalur::testing::Run;
using jalur::testing::run_jalur;

namespace {

const std::string kSource = JALUR_SOURCE_DIR;

std::string without_trailing_newlines(std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// The code block between the output markers of a README, without the "$ command" line and trailing newlines.
std::string documented_report(const std::string& readme) {
    const std::string text = read_text(readme);
    const auto begin = text.find("<!-- output:begin -->\n```\n$ ");
    const auto end = text.find("\n```\n<!-- output:end -->");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    const auto body = text.find('\n', begin + 26) + 1;
    return without_trailing_newlines(text.substr(body, end - body + 1));
}

}  // namespace

TEST_CASE("examples: every saved output is what jalur prints now (scripts/regenerate-examples.sh)") {
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSource + "/examples")) {
        const std::string dir = "examples/" + entry.path().filename().string() + "/";
        if (!std::filesystem::exists(kSource + "/" + dir + "output.txt")) continue;
        CAPTURE(dir);
        const Run text = run_jalur({"fit", dir + "model.yaml"});
        const Run json = run_jalur({"fit", dir + "model.yaml", "--format", "json"});
        REQUIRE(text.status == 0);
        CHECK(text.out == read_text(kSource + "/" + dir + "output.txt"));
        CHECK(json.out == read_text(kSource + "/" + dir + "output.json"));
        CHECK(documented_report(kSource + "/" + dir + "README.md") == without_trailing_newlines(text.out));
        ++checked;
    }
    CHECK(checked >= 2);
}

TEST_CASE("examples: every command of examples/*/commands.txt prints and writes what is saved") {
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSource + "/examples")) {
        const std::filesystem::path list = entry.path() / "commands.txt";
        if (!std::filesystem::exists(list)) continue;
        // Run in a copy, so that files the commands write (--plot) are compared, not overwritten.
        jalur::testing::Scratch scratch;
        std::filesystem::copy(entry.path(), scratch.dir(), std::filesystem::copy_options::recursive);
        std::istringstream lines(read_text(list));
        for (std::string line; std::getline(lines, line);) {
            if (line.empty() || line[0] == '#') continue;
            std::istringstream words(line);
            std::string output;
            std::vector<std::string> args;
            words >> output;
            for (std::string word; words >> word;) args.push_back(word);
            CAPTURE(line);
            const Run run = jalur::testing::run_jalur_in(scratch.dir().string(), args);
            CHECK(run.status == 0);
            CHECK(run.out == read_text(entry.path() / output));
            ++checked;
        }
        for (const auto& file : std::filesystem::directory_iterator(scratch.dir())) {
            CAPTURE(file.path());
            CHECK(read_text(file.path()) == read_text(entry.path() / file.path().filename()));
        }
    }
    CHECK(checked >= 5);
}

TEST_CASE("examples: the Markdown, HTML and CSV reports of the fit examples are saved in their commands.txt") {
    // The golden outputs a refactor of the reports is checked against: every format of the thesis example, the
    // CFA and the SEM, each CSV table, and the thesis in Indonesian.
    for (const char* example : {"cfa_hs", "sem_poldem", "bor"}) {
        CAPTURE(example);
        const std::string list = read_text(kSource + "/examples/" + example + "/commands.txt");
        for (const char* format : {"--format markdown\n", "--format html\n", "--format csv\n", "--table effects\n",
                                   "--table r2\n", "--table reduced_form\n", "--table fit\n"}) {
            CAPTURE(format);
            CHECK(list.find(format) != std::string::npos);
        }
    }
}

TEST_CASE("examples: the outputs included in docs/*.md are the saved ones (scripts/regenerate-examples.sh)") {
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSource + "/docs")) {
        const std::string doc = read_text(entry.path());
        for (std::size_t at = doc.find("<!-- include"); at != std::string::npos; at = doc.find("<!-- include", at + 1)) {
            const bool head = doc.compare(at, 18, "<!-- include-head:") == 0;
            const std::size_t name_at = doc.find(':', at) + 1;
            const std::string file = doc.substr(name_at, doc.find(" -->", name_at) - name_at);
            CAPTURE(entry.path());
            CAPTURE(file);
            // The block: a fence, the "$ jalur ..." line, the output, a fence.
            const std::size_t body = doc.find('\n', doc.find("\n```\n$ ", at) + 6) + 1;
            const std::size_t end = doc.find("```\n<!-- end include -->", at);
            REQUIRE(end != std::string::npos);
            std::string saved = read_text(kSource + "/" + file);
            if (head) {
                std::size_t cut = 0;
                for (int line = 0; line < 6 && cut != std::string::npos; ++line) cut = saved.find('\n', cut) + 1;
                saved = saved.substr(0, cut);
            }
            CHECK(doc.substr(body, end - body) == saved);
            ++checked;
        }
    }
    CHECK(checked >= 5);
}

TEST_CASE("examples: the report in the top-level README is what make demo prints") {
    const Run demo = run_jalur({"fit", "examples/bor/model.yaml"});
    REQUIRE(demo.status == 0);
    CHECK(documented_report(kSource + "/README.md") == without_trailing_newlines(demo.out));
}

TEST_CASE("examples: a lavaan model file fits raw data from CSV and from SPSS .sav to the same report") {
    // examples/lavaan_syntax: the README's `jalur fit MODEL.lav --data DATA`; commands.txt runs both (checked above).
    const std::string dir = kSource + "/examples/lavaan_syntax/";
    const std::string list = read_text(dir + "commands.txt");
    CHECK(list.find("fit-sav.txt       fit thesis.lav --data thesis_cases.sav\n") != std::string::npos);
    CHECK(list.find("fit.txt           fit thesis.lav --data thesis_cases.csv\n") != std::string::npos);
    const std::string report = read_text(dir + "fit.txt");
    CHECK(report.find(" Observations N = 250 (likelihood normal, n = 250 in chi-square and SEs)\n") != std::string::npos);
    CHECK(read_text(dir + "fit-sav.txt") == report);
}

TEST_CASE("examples: no saved report sends its reader to a file of jalur's source (docs/, tests/, bench/)") {
    // A thesis quotes the Markdown and HTML reports; their notes cite the sources themselves instead.
    int checked = 0;
    for (const auto& example : std::filesystem::directory_iterator(kSource + "/examples"))
        for (const auto& file : std::filesystem::directory_iterator(example.path())) {
            const std::string name = file.path().filename().string();
            const std::string extension = file.path().extension().string();
            if (name == "README.md" || (extension != ".html" && extension != ".md" && extension != ".txt") ||
                name == "commands.txt")
                continue;
            CAPTURE(file.path());
            const std::string report = read_text(file.path());
            for (const char* folder : {"docs/", "tests/", "bench/"}) CHECK(report.find(folder) == std::string::npos);
            ++checked;
        }
    CHECK(checked >= 20);
}

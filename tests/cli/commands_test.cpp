// The command line of jalur, run in-process: dispatch, options, help texts and usage errors.
#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

using namespace jalur::cli;

namespace {

struct Outcome {
    int status;
    std::string out, err;
};

Outcome run_args(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int status = run(args, out, err);
    return {status, out.str(), err.str()};
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

int line_count(const std::string& text) {
    int count = 0;
    for (char c : text) count += c == '\n';
    return count;
}

}  // namespace

TEST_CASE("the version option prints the version from JALUR_VERSION") {
    const Outcome r = run_args({"--version"});
    CHECK(r.status == kExitSuccess);
    CHECK(r.out == std::string("jalur ") + JALUR_VERSION + "\n");
    CHECK(r.err.empty());
}

TEST_CASE("the help option, the help command and help help print the general help") {
    for (const auto& args : {std::vector<std::string>{"--help"}, {"-h"}, {"help"}, {"help", "help"}}) {
        const Outcome r = run_args(args);
        CHECK(r.status == kExitSuccess);
        CHECK(starts_with(r.out, "Usage: jalur <command> [options]"));
        CHECK(r.err.empty());
    }
}

TEST_CASE("the general help lists the commands and every exit code") {
    const std::string help = general_help();
    CHECK(help.find("fit MODEL.yaml") != std::string::npos);
    CHECK(help.find("help [COMMAND]") != std::string::npos);
    CHECK(help.find("--version") != std::string::npos);
    for (const char* code : {"\n  0 ", "\n  2 ", "\n  3 ", "\n  4 ", "\n  5 ", "\n  6 ", "\n  70 "})
        CHECK_MESSAGE(help.find(code) != std::string::npos, code);
}

TEST_CASE("the general help lists every command that jalur runs") {
    const std::string help = general_help();
    for (const char* command : {"fit", "diagram", "items", "servqual", "crosstab", "scores", "simulate", "help"}) {
        CAPTURE(command);
        CHECK(help.find(std::string("\n  ") + command + " ") != std::string::npos);
        // Each command listed is one jalur knows: its help is not a usage error.
        CHECK(run_args({"help", command}).status == kExitSuccess);
    }
}

TEST_CASE("the general help and the help of fit name the three model languages, the data formats and the docs") {
    for (const std::string& help : {general_help(), run_args({"help", "fit"}).out}) {
        for (const char* name : {"MODEL.yaml", ".yml", "MODEL.lav --data DATA", "lavaan", "MODEL.spl, .spj, .ls8",
                                 "SIMPLIS", "CSV (.csv", "SPSS", ".sav", "docs/", "cli.md", "model-spec.md",
                                 "questionnaires.md", "reports.md", "examples/"}) {
            CAPTURE(name);
            CHECK(help.find(name) != std::string::npos);
        }
    }
}

TEST_CASE("every doc the general help names is in docs/") {
    const std::string help = general_help();
    int named = 0;
    for (std::size_t end = help.find(".md"); end != std::string::npos; end = help.find(".md", end + 1)) {
        std::size_t begin = end;
        while (begin > 0 && (std::isalnum(static_cast<unsigned char>(help[begin - 1])) || help[begin - 1] == '-'))
            --begin;
        const std::string doc = help.substr(begin, end + 3 - begin);
        CAPTURE(doc);
        CHECK(std::filesystem::is_regular_file(std::string(JALUR_SOURCE_DIR) + "/docs/" + doc));
        ++named;
    }
    CHECK(named >= 8);
}

TEST_CASE("help fit and fit --help print the help of the fit command") {
    for (const auto& args : {std::vector<std::string>{"help", "fit"}, {"fit", "--help"}, {"fit", "-h"}}) {
        const Outcome r = run_args(args);
        CHECK(r.status == kExitSuccess);
        CHECK(starts_with(r.out, "Usage: jalur fit MODEL.yaml"));
        CHECK(r.out.find("--format") != std::string::npos);
        CHECK(r.out.find("--output") != std::string::npos);
        for (const char* option : {"--mi ", "--mi-min VALUE", "--residuals"})
            CHECK_MESSAGE(r.out.find(option) != std::string::npos, option);
        CHECK(r.out.find("  70 ") != std::string::npos);
    }
}

TEST_CASE("usage errors exit with 2, print one error line and nothing on standard output") {
    const std::vector<std::vector<std::string>> bad = {
        {},                                          // no command
        {"--bogus"},                                 // unknown global option
        {"frobnicate"},                              // unknown command
        {"help", "frobnicate"},                      // help on an unknown command
        {"help", "fit", "extra"},                    // too many help topics
        {"fit"},                                     // missing model path
        {"fit", "a.yaml", "b.yaml"},                 // two model paths
        {"fit", "a.yaml", "--bogus"},                // unknown fit option
        {"fit", "a.yaml", "--format"},               // option without its value
        {"fit", "a.yaml", "--format", "xml"},        // unknown format
        {"fit", "a.yaml", "--form", "json"},         // abbreviations are not guessed
        {"fit", "a.yaml", "-f", "json", "-f", "csv"},  // an option twice
        {"fit", "a.yaml", "--output", ""},           // empty output file name
        {"fit", "a.yaml", "--mi-min", "abc"},        // a threshold that is not a number
        {"fit", "a.yaml", "--mi-min=-0.5"},          // a negative threshold
        {"fit", "a.yaml", "--mi", "--mi"},           // a flag twice
    };
    for (const auto& args : bad) {
        std::string joined;
        for (const auto& a : args) joined += " '" + a + "'";
        const Outcome r = run_args(args);
        CHECK_MESSAGE(r.status == kExitUsage, joined);
        CHECK_MESSAGE(r.out.empty(), joined);
        CHECK_MESSAGE(starts_with(r.err, "jalur: error: "), joined);
        CHECK_MESSAGE(line_count(r.err) == 1, joined);
    }
}

TEST_CASE("a usage error names the offending option or value and where to get help") {
    Outcome r = run_args({"fit", "a.yaml", "--format", "xml"});
    CHECK(r.err.find("'xml'") != std::string::npos);
    CHECK(r.err.find("jalur help fit") != std::string::npos);
    r = run_args({"--bogus"});
    CHECK(r.err.find("--bogus") != std::string::npos);
    CHECK(r.err.find("jalur help") != std::string::npos);
}

TEST_CASE("the format is checked before the model is read") {
    const Outcome r = run_args({"fit", "/nonexistent/model.yaml", "--format", "xml"});
    CHECK(r.status == kExitUsage);
}

TEST_CASE("a model file that does not exist is an input error naming the file") {
    const Outcome r = run_args({"fit", "/nonexistent/model.yaml"});
    CHECK(r.status == kExitInput);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: "));
    CHECK(r.err.find("/nonexistent/model.yaml") != std::string::npos);
}

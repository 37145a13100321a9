// Help and version are output like any report: when standard output cannot be written (a full disk, /dev/full),
// jalur says so and exits with 6 instead of 0.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using jalur::testing::read_text;
using jalur::testing::Run;
using jalur::testing::Scratch;
using jalur::testing::source_path;

namespace {

// Runs jalur with standard output on /dev/full (every write fails with ENOSPC): the exit code and standard error.
Run run_jalur_to_full_disk(const std::vector<std::string>& args) {
    Scratch scratch;
    std::string command = jalur::testing::shell_quote(JALUR_BINARY);
    for (const auto& arg : args) command += " " + jalur::testing::shell_quote(arg);
    command += " >/dev/full 2>" + jalur::testing::shell_quote(scratch.path("stderr"));
    const int status = std::system(command.c_str());
    Run run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = read_text(scratch.path("stderr"));
    return run;
}

}  // namespace

TEST_CASE("help and version that cannot be written to standard output exit with 6, as every report") {
    // A report (fit) for comparison, then every help and the version.
    std::vector<std::vector<std::string>> all{
        {"fit", source_path("examples/bor/model.yaml")}, {"help"}, {"--help"}, {"--version"}, {"help", "help"}};
    for (const char* command : {"fit", "diagram", "items", "servqual", "crosstab", "scores"}) {
        all.push_back({"help", command});
        all.push_back({command, "--help"});
    }
    for (const auto& args : all) {
        CAPTURE(args.front());
        CAPTURE(args.back());
        const Run run = run_jalur_to_full_disk(args);
        CHECK(run.status == 6);
        CHECK(run.err == "jalur: error: cannot write to standard output\n");
    }
}

#pragma once
// Runs the built jalur executable as a user would, capturing standard output, standard error and the exit code.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

#include "support/scratch.hpp"
#include "support/text_checks.hpp"

namespace jalur::testing {

struct Run {
    int status = -1;  // the exit code, -1 when jalur did not exit normally
    std::string out, err;
};

inline std::string shell_quote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs a shell command, capturing its standard output, standard error and exit code.
inline Run run_shell(const std::string& command) {
    Scratch scratch;
    const std::string err_file = scratch.path("stderr");
    Run run;
    FILE* pipe = ::popen(("{ " + command + "; } 2>" + shell_quote(err_file)).c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, got);
    const int status = ::pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = read_text(err_file);
    return run;
}

// Runs jalur in the folder `dir` ("" for the test's working directory).
inline Run run_jalur_in(const std::string& dir, const std::vector<std::string>& args) {
    std::string command = dir.empty() ? "" : "cd " + shell_quote(dir) + " && ";
    command += shell_quote(JALUR_BINARY);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    const Run run = run_shell(command);
    // In the sanitizer build (make sanitize) jalur reports a memory error, undefined behaviour or a leak on its
    // standard error and exits 86: that fails the test whatever exit code and message the test expects.
    CHECK_MESSAGE(run.err.find("Sanitizer") == std::string::npos, run.err);
    CHECK_MESSAGE(run.err.find("runtime error:") == std::string::npos, run.err);
    return run;
}

inline Run run_jalur(const std::vector<std::string>& args) { return run_jalur_in("", args); }

// A run jalur refuses: exit `status`, nothing on standard output, one line "jalur: error: <prefix>...<message>...",
// and for a usage error (2) the pointer to `jalur help <command>`.
inline void check_refused(const Run& r, int status, const std::string& prefix, const std::string& message,
                          const std::string& command) {
    CAPTURE(r.err);
    CHECK(r.status == status);
    CHECK(r.out.empty());
    CHECK(starts_with(r.err, "jalur: error: " + prefix));
    CHECK(contains(r.err, message));
    CHECK(lines_of(r.err).size() == 1);
    if (status == 2) CHECK(contains(r.err, "(see 'jalur help " + command + "')"));
}

// `jalur help COMMAND` and `jalur COMMAND --help` print the same help: its usage line and every option named.
inline void check_command_help(const std::string& command, const std::string& usage,
                               const std::vector<std::string>& options) {
    const Run help = run_jalur({"help", command});
    const Run option = run_jalur({command, "--help"});
    CHECK(help.status == 0);
    CHECK(help.err.empty());
    CHECK(help.out.rfind(usage, 0) == 0);
    for (const std::string& name : options) {
        CAPTURE(name);
        CHECK((help.out.find("\n  --" + name + " ") != std::string::npos ||
               help.out.find("[ --" + name + " ]") != std::string::npos));
    }
    CHECK(option.status == 0);
    CHECK(option.out == help.out);
}

}  // namespace jalur::testing

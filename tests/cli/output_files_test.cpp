// Where jalur writes: --output and the other file options through the built jalur. A symbolic link is written
// through to its file, `-` is standard output, a FIFO, device or directory is refused (exit 6), an input of the
// command or a file named by two outputs is refused (exit 2), and on every refusal nothing is written.
// No test writes a system path: devices are checked by a look at /dev/null only, writes go to Scratch folders.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/atomic_file.hpp"
#include "cli/output_target.hpp"
#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/text_checks.hpp"

namespace fs = std::filesystem;
using jalur::testing::contains;
using jalur::testing::read_text;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::run_jalur_in;
using jalur::testing::Scratch;
using jalur::testing::source_path;

namespace {

const std::string kBor = source_path("examples/bor/model.yaml");
const std::string kMitra = source_path("tests/fixtures/servqual/servqual_mitra.csv");

// A copy of an example file in the scratch folder, so that a test that fails cannot damage the original.
std::string copy_of(const Scratch& scratch, const std::string& relative) {
    const fs::path from = source_path(relative);
    const std::string to = scratch.path(from.filename().string());
    fs::copy_file(from, to);
    return to;
}

std::string make_fifo(const Scratch& scratch, const std::string& name) {
    const std::string path = scratch.path(name);
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    return path;
}

std::string make_link(const Scratch& scratch, const std::string& name, const std::string& target) {
    fs::create_symlink(target, scratch.path(name));
    return scratch.path(name);
}

// A refused command line or output: the exit code, one error line with `message`, nothing on standard output.
void check_refused(const Run& run, int status, const std::string& message) {
    CAPTURE(run.err);
    CHECK(run.status == status);
    CHECK(run.out.empty());
    CHECK(contains(run.err, "jalur: error: "));
    CHECK(contains(run.err, message));
}

}  // namespace

TEST_CASE("--output through a symbolic link replaces the file the link names and keeps the link") {
    Scratch scratch;
    const std::string expected = run_jalur({"fit", kBor}).out;
    REQUIRE_FALSE(expected.empty());

    fs::create_directory(scratch.dir() / "reports");
    scratch.write("reports/report.txt", "the old report\n");
    const std::string link = make_link(scratch, "latest.txt", "reports/report.txt");  // relative to the link
    const Run run = run_jalur({"fit", kBor, "--output", link});
    CHECK(run.status == 0);
    CHECK(fs::is_symlink(link));
    CHECK(read_text(scratch.path("reports/report.txt")) == expected);
    CHECK(fs::directory_iterator(scratch.dir() / "reports")->path().filename() == "report.txt");  // no temporary

    // A link to a file that does not exist yet creates that file.
    const std::string dangling = make_link(scratch, "new.txt", scratch.path("reports/new-report.txt"));
    CHECK(run_jalur({"fit", kBor, "--output", dangling}).status == 0);
    CHECK(fs::is_symlink(dangling));
    CHECK(read_text(scratch.path("reports/new-report.txt")) == expected);

    // The files servqual writes together go the same way.
    scratch.write("reports/plot.svg", "old\n");
    const std::string plot_link = make_link(scratch, "plot.svg", "reports/plot.svg");
    CHECK(run_jalur({"servqual", kMitra, "--plot", plot_link, "--output", scratch.path("servqual.txt")}).status == 0);
    CHECK(fs::is_symlink(plot_link));
    CHECK(read_text(scratch.path("reports/plot.svg")).find("<svg") != std::string::npos);
}

TEST_CASE("an output named - is standard output and no file called - is made") {
    Scratch scratch;
    const Run fit = run_jalur_in(scratch.dir().string(), {"fit", kBor, "--output", "-"});
    CHECK(fit.status == 0);
    CHECK(fit.out == run_jalur({"fit", kBor}).out);

    const Run plot = run_jalur_in(scratch.dir().string(),
                                  {"servqual", kMitra, "--plot", "-", "--output", scratch.path("report.txt")});
    CHECK(plot.status == 0);
    CHECK(plot.out.find("<svg") != std::string::npos);
    CHECK(fs::exists(scratch.path("report.txt")));
    CHECK_FALSE(fs::exists(scratch.path("-")));
}

TEST_CASE("an output that is a FIFO, a directory or a link to one is refused with exit 6 and nothing is written") {
    Scratch scratch;
    const std::string fifo = make_fifo(scratch, "pipe");
    fs::create_directory(scratch.dir() / "folder");
    const std::string link = make_link(scratch, "pipe.txt", fifo);
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const Case cases[] = {
        {{"fit", kBor, "--output", fifo}, "cannot write " + fifo + ": it is a FIFO (named pipe), expected a regular "
                                          "file or a new file name (- for standard output)"},
        {{"fit", kBor, "--output", link}, "cannot write " + link + " (a link to " + fifo + "): it is a FIFO"},
        {{"fit", kBor, "--output", scratch.path("folder")}, "it is a directory"},
        {{"diagram", kBor, "--format", "svg", "--output", fifo}, "it is a FIFO"},
        {{"items", kMitra, "--scale", "s=P_tangibles,P_reliability", "--output", fifo}, "it is a FIFO"},
        {{"crosstab", kMitra, "--rows", "P_assurance", "--cols", "E_assurance", "--output", fifo}, "it is a FIFO"},
        {{"scores", kMitra, "--scale", "s=P_tangibles,P_reliability", "--output", fifo}, "it is a FIFO"},
        {{"servqual", kMitra, "--plot", scratch.path("plot.svg"), "--scores", fifo}, "it is a FIFO"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.args.front());
        check_refused(run_jalur(c.args), 6, c.message);
        struct stat status {};
        REQUIRE(::lstat(fifo.c_str(), &status) == 0);
        CHECK(S_ISFIFO(status.st_mode));
        CHECK(fs::is_symlink(link));
        CHECK(fs::is_empty(scratch.dir() / "folder"));
        CHECK_FALSE(fs::exists(scratch.path("plot.svg")));
    }
}

TEST_CASE("a character device is not an output file, directly or through a link (looked at, never written)") {
    Scratch scratch;
    const std::string link = make_link(scratch, "null.txt", "/dev/null");
    CHECK_THROWS_WITH_AS(jalur::cli::output_file("/dev/null"),
                         "cannot write /dev/null: it is a character device, expected a regular file or a new file "
                         "name (- for standard output)",
                         jalur::cli::OutputError);
    CHECK_THROWS_WITH_AS(jalur::cli::output_file(link), doctest::Contains("(a link to /dev/null): it is a character"),
                         jalur::cli::OutputError);
    CHECK(fs::is_symlink(link));
    CHECK(jalur::cli::output_file(scratch.path("new.txt")) == scratch.path("new.txt"));
}

TEST_CASE("a link through /proc to an open pipe, as /dev/stdout is, is refused as the pipe it is") {
    Scratch scratch;
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    const std::string link = make_link(scratch, "stdout.txt", "/proc/self/fd/" + std::to_string(ends[1]));
    CHECK_THROWS_WITH_AS(jalur::cli::output_file(link), doctest::Contains("it is a FIFO"), jalur::cli::OutputError);
    ::close(ends[0]);
    ::close(ends[1]);
    CHECK(fs::is_symlink(link));
}

TEST_CASE("an output that is one of the command's inputs is refused with exit 2, naming both") {
    Scratch scratch;
    const std::string model = copy_of(scratch, "examples/bor/model.yaml");
    const std::string spec = copy_of(scratch, "examples/servqual/study.yaml");
    const std::string sav = copy_of(scratch, "examples/servqual/survey.sav");
    const std::string csv = copy_of(scratch, "tests/fixtures/servqual/servqual_mitra.csv");
    const std::string lav = copy_of(scratch, "tests/fixtures/lavaan/auto_cov_y/model.lav");
    const std::string lav_data = copy_of(scratch, "tests/fixtures/lavaan/auto_cov_y/PoliticalDemocracy.csv");
    fs::create_hard_link(lav_data, scratch.path("hard_data.csv"));
    const std::string model_svg = make_link(scratch, "model.svg", model);  // the model under a picture's name
    fs::create_hard_link(csv, scratch.path("hard.csv"));
    const std::string before_model = read_text(model), before_csv = read_text(csv), before_sav = read_text(sav);
    struct Case {
        std::vector<std::string> args;
        std::string message;
        std::string help;
    };
    const Case cases[] = {
        {{"fit", model, "--output", model}, "--output " + model + ": the same file as the model file " + model +
                                                ", expected an output that is not one of the command's inputs",
         "fit"},
        {{"fit", lav, "--data", lav_data, "--output", scratch.path("hard_data.csv")},
         "--output " + scratch.path("hard_data.csv") + ": the same file as --data " + lav_data, "fit"},
        {{"fit", spec, "--output", sav}, ": the same file as the data file", "fit"},
        {{"diagram", model, "--output", model_svg}, "--output " + model_svg + ": the same file as the model file",
         "diagram"},
        {{"items", spec, "--output", spec}, ": the same file as the spec file " + spec, "items"},
        {{"items", spec, "--output", sav}, ": the same file as the data file", "items"},
        {{"items", csv, "--scale", "s=P_tangibles,P_reliability", "--output", csv}, "the same file as the data file " + csv, "items"},
        {{"scores", csv, "--scale", "s=P_tangibles,P_reliability", "--output", csv}, "the same file as the data file " + csv, "scores"},
        {{"crosstab", csv, "--rows", "P_assurance", "--cols", "E_assurance", "--output", csv}, "the same file as the data file",
         "crosstab"},
        {{"servqual", csv, "--scores", scratch.path("hard.csv")}, "--scores " + scratch.path("hard.csv") +
                                                                      ": the same file as the data file " + csv,
         "servqual"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        check_refused(run_jalur(c.args), 2, c.message);
        CHECK(contains(run_jalur(c.args).err, "(see 'jalur help " + c.help + "')"));
    }
    CHECK(read_text(model) == before_model);
    CHECK(read_text(csv) == before_csv);
    CHECK(read_text(sav) == before_sav);
    CHECK(fs::is_symlink(model_svg));
}

TEST_CASE("two outputs of one command that name the same file are refused with exit 2 and nothing is written") {
    Scratch scratch;
    const std::string plot = scratch.path("plot.svg");
    const std::string report = scratch.path("report.txt");
    scratch.write("old.svg", "old\n");
    const std::string link = make_link(scratch, "link.svg", "old.svg");
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const Case cases[] = {
        {{"--plot", plot, "--output", plot}, "--plot " + plot + ": the same file as --output " + plot +
                                                 ", expected a different file for each output"},
        {{"--plot", scratch.path("old.svg"), "--plot-dimensions", link},
         "--plot-dimensions " + link + ": the same file as --plot " + scratch.path("old.svg")},
        {{"--plot", "-"}, "the report and --plot both write to standard output, expected at most one of them there"},
        {{"--output", "-", "--scores", "-"}, "--output and --scores both write to standard output"},
        {{"--scores", report, "--output", report}, "--scores " + report + ": the same file as --output " + report},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"servqual", kMitra};
        args.insert(args.end(), c.args.begin(), c.args.end());
        check_refused(run_jalur(args), 2, c.message);
        CHECK_FALSE(fs::exists(plot));
        CHECK_FALSE(fs::exists(report));
        CHECK(read_text(scratch.path("old.svg")) == "old\n");
    }
}

// The progress bar of long work (cli/progress_bar.*) with an injected clock and stream: what it draws and
// when, without sleeping; and that `jalur fit` with standard error on a pipe prints no bar.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "cli/progress_bar.hpp"
#include "support/run_jalur.hpp"

using jalur::cli::format_duration;
using jalur::cli::ProgressBar;

namespace {

// A clock the test moves by hand.
struct ManualClock {
    double now = 100.0;
    ProgressBar::Clock function() {
        return [this] { return now; };
    }
};

// The text after the last carriage return: what the terminal line shows now.
std::string visible_line(const std::string& drawn) {
    const auto cr = drawn.rfind('\r');
    return cr == std::string::npos ? drawn : drawn.substr(cr + 1);
}

}  // namespace

TEST_CASE("ProgressBar: nothing is drawn before the work has taken a second") {
    ManualClock clock;
    std::ostringstream err;
    ProgressBar bar(err, true, clock.function());
    bar.stage("residuals", 100);
    clock.now += 0.5;
    bar.advance(50);
    clock.now += 0.4;
    bar.advance(90);
    bar.finish();
    CHECK(err.str().empty());
}

TEST_CASE("ProgressBar: after a second it shows the stage, the bar, the percentage and the time left") {
    ManualClock clock;
    std::ostringstream err;
    ProgressBar bar(err, true, clock.function());
    bar.stage("residuals", 200);
    clock.now += 2.0;
    bar.advance(50);  // 50 of 200 in 2 s: 150 more take 6 s
    CHECK(err.str() == "\rresiduals [######..................]  25%  6 s left");
}

TEST_CASE("ProgressBar: long times left are shown in minutes and hours") {
    CHECK(format_duration(0.4) == "0 s");
    CHECK(format_duration(59.4) == "59 s");
    CHECK(format_duration(185) == "3 min 05 s");
    CHECK(format_duration(3720) == "1 h 02 min");
}

TEST_CASE("ProgressBar: a stage of unknown length shows its count and the time spent") {
    ManualClock clock;
    std::ostringstream err;
    ProgressBar bar(err, true, clock.function());
    bar.stage("estimating", 0);
    clock.now += 75;
    bar.advance(114);
    CHECK(visible_line(err.str()) == "estimating  114 steps  1 min 15 s");
}

TEST_CASE("ProgressBar: redraws come at most ten times a second, the end of a stage and a new stage at once") {
    ManualClock clock;
    std::ostringstream err;
    ProgressBar bar(err, true, clock.function());
    bar.stage("modification indices 2/2", 1000);
    clock.now += 1.5;
    bar.advance(10);
    const std::string first = err.str();
    clock.now += 0.05;
    bar.advance(20);  // within 0.1 s of the last redraw: skipped
    CHECK(err.str() == first);
    clock.now += 0.06;
    bar.advance(30);
    CHECK(err.str() != first);
    const std::string second = err.str();
    clock.now += 0.01;
    bar.advance(1000);  // the end of a stage: drawn at once
    CHECK(err.str() != second);
    CHECK(visible_line(err.str()).find("100%") != std::string::npos);
    const std::string third = err.str();
    bar.stage("residuals", 10);
    CHECK(err.str() != third);
    CHECK(visible_line(err.str()).rfind("residuals [", 0) == 0);
}

TEST_CASE("ProgressBar: a shorter line covers what is left of the longer one") {
    ManualClock clock;
    std::ostringstream err;
    ProgressBar bar(err, true, clock.function());
    bar.stage("modification indices 1/2", 100);
    clock.now += 2;
    bar.advance(1);
    const std::size_t width = visible_line(err.str()).size();
    bar.stage("estimating", 0);
    CHECK(visible_line(err.str()).size() == width);
    CHECK(visible_line(err.str()).find_last_not_of(' ') < width - 1);
}

TEST_CASE("ProgressBar: finishing erases the line, once") {
    ManualClock clock;
    std::ostringstream err;
    {
        ProgressBar bar(err, true, clock.function());
        bar.stage("residuals", 10);
        clock.now += 3;
        bar.advance(5);
        const std::size_t width = visible_line(err.str()).size();
        bar.finish();
        CHECK(visible_line(err.str()).empty());
        CHECK(err.str().substr(err.str().size() - width - 2) == "\r" + std::string(width, ' ') + "\r");
        const std::string erased = err.str();
        bar.finish();
        CHECK(err.str() == erased);
    }  // and the destructor adds nothing after finish()
    CHECK(visible_line(err.str()).empty());
}

TEST_CASE("ProgressBar: a disabled bar (no terminal, or --quiet) draws nothing, however long the work") {
    ManualClock clock;
    std::ostringstream err;
    {
        ProgressBar bar(err, false, clock.function());
        bar.stage("residuals", 10);
        clock.now += 60;
        bar.advance(5);
    }
    CHECK(err.str().empty());
    CHECK_FALSE(jalur::cli::progress_wanted(true));  // --quiet wins even on a terminal
}

TEST_CASE("jalur fit with standard error on a pipe prints nothing on standard error, --quiet neither") {
    // run_jalur sends standard error to a file: not a terminal, so no bar, whatever the fit costs.
    const std::string model = std::string(JALUR_SOURCE_DIR) + "/tests/fixtures/lavaan/hs_cfa/model.yaml";
    for (const auto& args : {std::vector<std::string>{"fit", model, "--mi", "--residuals"},
                             std::vector<std::string>{"fit", model, "--mi", "--residuals", "--quiet"},
                             std::vector<std::string>{"fit", model, "-q"}}) {
        const jalur::testing::Run run = jalur::testing::run_jalur(args);
        CHECK(run.status == 0);
        CHECK(run.err.empty());
        CHECK_FALSE(run.out.empty());
    }
}

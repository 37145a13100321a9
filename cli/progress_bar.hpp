#pragma once
// The progress bar of long work on standard error: "residuals [######........] 45%  12 s left", redrawn in
// place with carriage returns. It stays silent for work that ends within a second (no flicker on small
// models), redraws at most ten times a second, estimates the time left from the current stage's rate so far
// (a stage of unknown length shows its count and the time spent instead), and erases its line when the work
// is done, so that reports, warnings and errors never share a line with it.
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "engine/progress.hpp"

namespace jalur::cli {

// True when a progress bar may be drawn: standard error is a terminal and --quiet was not given.
bool progress_wanted(bool quiet);

class ProgressBar final : public Progress {
public:
    using Clock = std::function<double()>;  // seconds since any fixed point

    // Draws on `out` only when `enabled`; the work is taken to start now. The clock is injected for tests.
    ProgressBar(std::ostream& out, bool enabled, Clock clock = steady_seconds);
    ~ProgressBar() override;
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    void stage(std::string_view name, std::size_t total) override;
    void advance(std::size_t done) override;
    // Erases the bar's line if one was drawn; call it before anything else is written to the terminal.
    void finish();

    static double steady_seconds();

private:
    void draw_if_due(bool force);
    std::string line(double now) const;

    std::ostream& out_;
    bool enabled_;
    Clock clock_;
    double work_start_, stage_start_, last_draw_ = 0;
    std::string stage_;
    std::size_t total_ = 0, done_ = 0;
    std::size_t drawn_width_ = 0;  // characters on the terminal line now; 0 when none
};

// "12 s", "3 min 05 s", "1 h 02 min": a duration as the bar shows it.
std::string format_duration(double seconds);

}  // namespace jalur::cli

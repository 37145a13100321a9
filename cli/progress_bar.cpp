#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace jalur::cli {

namespace {

constexpr double kQuietSeconds = 1.0;     // work shorter than this shows no bar at all
constexpr double kRedrawSeconds = 0.1;    // at most ten redraws a second: a terminal is slow
constexpr std::size_t kBarWidth = 24;  // the longest line, with a stage name of 24, fits 80 columns

}  // namespace

bool progress_wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO) == 1; }

double ProgressBar::steady_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

ProgressBar::ProgressBar(std::ostream& out, bool enabled, Clock clock)
    : out_(out), enabled_(enabled), clock_(std::move(clock)) {
    work_start_ = stage_start_ = enabled_ ? clock_() : 0.0;
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::stage(std::string_view name, std::size_t total) {
    if (!enabled_) return;
    stage_ = name;
    total_ = total;
    done_ = 0;
    stage_start_ = clock_();
    draw_if_due(true);  // at once, or the old stage's name would stand over the new work
}

void ProgressBar::advance(std::size_t done) {
    if (!enabled_) return;
    done_ = done;
    // The end of a stage is always drawn: the next stage may take a while to begin, and a bar frozen short of
    // 100% would say the finished stage is stuck.
    draw_if_due(total_ > 0 && done_ >= total_);
}

void ProgressBar::finish() {
    if (drawn_width_ == 0) return;
    out_ << '\r' << std::string(drawn_width_, ' ') << '\r' << std::flush;
    drawn_width_ = 0;
}

void ProgressBar::draw_if_due(bool force) {
    const double now = clock_();
    if (now - work_start_ < kQuietSeconds) return;
    if (drawn_width_ > 0 && !force && now - last_draw_ < kRedrawSeconds) return;
    const std::string text = line(now);
    // Spaces cover what is left of a longer previous line.
    const std::size_t padding = drawn_width_ > text.size() ? drawn_width_ - text.size() : 0;
    out_ << '\r' << text << std::string(padding, ' ') << std::flush;
    drawn_width_ = text.size() + padding;
    last_draw_ = now;
}

std::string ProgressBar::line(double now) const {
    const double elapsed = now - stage_start_;
    if (total_ == 0)  // the length is unknown: the count so far (when there is one) and the time spent
        return stage_ + (done_ > 0 ? "  " + std::to_string(done_) + " steps" : std::string()) + "  " +
               format_duration(elapsed);
    const double fraction = std::min(1.0, static_cast<double>(done_) / static_cast<double>(total_));
    const auto filled = static_cast<std::size_t>(fraction * kBarWidth);
    std::string text = stage_ + " [" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] ";
    char percent[8];
    std::snprintf(percent, sizeof percent, "%3d%%", static_cast<int>(fraction * 100));
    text += percent;
    // The rate so far: no estimate before the first step is done.
    if (done_ > 0 && done_ < total_)
        text += "  " + format_duration(elapsed * static_cast<double>(total_ - done_) / static_cast<double>(done_)) +
                " left";
    return text;
}

std::string format_duration(double seconds) {
    const long whole = std::lround(std::max(0.0, seconds));
    char text[32];
    if (whole < 60) std::snprintf(text, sizeof text, "%ld s", whole);
    else if (whole < 3600) std::snprintf(text, sizeof text, "%ld min %02ld s", whole / 60, whole % 60);
    else std::snprintf(text, sizeof text, "%ld h %02ld min", whole / 3600, whole % 3600 / 60);
    return text;
}

}  // namespace jalur::cli

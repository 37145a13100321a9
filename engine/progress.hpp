#pragma once
// How long engine work tells its caller how far it has come, without printing (the engine never prints): the
// caller passes a Progress, the engine reports stages and steps to it; a null pointer means nobody listens, and
// then reporting costs one comparison. Reports come once per outer step (an optimizer evaluation, an MI
// candidate, a row of the information matrix, a free parameter's row of the residuals' sandwich), never per
// inner iteration.
#include <cstddef>
#include <string_view>

namespace jalur {

class Progress {
public:
    virtual ~Progress() = default;
    // A new stage of the work begins; `total` is its number of steps, 0 when unknown (the optimizer's search).
    virtual void stage(std::string_view name, std::size_t total) = 0;
    // `done` steps of the current stage are finished (at most `total` when that is known).
    virtual void advance(std::size_t done) = 0;
};

// The calls the engine makes: nothing happens when `progress` is null.
inline void begin_stage(Progress* progress, std::string_view name, std::size_t total) {
    if (progress) progress->stage(name, total);
}
inline void report_done(Progress* progress, std::size_t done) {
    if (progress) progress->advance(done);
}

}  // namespace jalur

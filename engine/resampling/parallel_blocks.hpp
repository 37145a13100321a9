#pragma once
// How resampling runs its independent items (bootstrap replicates, a study's replications): on `threads` threads
// (0: every core) under a TBB arena, in blocks with a progress report after each. Each item writes only its own
// slot, so the result does not depend on the thread count or the order items run in.
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "engine/progress.hpp"

namespace jalur {

// Calls run(i) for every i in [0, count), reporting `stage` with `count` steps to `progress`.
template <typename Run>
void run_in_blocks(std::size_t count, int threads, std::size_t block, std::string_view stage, Progress* progress,
                   const Run& run) {
    tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
    begin_stage(progress, stage, count);
    for (std::size_t begin = 0; begin < count; begin += block) {
        const std::size_t end = std::min(count, begin + block);
        arena.execute([&] { tbb::parallel_for(begin, end, run); });
        report_done(progress, end);
    }
}

}  // namespace jalur

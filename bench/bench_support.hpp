#pragma once
// What the benchmarks share: a sink that keeps every timed fit's result alive, integer arguments, medians.
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"

namespace jalur::bench {

// Every fit's checksum is added here, so the optimizer cannot drop the work being timed.
inline volatile double sink = 0;

inline double checksum(const FitResult& r) {
    double s = r.fit.chisq + r.fit.cfi + r.fit.rmsea_ci_upper + static_cast<double>(r.optimizer.evaluations);
    for (const auto& row : r.table.rows) s += row.est + row.se + row.std_all + row.std_all_se;
    for (const auto& e : r.effects)
        if (e.total) s += e.total->est + e.total->se;
    return s;
}

// A whole decimal integer in [minimum, maximum], or nothing.
inline std::optional<int> integer_argument(const char* text, long minimum, long maximum) {
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || v < minimum || v > maximum) return std::nullopt;
    return static_cast<int>(v);
}

// The median of sorted values.
inline double median(const std::vector<double>& sorted) {
    const auto n = sorted.size();
    return n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
}

}  // namespace jalur::bench

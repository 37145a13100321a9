#include "engine/results/incremental_indices.hpp"

#include <algorithm>
#include <cmath>

namespace jalur {

namespace {
bool nearly_zero(double x) { return std::abs(x) < 1.5e-8; }  // R's all.equal(x, 0)
}  // namespace

IncrementalIndices incremental_indices(double x2, double df, double x20, double df0, double c, double c0) {
    IncrementalIndices f;
    if (!std::isfinite(x2) || !std::isfinite(x20) || std::isnan(c) || std::isnan(c0)) return f;
    const bool robust = df > 0 && c != 1 && c0 != 1;
    if (!robust) c = c0 = 1;
    // The statistics less what their reference distributions expect.
    const double excess = robust ? x2 - c * df : x2 - df, excess0 = robust ? x20 - c0 * df0 : x20 - df0;
    const double t1 = std::max(excess, 0.0), t2 = std::max({excess, excess0, 0.0});
    f.cfi = nearly_zero(t1) && nearly_zero(t2) ? 1.0 : 1.0 - t1 / t2;
    f.rni = nearly_zero(excess0) ? kNaN : 1.0 - excess / excess0;
    f.tli = df > 0 && excess0 != 0 ? 1.0 - (excess * df0) / (excess0 * df) : 1.0;
    if (robust) return f;
    // NFI and RFI compare with a simpler baseline only (lavaan: NA when df > df0).
    const bool simpler = df <= df0;
    f.nfi = !simpler || nearly_zero(x20) ? kNaN : df > 0 ? (x20 - x2) / x20 : 1.0;
    f.pnfi = df0 > 0 && x20 > 0 ? (df / df0) * (x20 - x2) / x20 : kNaN;
    if (!simpler) {
        f.rfi = kNaN;
    } else if (df > 0 && df0 > 0) {
        const double t = x20 / df0 - x2 / df, u = x20 / df0;
        f.rfi = t < 0 || u < 0 ? 1.0 : t / u;
    } else {
        f.rfi = 1.0;
    }
    const double t_ifi = x20 - df;
    f.ifi = t_ifi < 0 ? 1.0 : nearly_zero(t_ifi) ? kNaN : (x20 - x2) / t_ifi;
    return f;
}

}  // namespace jalur

#include "engine/results/confidence_intervals.hpp"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace jalur {

namespace {

// z_{(1+level)/2}: 1.959964 for 95 %. In double precision: Boost's default promotes to long double, a large
// part of a small fit's time, for digits no interval shows.
double normal_critical_value(double level) {
    using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
    return boost::math::quantile(boost::math::normal_distribution<double, Policy>(), (1 + level) / 2);
}

ConfidenceInterval interval(double est, double se, double z) {
    if (!std::isfinite(est) || !std::isfinite(se)) return {};
    return {est - z * se, est + z * se};
}

void add_interval(std::optional<Estimate>& estimate, double z) {
    if (estimate) estimate->ci = interval(estimate->est, estimate->se, z);
}

}  // namespace

ConfidenceInterval wald_interval(double est, double se, double level) {
    return interval(est, se, normal_critical_value(level));
}

void add_confidence_intervals(FitResult& result, double level) {
    result.ci_level = level;
    const double z = normal_critical_value(level);
    for (ParameterRow& row : result.table.rows) {
        const bool fixed = !row.free && row.op != Op::Defined;
        row.ci = fixed ? ConfidenceInterval{} : interval(row.est, row.se, z);
        row.std_lv_ci = interval(row.std_lv, row.std_lv_se, z);
        row.std_all_ci = interval(row.std_all, row.std_all_se, z);
    }
    for (Effect& effect : result.effects) {
        add_interval(effect.direct, z);
        add_interval(effect.indirect, z);
        add_interval(effect.total, z);
    }
    for (ReducedFormEquation& equation : result.reduced_form)
        for (auto& term : equation.terms) term.second.ci = interval(term.second.est, term.second.se, z);
}

}  // namespace jalur

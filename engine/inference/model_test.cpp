#include "engine/inference/model_test.hpp"

#include <algorithm>
#include <cmath>
#include <boost/math/distributions/chi_squared.hpp>

#include "engine/estimation/estimator.hpp"

namespace jalur {

ModelTest model_test(double fmin, double n, int df, Estimator estimator) {
    ModelTest test;
    test.name = test_statistic_name(TestStatistic::Standard);
    test.df = df;
    test.chisq = n * std::max(fmin, 0.0);
    test.pvalue = has_chisq_reference(estimator) ? chisq_pvalue(test.chisq, df) : kNaN;
    return test;
}

ModelTest scaled_test(TestStatistic statistic, const ModelTest& standard, const ScalingTraces& traces) {
    ModelTest test = standard;
    test.statistic = statistic;
    test.name = test_statistic_name(statistic);
    const double df = standard.df;
    test.df_scaled = df;
    switch (statistic) {
        case TestStatistic::Standard: return standard;
        case TestStatistic::SatorraBentler:
        case TestStatistic::YuanBentlerMplus:
            test.trace_ugamma = statistic == TestStatistic::SatorraBentler ? traces.trace_ugamma : traces.yuan_bentler;
            test.scaling = test.trace_ugamma / df;
            test.chisq = standard.chisq / test.scaling;
            break;
        case TestStatistic::ScaledShifted: {
            const double a = std::sqrt(df / traces.trace_ugamma2);
            test.trace_ugamma = traces.trace_ugamma;
            test.shift = df - a * traces.trace_ugamma;
            test.scaling = 1 / a;
            test.chisq = a * standard.chisq + test.shift;
            break;
        }
        case TestStatistic::MeanVarAdjusted:
            test.trace_ugamma = traces.trace_ugamma;
            test.df_scaled = traces.trace_ugamma * traces.trace_ugamma / traces.trace_ugamma2;
            test.scaling = traces.trace_ugamma / test.df_scaled;
            test.chisq = standard.chisq / test.scaling;
            break;
    }
    if (df <= 0) {  // nothing to scale in a saturated model: its χ² stays (0), the factor is not defined
        test.chisq = standard.chisq;
        test.scaling = test.trace_ugamma = kNaN;
    }
    // A trace that is not positive (a small or heavy-tailed sample can give tr(UΓ) < 0) leaves the scaled test
    // undefined, as lavaan leaves it NA: never a negative χ² with p = 1.
    if (df > 0 && !(test.scaling > 0)) test.chisq = kNaN;
    test.pvalue = df > 0 && std::isfinite(test.chisq) ? chisq_pvalue(test.chisq, test.df_scaled) : kNaN;
    return test;
}

double chisq_pvalue(double statistic, double df) {
    // Double precision: Boost's default promotes to long double, slower, for digits no report shows.
    using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
    if (df <= 0) return 1.0;  // a saturated model fits exactly: its χ² is 0 up to the rounding of F
    return boost::math::cdf(
        boost::math::complement(boost::math::chi_squared_distribution<double, Policy>(df), std::max(statistic, 0.0)));
}

}  // namespace jalur

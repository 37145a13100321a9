#include "engine/inference/model_test.hpp"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>

namespace jalur {

const char* test_statistic_name(TestStatistic statistic) {
    switch (statistic) {
        case TestStatistic::Standard: return "standard";
    }
    return "unknown";
}

ModelTest model_test(TestStatistic statistic, double fmin, double n, int df) {
    ModelTest test;
    test.statistic = statistic;
    test.name = test_statistic_name(statistic);
    test.df = df;
    switch (statistic) {
        case TestStatistic::Standard: test.chisq = n * std::max(fmin, 0.0); break;
    }
    test.pvalue = chisq_pvalue(test.chisq, df);
    return test;
}

double chisq_pvalue(double statistic, int df) {
    // Double precision: Boost's default promotes to long double, slower, for digits no report shows.
    using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
    if (df <= 0) return statistic <= 0 ? 1.0 : kNaN;
    return boost::math::cdf(
        boost::math::complement(boost::math::chi_squared_distribution<double, Policy>(df), std::max(statistic, 0.0)));
}

}  // namespace jalur

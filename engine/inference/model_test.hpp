#pragma once
// A test of the model against the saturated one (the infer stage computes those EstimationOptions::tests asks
// for). The fit measures are computed from the first.
#include <string>

#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"

namespace jalur {

struct ModelTest {
    TestStatistic statistic = TestStatistic::Standard;
    std::string name;        // "standard"
    double chisq = kNaN;     // the statistic (scaled, for a scaled test)
    int df = 0;
    double pvalue = kNaN;    // upper tail of χ²(df)
    double scaling = 1;      // the scaling factor of a scaled test; 1 for the standard one
};

const char* test_statistic_name(TestStatistic statistic);  // "standard"

// The test of a fit with discrepancy F at θ̂ (F ≥ 0: a perfect fit can land a rounding error below), multiplier
// n and df degrees of freedom.
ModelTest model_test(TestStatistic statistic, double fmin, double n, int df);

// Upper-tail probability of a (central) chi-square; 1 for df = 0 and statistic 0 (a saturated model).
double chisq_pvalue(double statistic, int df);

}  // namespace jalur

#pragma once
// What a Monte Carlo study says about each estimator (estimation-notes §5.3; Morris, White & Crowther 2019):
// per condition × analysis × estimator, each parameter's bias, empirical and model SE, coverage and rejection
// rate, and the model's χ² rejection rate and fit indices, each with its Monte Carlo SE, over the replications
// that converged.
#include <vector>

#include "engine/simulation/study.hpp"

namespace jalur {

struct ParameterPerformance {
    int replications = 0;     // converged fits with a finite estimate
    double truth = kNaN;
    double mean = kNaN;       // mean estimate
    double bias = kNaN, bias_mcse = kNaN;
    double relative_bias = kNaN, relative_bias_mcse = kNaN;  // bias / truth (truth ≠ 0)
    double empirical_se = kNaN, empirical_se_mcse = kNaN;    // SD of the estimates (divisor R − 1)
    double mean_se = kNaN;                                   // mean of the SEs
    double se_ratio = kNaN, se_ratio_mcse = kNaN;            // mean SE / empirical SE
    double rmse = kNaN, rmse_mcse = kNaN;
    double coverage = kNaN, coverage_mcse = kNaN;            // truth within [ci_lower, ci_upper], bounds included
    double rejection = kNaN, rejection_mcse = kNaN;          // p < α: power (truth ≠ 0) or type-I error (truth 0)
};

// The 5 %, 50 % and 95 % quantiles of a fit index over the converged fits (R's default, type 7).
struct IndexQuantiles {
    double p05 = kNaN, p50 = kNaN, p95 = kNaN;
};

struct ModelPerformance {
    int attempted = 0, converged = 0, not_converged = 0, failed = 0, heywood = 0;
    double chisq_mean = kNaN, df = kNaN;
    int tested = 0;  // converged fits whose test has a p-value (a scaled test can be undefined: model_test.hpp)
    double chisq_rejection = kNaN, chisq_rejection_mcse = kNaN;  // p < α, over the tested fits
    double cfi_mean = kNaN, tli_mean = kNaN, rmsea_mean = kNaN, srmr_mean = kNaN;
    IndexQuantiles cfi, tli, rmsea, srmr;
    // The conventional cut-offs (Hu & Bentler 1999): the share with CFI < .95, RMSEA > .06, SRMR > .08.
    double cfi_below = kNaN, rmsea_above = kNaN, srmr_above = kNaN;
};

struct CellPerformance {
    int condition = 0, analysis = 0, estimator = 0;
    ModelPerformance model;
    std::vector<ParameterPerformance> parameters;  // in the order of study_parameters(study)[analysis]
};

// The cells in (condition, analysis, estimator) order. `fits` may come in any order (a merge of shards): each
// cell's replications are taken in replication order, so the sums, and the result, do not depend on it.
std::vector<CellPerformance> summarize_study(const Study& study,
                                             const std::vector<std::vector<StudyParameter>>& parameters,
                                             std::vector<ReplicateFit> fits);

}  // namespace jalur

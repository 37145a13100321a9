#pragma once
// A Monte Carlo study (issue 15, docs/simulation.md): data sets drawn from a population under each condition
// (sample size, distribution, missingness), each fitted by every analysis model with every estimator. Replicate
// (condition c, replication r) draws from ReplicateStream(seed, r, c): the same data for every analysis and
// estimator, and the same for any thread count or shard.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/progress.hpp"
#include "engine/simulation/data_generator.hpp"
#include "engine/simulation/population.hpp"

namespace jalur {

// One way of estimating an analysis model: a name for reports ("ML", "MLR", "GLS", ...) and its options.
struct StudyEstimator {
    std::string name;
    EstimationOptions options;
};

struct StudyAnalysis {
    std::string name;  // "true", "full_mediation", ...
    ParameterTable table;
    std::vector<StudyEstimator> estimators;
};

struct StudyCondition {
    std::string label;  // "n=250, normal", for reports
    int n = 0;
    std::string distribution;  // its name in the spec: "normal", "skewed", ...
    GeneratorSpec generator;
};

struct Study {
    std::string title;
    Population population;
    std::vector<StudyAnalysis> analyses;
    std::vector<StudyCondition> conditions;
    int replications = 0;
    std::uint64_t seed = 1;
    double alpha = 0.05;  // of the Wald tests' power and the χ² rejection rate
};

// Which replications a run does: those with r % count == index (a shard k/K is index k − 1 of count K).
struct Shard {
    int index = 0;
    int count = 1;
    bool contains(int replication) const { return replication % count == index; }
};

enum class ReplicateStatus { Converged, NotConverged, Failed };
const char* replicate_status_name(ReplicateStatus status);  // "converged", "not_converged", "failed"

// One parameter (free or defined) of one fit.
struct ParameterOutcome {
    double est = kNaN, se = kNaN, ci_lower = kNaN, ci_upper = kNaN, pvalue = kNaN;
};

// One fit: a condition's replication by one analysis and estimator.
struct ReplicateFit {
    int condition = 0, replication = 0, analysis = 0, estimator = 0;
    ReplicateStatus status = ReplicateStatus::Converged;
    std::string message;                     // why it failed or did not converge
    bool heywood = false;                    // a negative variance estimate
    std::vector<ParameterOutcome> parameters;  // in the order of StudyAnalysisInfo::parameters
    // The model test and the fit indices (the scaled test's χ² and p when the estimator has one).
    double chisq = kNaN, df = kNaN, pvalue = kNaN, cfi = kNaN, tli = kNaN, rmsea = kNaN, srmr = kNaN;
};

// What each analysis reports per parameter: its name and the population's value (NaN when the population has
// no such parameter).
struct StudyParameter {
    std::string name;  // "KEPUASAN ~ KUALITAS", a defined parameter's name
    double truth = kNaN;
};

// The parameters of each analysis (free and defined rows of its completed table, in table order).
std::vector<std::vector<StudyParameter>> study_parameters(const Study& study);

// Runs the shard's replications on every core (threads 0) or `threads`; fits in (condition, replication,
// analysis, estimator) order. Reports replications done to `progress` ("simulating").
std::vector<ReplicateFit> run_study(const Study& study, const Shard& shard = {}, int threads = 0,
                                    Progress* progress = nullptr);

}  // namespace jalur

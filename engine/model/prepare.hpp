#pragma once
// Stage 1 of a fit: prepare. Everything about a problem that does not depend on θ, checked and built once:
// the completed table (defaults added, free parameters numbered), the sample moments as fitted, the scale and
// t-rule checks, the compiled RAM model, the parsed ":=" expressions and the start values. A PreparedProblem
// is immutable: one can be estimated from many threads at once, each with its own EstimationWorkspace.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/model/defined_parameters.hpp"
#include "engine/estimation/estimation_options.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/model/ram_model.hpp"
#include "engine/data/sample_moments.hpp"

namespace jalur {

struct PreparedProblem {
    EstimationOptions options;
    Estimator estimator = Estimator::ML;
    ParameterTable table;                 // defaults added, free parameters numbered; no results
    std::vector<std::string> observed;    // variables of the model, in data order
    std::vector<std::string> endogenous;  // outcomes of at least one regression, in data order
    std::vector<std::string> exogenous;   // the others
    bool meanstructure = false;           // intercepts and means are fitted
    int n = 0;                            // N, the number of observations
    double n_inference = 0;               // the n of chi-square and SEs (N − 1, N or the user's inference_n)
    Eigen::MatrixXd sample_covariance;    // S as fitted (divisor N for normal likelihood, ridge), observed order
    Eigen::VectorXd sample_means;         // ȳ (observed order), with a mean structure; empty otherwise
    RamModel model;
    std::vector<DefinedParameter> defined;
    Eigen::VectorXd start;                // start values (estimate falls back on diagonal ones where infeasible)
    std::vector<std::string> warnings;    // about the data (scales, a ridge), for the fit's warnings
};

// Throws InputError (options out of range, a variable not in the data, means missing, a bad ":=" expression),
// IdentificationError (a latent variable without a scale, more parameters than moments), NumericalError (a
// sample covariance matrix that cannot be fitted).
PreparedProblem prepare(const ParameterTable& table, const SampleMoments& data, const EstimationOptions& options);

}  // namespace jalur

#pragma once
// Stage 1 of a fit: prepare. Everything about a problem that does not depend on θ, checked and built once:
// the completed table (defaults added, free parameters numbered), the sample moments as fitted, the scale and
// t-rule checks, the compiled RAM model, the parsed ":=" expressions and the start values. A PreparedProblem
// is immutable: one can be estimated from many threads at once, each with its own EstimationWorkspace.
#include <Eigen/Dense>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/constraints.hpp"
#include "engine/model/defined_parameters.hpp"
#include "engine/estimation/estimation_options.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/model/ram_model.hpp"
#include "engine/data/data.hpp"

namespace jalur {

// One group's sample statistics as the model is fitted to them (engine/data/sample_statistics.hpp, then
// rescaled and checked here).
struct GroupSample {
    int n = 0;                        // N, the group's number of observations (complete rows)
    Eigen::MatrixXd covariance;       // S as fitted (divisor N for normal likelihood, ridge), observed order
    Eigen::VectorXd means;            // ȳ (observed order), with a mean structure; empty otherwise
    // Robust standard errors and scaled tests (EstimationOptions::robust): the complete rows, observed order.
    Eigen::MatrixXd rows;
    // ULS, DWLS and WLS: the weight on the moments (DWLS and WLS from the rows' Γ), computed once.
    std::optional<MomentWeight> weight;
    int rows_dropped = 0;             // raw data: rows dropped by listwise deletion
    std::vector<std::string> notes;   // about the data, for the report (the listwise deletion)
};

struct PreparedProblem {
    EstimationOptions options;
    Estimator estimator = Estimator::ML;
    ParameterTable table;                 // defaults added, free parameters numbered; no results
    std::vector<std::string> observed;    // variables of the model, in data order
    std::vector<std::string> endogenous;  // outcomes of at least one regression, in data order
    std::vector<std::string> exogenous;   // the others
    // With `exogenous: fixed`: the exogenous observed variables whose moments are fixed at the sample's.
    std::vector<std::string> fixed_exogenous;
    bool meanstructure = false;           // intercepts and means are fitted
    std::vector<GroupSample> groups;      // a group's sample as fitted, in the order of the table's group column
    double n_inference = 0;               // the n of chi-square and SEs (N − 1, N or the user's inference_n)
    RamModel model;
    std::vector<DefinedParameter> defined;
    Constraints constraints;              // the table's constraints; the linear equalities as θ = θ₀ + K φ
    Eigen::VectorXd start;                // start values (estimate falls back on diagonal ones where infeasible)
    std::vector<std::string> warnings;    // about the data (scales, a ridge), for the fit's warnings

    // One group today (G = 1): the code that fits it reads this group.
    const GroupSample& single_group() const { return groups.front(); }
    // A new discrepancy of the problem's estimator for the single group (a per-thread workspace).
    std::unique_ptr<Discrepancy> group_discrepancy() const;
    int total_n() const;                  // N over all groups
    int moment_count() const;             // the sample moments the model fits (a fixed x block's are not)
    // Free parameters less the independent equality constraints (lavaan's npar).
    int effective_parameter_count() const { return model.parameter_count - constraints.equality_count(); }
};

// `data`: raw rows or a covariance matrix (data.hpp); its statistics are computed here, listwise over the model's
// observed variables. Throws InputError (options out of range, a variable not in the data, means missing, fewer
// than 2 complete rows, a bad ":=" expression), IdentificationError (a latent variable without a scale, more
// parameters than moments), NumericalError (a sample covariance matrix that cannot be fitted).
[[nodiscard]] PreparedProblem prepare(const ParameterTable& table, const Data& data,
                                      const EstimationOptions& options);

}  // namespace jalur

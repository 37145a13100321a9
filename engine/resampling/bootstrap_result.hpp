#pragma once
// What a bootstrap run gives: the quantities it followed, each replicate's values of them (or why it failed),
// and each quantity's SE, bias and intervals; for Bollen–Stine, the replicates' χ² and the p-value.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "engine/resampling/bootstrap_intervals.hpp"
#include "engine/resampling/bootstrap_options.hpp"

namespace jalur {

enum class QuantityKind {
    Estimate,      // a free or defined row's est
    Standardized,  // the same row's std_all
    RSquared,      // an endogenous variable's R²
    Indirect,      // the indirect effect of `from` on `to`
    Total,         // the total effect of `from` on `to`
};

struct BootstrapQuantity {
    QuantityKind kind = QuantityKind::Estimate;
    std::size_t row = 0;   // Estimate, Standardized: the table row
    std::string from, to;  // effects: the variables; RSquared: `to`
    int from_index = -1, to_index = -1;  // the RAM model's indices of from and to
    double estimate = kNaN;              // the value at θ̂
    BootstrapSummary summary;            // over the replicates used
};

// What became of a replicate. Failed ones (all but Used) are left out of every summary; an inadmissible
// solution (a negative variance) is used, as lavaan keeps it, and counted.
enum class ReplicateOutcome {
    Used,
    NotConverged,     // the search did not converge
    UnusableSample,   // the resample's covariance matrix is singular or not positive definite (a constant column)
};

struct BootstrapResult {
    BootstrapOptions options;  // as run; `indices` emptied (`replayed` says whether there were any)
    bool replayed = false;
    double level = 0.95;       // of the intervals
    std::vector<BootstrapQuantity> quantities;
    Eigen::MatrixXd draws;     // a row per replicate, a column per quantity; a failed replicate's row is NaN
    std::vector<ReplicateOutcome> outcomes;
    std::vector<bool> inadmissible;  // per replicate: used, with a negative variance estimate
    int used = 0, not_converged = 0, unusable = 0, inadmissible_count = 0;
    // Bollen–Stine: the χ² of each replicate (NaN when it failed), the fit's χ² and p = #(T* > T) / used.
    Eigen::VectorXd chisq;
    double observed_chisq = kNaN;
    double bollen_stine_pvalue = kNaN;
    std::vector<std::string> warnings;  // many failed replicates; an interval at an extreme draw

    int failed() const { return not_converged + unusable; }
    // The replicates used, in order (the rows of `draws` the summaries are made of).
    std::vector<Eigen::Index> used_replicates() const {
        std::vector<Eigen::Index> used;
        for (std::size_t r = 0; r < outcomes.size(); ++r)
            if (outcomes[r] == ReplicateOutcome::Used) used.push_back(static_cast<Eigen::Index>(r));
        return used;
    }
};

}  // namespace jalur

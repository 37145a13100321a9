#pragma once
// The engine's data stage: a group's Data (rows, or statistics without rows) → the sample statistics a fit
// needs: S, ȳ and N of the model's variables, after listwise deletion of the rows with a missing value in one of
// them, and on request the asymptotic covariance matrix Γ of the sample moments (robust SEs and tests, WLS).
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

#include "engine/data/data.hpp"
#include "engine/data/sample_moments.hpp"

namespace jalur {

struct StatisticsRequest {
    // Γ of the sample moments: of vech(S), and of ȳ as well when `meanstructure` (raw data only).
    bool gamma = false;
    bool meanstructure = false;
    // The complete rows themselves (robust standard errors and tests work through them; raw data only).
    bool rows = false;
};

struct SampleStatistics {
    SampleMoments moments;           // the variables asked, in their order: S (divisor N − 1), N, ȳ from rows
    int rows_dropped = 0;            // raw data: rows with a missing value in one of the variables
    std::vector<std::string> notes;  // for the report: "2 rows with missing values were dropped (listwise deletion)"
    // ADF Γ, when asked: the covariance matrix of √N times the moments s = [ȳ (with a mean structure); vech(S)]
    // (vech: the lower triangle column by column, as lavaan), with divisor N, as lavaan's
    // lavInspect(fit, "gamma").
    std::optional<Eigen::MatrixXd> gamma;
    std::optional<Eigen::MatrixXd> rows;  // when asked: the complete rows, a column per variable asked
};

// `variables`: the columns wanted, in that order (all of the data's when empty). Throws InputError (at data.where)
// when a variable is not in the data, when fewer than 2 rows are complete in `variables`, or when Γ is asked of
// data without rows.
SampleStatistics sample_statistics(const Data& data, const std::vector<std::string>& variables,
                                   const StatisticsRequest& request = {});

// The ADF Γ of complete rows (a row per case): z_i = [y_i (with means); vech((y_i − ȳ)(y_i − ȳ)ᵀ)],
// Γ = (1/N) Σ (z_i − z̄)(z_i − z̄)ᵀ (Browne 1984; lavaan's lav_samplestats_Gamma).
Eigen::MatrixXd adf_gamma(const Eigen::MatrixXd& rows, bool meanstructure);

}  // namespace jalur

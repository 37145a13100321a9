#pragma once
// The data of one group as a reader hands them to the engine: the cases themselves (raw data), or, for a
// covariance or correlation matrix, only their statistics. `sample_statistics` (sample_statistics.hpp) turns
// either into what a fit needs, so that what is done with the rows (listwise deletion today; Γ, bootstrap
// resamples and casewise likelihoods later) happens in the engine, not in a reader.
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

#include "engine/data/sample_moments.hpp"
#include "engine/errors.hpp"

namespace jalur {

using MissingMask = Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>;

struct Data {
    std::vector<std::string> names;  // a name per column of `rows` (raw data), or the matrix's names
    // Raw data: a row per case, a column per name; NaN where a value is missing. (Case weights, a weight per
    // row, will sit beside them.)
    Eigen::MatrixXd rows;
    MissingMask missing;  // raw data: true where rows(i, j) is missing
    // Matrix input: the statistics without rows (S with divisor N − 1, N, ȳ when given).
    std::optional<SampleMoments> moments;
    SourceLocation where;  // the data file or matrix, for messages about the data

    Data() = default;
    // Covariance-matrix input is a Data too (implicit, so that SampleMoments can be fitted as they are).
    Data(SampleMoments statistics);  // NOLINT(google-explicit-constructor)
    // Raw data; the missing-value mask marks the NaN entries of `rows`.
    static Data from_rows(std::vector<std::string> names, Eigen::MatrixXd rows, SourceLocation where = {});

    bool has_rows() const { return !moments.has_value(); }
    int index_of(const std::string& name) const;  // -1 when absent
};

}  // namespace jalur

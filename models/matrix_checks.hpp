#pragma once
// The checks every reader of a written covariance or correlation matrix makes (YAML `lower`/`full`, SIMPLIS
// Covariance and Correlation Matrix). Each returns the first cell at fault, row by row, for the reader to report
// where that value was written.
#include <Eigen/Dense>
#include <cstddef>
#include <optional>
#include <utility>

namespace jalur::models {

using Cell = std::pair<std::size_t, std::size_t>;  // (row, column)

// A matrix written as a lower triangle (its strict upper part unset) gets its upper part mirrored; a full one must
// be symmetric within 1e-8 relative and is then averaged with its transpose. Returns the first (i, j), j < i, where
// a full matrix is not symmetric (the matrix is then left as written).
std::optional<Cell> symmetrize(Eigen::MatrixXd& values, bool lower);

// The first diagonal value that is not positive.
std::optional<std::size_t> first_nonpositive_diagonal(const Eigen::MatrixXd& values);

// The first (i, j) of a correlation matrix, row by row, that is not 1 (within 1e-8) on the diagonal or not within
// [-1, 1] off it; j runs over whole rows when `whole_rows`, else up to the diagonal.
std::optional<Cell> first_invalid_correlation(const Eigen::MatrixXd& values, bool whole_rows);

}  // namespace jalur::models

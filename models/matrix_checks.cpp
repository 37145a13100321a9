#include "models/matrix_checks.hpp"

#include <algorithm>
#include <cmath>

namespace jalur::models {
namespace {

constexpr double kSymmetryTolerance = 1e-8;  // relative
constexpr double kUnitTolerance = 1e-8;      // of a correlation's diagonal

}  // namespace

std::optional<Cell> symmetrize(Eigen::MatrixXd& values, bool lower) {
    if (lower) {
        values.triangularView<Eigen::StrictlyUpper>() = values.transpose();
        return std::nullopt;
    }
    for (Eigen::Index i = 0; i < values.rows(); ++i)
        for (Eigen::Index j = 0; j < i; ++j) {
            const double a = values(i, j), b = values(j, i);
            if (std::abs(a - b) > kSymmetryTolerance * std::max(std::abs(a), std::abs(b)))
                return Cell{static_cast<std::size_t>(i), static_cast<std::size_t>(j)};
        }
    values = (values + values.transpose()) / 2;
    return std::nullopt;
}

std::optional<std::size_t> first_nonpositive_diagonal(const Eigen::MatrixXd& values) {
    for (Eigen::Index i = 0; i < values.rows(); ++i)
        if (!(values(i, i) > 0)) return static_cast<std::size_t>(i);
    return std::nullopt;
}

std::optional<Cell> first_invalid_correlation(const Eigen::MatrixXd& values, bool whole_rows) {
    for (Eigen::Index i = 0; i < values.rows(); ++i)
        for (Eigen::Index j = 0; j < (whole_rows ? values.cols() : i + 1); ++j) {
            const double value = values(i, j);
            if (i == j ? std::abs(value - 1) > kUnitTolerance : std::abs(value) > 1)
                return Cell{static_cast<std::size_t>(i), static_cast<std::size_t>(j)};
        }
    return std::nullopt;
}

}  // namespace jalur::models

#pragma once
// Checks of the sample moments before a fit. Each problem here would otherwise surface later as a
// misleading message ("not identified", "smallest eigenvalue nan") or as a full report of numbers that
// mean nothing (SEs from a singular S); here it is refused with the variable named.
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace jalur {

// Magnitudes whose squares (and products of two) are normal doubles: the ML fit multiplies entries of S.
constexpr double kLargestMoment = 1e154;
constexpr double kSmallestVariance = 1e-154;
// Variances whose ratio exceeds this leave S (and the information matrix, squared) ill-conditioned: about 4 of
// 16 digits remain in S at 1e12. Not refused: path models with exact start values fit well far beyond it
// (income in rupiah beside Likert items), so it is a warning.
constexpr double kLargeVarianceRatio = 1e12;

// Throws NumericalError when S (the covariance matrix of `names`, from N = n observations) cannot carry a
// fit: N ≤ p, an entry that is not finite or too large, or a variance that is not positive (a constant
// variable) or too small. (A covariance that implies |r| > 1 is left to
// the positive-definiteness check, which a ridge may answer.)
void require_usable_sample(const Eigen::MatrixXd& s, const std::vector<std::string>& names, int n);

// A warning when the largest variance is more than kLargeVarianceRatio times the smallest.
std::optional<std::string> scale_warning(const Eigen::MatrixXd& s, const std::vector<std::string>& names);

}  // namespace jalur

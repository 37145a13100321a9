#pragma once
// Checks of the sample moments before a fit. Each problem here would otherwise surface later as a
// misleading message ("not identified", "smallest eigenvalue nan") or as a full report of numbers that
// mean nothing (SEs from a singular S); here it is refused with the variable named.
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace jalur {

// Magnitudes whose squares (and products of two) are normal doubles: the ML fit multiplies entries of S.
constexpr double kLargestMoment = 1e154;
constexpr double kSmallestVariance = 1e-154;
// Variances whose ratio exceeds this leave S (and the information matrix, squared) too ill-conditioned for
// double precision to give SEs with any digits: about 4 of 16 digits remain in S at 1e12.
constexpr double kLargestVarianceRatio = 1e12;

// Throws NumericalError when S (the covariance matrix of `names`, from N = n observations) cannot carry a
// fit: N ≤ p, an entry that is not finite or too large, a variance that is not positive (a constant
// variable) or too small, or variances of incomparable scales. (A covariance that implies |r| > 1 is left to
// the positive-definiteness check, which a ridge may answer.)
void require_usable_sample(const Eigen::MatrixXd& s, const std::vector<std::string>& names, int n);

}  // namespace jalur

#pragma once
// Fleishman's (1978) power method: Y = a + bZ + cZ² + dZ³ of a standard normal Z, with a = −c, has mean 0,
// variance 1 and a given skewness and excess kurtosis when (b, c, d) solve
//   b² + 6bd + 2c² + 15d² = 1
//   2c(b² + 24bd + 105d² + 2) = skewness
//   24[bd + c²(1 + b² + 28bd) + d²(12 + 48bd + 141c² + 225d²)] = excess kurtosis.
// Used by the Vale–Maurelli generator (one polynomial per variable) and by the independent generator (one per
// independent source).
#include <optional>

namespace jalur {

struct FleishmanPolynomial {
    double a = 0, b = 1, c = 0, d = 0;

    double operator()(double z) const { return a + z * (b + z * (c + z * d)); }
};

// The polynomial for `skewness` and `excess_kurtosis`: Newton's method from (b, c, d) = (1, 0, 0), lavaan's start,
// so that it finds lavaan's root (Fleishman's table's for the published cases); nullopt when the equations have
// no solution there (the excess kurtosis is too small for the skewness) or the residual stays above 1e-12.
std::optional<FleishmanPolynomial> fleishman_polynomial(double skewness, double excess_kurtosis);

// Vale and Maurelli's (1983) intermediate correlation: the correlation ρ of two standard normals whose polynomials
// `first` and `second` correlate `r`, the root in [−1, 1] of
//   r = ρ(b₁b₂ + 3b₁d₂ + 3d₁b₂ + 9d₁d₂) + 2ρ²c₁c₂ + 6ρ³d₁d₂
// nearest to r (lavaan searches from ρ = r); nullopt when no root lies in [−1, 1] (r cannot be reached).
std::optional<double> intermediate_correlation(const FleishmanPolynomial& first, const FleishmanPolynomial& second,
                                               double r);

}  // namespace jalur

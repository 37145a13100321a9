// Fleishman's power method (engine/simulation/fleishman.hpp): the coefficients of published and lavaan-computed
// cases, shapes no polynomial reaches, and Vale–Maurelli's intermediate correlations.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/simulation/fleishman.hpp"

using namespace jalur;

namespace {

// lavaan 0.6.14's fleishman1978_abcd: nlminb(start = c(1, 0, 0), objective = the squared residuals of the three
// equations, scale = 10) (the function inside lavaan:::ValeMaurelli1983), printed with %.14f. nlminb stops at a
// squared residual near 1e-18 to 1e-21, so its coefficients agree with the exact root to about 1e-8.
struct Reference {
    double skewness, kurtosis, b, c, d;
};
constexpr Reference kLavaan[] = {
    {2, 7, 0.76158527490479, 0.26002259898853, 0.05307227347146},
    {1, 1.5, 0.95307689714075, 0.16319427626808, 0.00659736978552},
    {0.5, 0, 1.03994603969816, 0.09262357405868, -0.01646085654503},
    {-1, 2, 0.90475830352615, -0.14721081920948, 0.02386092252816},
    {0, 3, 0.78235621996433, 0, 0.06790455643527},
    {0, -1, 1.22100956933125, 0, -0.08015837237363},
    // Heavy tails (the same call, printed with %.10f).
    {3, 15, 0.5882722843, 0.3456844077, 0.0860739356},
    {0, 30, 0.1792899703, 0, 0.2206755699},
};

}  // namespace

TEST_CASE("Fleishman coefficients for skewness 1.75 and excess kurtosis 3.75 are those of Fleishman's 1978 table") {
    const auto polynomial = fleishman_polynomial(1.75, 3.75);
    REQUIRE(polynomial);
    // Fleishman (1978), Table 1: b = 0.92966052480111, c = 0.39949667453766, d = −0.03646699281275 (a = −c).
    // lavaan's nlminb gives c = 0.39949670057478: the table's own digits agree with the exact root to about 1e-7.
    CHECK(polynomial->b == doctest::Approx(0.92966052480111).epsilon(1e-7));
    CHECK(polynomial->c == doctest::Approx(0.39949667453766).epsilon(1e-7));
    CHECK(polynomial->d == doctest::Approx(-0.03646699281275).epsilon(1e-6));
    CHECK(polynomial->a == -polynomial->c);
}

TEST_CASE("Fleishman coefficients are lavaan's root for the issue's shape, mild shapes, negative skewness and platykurtosis") {
    for (const Reference& r : kLavaan) {
        CAPTURE(r.skewness);
        CAPTURE(r.kurtosis);
        const auto polynomial = fleishman_polynomial(r.skewness, r.kurtosis);
        REQUIRE(polynomial);
        CHECK(std::abs(polynomial->b - r.b) < 1e-8);
        CHECK(std::abs(polynomial->c - r.c) < 1e-8);
        CHECK(std::abs(polynomial->d - r.d) < 1e-8);
    }
}

TEST_CASE("The normal shape gives the identity polynomial exactly") {
    const auto polynomial = fleishman_polynomial(0, 0);
    REQUIRE(polynomial);
    CHECK(polynomial->a == 0);
    CHECK(polynomial->b == 1);
    CHECK(polynomial->c == 0);
    CHECK(polynomial->d == 0);
}

TEST_CASE("Shapes no Fleishman polynomial reaches are refused") {
    // lavaan's nlminb stops at a squared residual of 0.937 for skewness 3 with excess kurtosis 5 (it warns and
    // simulates anyway); kurtosis below skewness² − 2 is impossible for any distribution.
    CHECK_FALSE(fleishman_polynomial(3, 5));
    CHECK_FALSE(fleishman_polynomial(1, -1));
    CHECK_FALSE(fleishman_polynomial(0, -1.5));
    CHECK_FALSE(fleishman_polynomial(std::nan(""), 0));
}

TEST_CASE("Intermediate correlations are lavaan's roots and reproduce the target correlation") {
    const FleishmanPolynomial skewed{-0.26002259898853, 0.76158527490479, 0.26002259898853, 0.05307227347146};
    const FleishmanPolynomial mild{-0.16319427626808, 0.95307689714075, 0.16319427626808, 0.00659736978552};
    // lavaan 0.6.14's getICOV (nlminb from rho = R on the squared residual of the cubic), %.12f:
    //   getICOV(skewed, skewed, R = 0.5) = 0.540053906176; getICOV(skewed, mild, R = -0.3) = -0.346142543755.
    const auto same = intermediate_correlation(skewed, skewed, 0.5);
    const auto mixed = intermediate_correlation(skewed, mild, -0.3);
    REQUIRE(same);
    REQUIRE(mixed);
    CHECK(std::abs(*same - 0.540053906176) < 1e-9);
    CHECK(std::abs(*mixed - -0.346142543755) < 1e-9);
    const auto correlation = [](const FleishmanPolynomial& f, const FleishmanPolynomial& g, double rho) {
        return rho * (f.b * g.b + 3 * f.b * g.d + 3 * f.d * g.b + 9 * f.d * g.d) + 2 * rho * rho * f.c * g.c +
               6 * rho * rho * rho * f.d * g.d;
    };
    CHECK(correlation(skewed, mild, *mixed) == doctest::Approx(-0.3).epsilon(1e-14));
    CHECK(intermediate_correlation(skewed, mild, 0) == 0.0);
}

TEST_CASE("A correlation two polynomials cannot reach has no intermediate correlation") {
    // The right-skewed polynomial and its mirror image correlate at most 1 − 4c² ≈ 0.73 (at ρ = 1).
    const FleishmanPolynomial right{-0.26002259898853, 0.76158527490479, 0.26002259898853, 0.05307227347146};
    const FleishmanPolynomial left{0.26002259898853, 0.76158527490479, -0.26002259898853, 0.05307227347146};
    CHECK_FALSE(intermediate_correlation(right, left, 0.9));
    CHECK(intermediate_correlation(right, left, 0.7));
}

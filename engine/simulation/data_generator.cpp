#include "engine/simulation/data_generator.hpp"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include "engine/errors.hpp"

namespace jalur {
namespace {

std::string number(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", x);
    return buffer;
}

std::string variable_name(const GeneratorSpec& spec, int j) {
    if (j < static_cast<int>(spec.names.size())) return "variable " + quoted(spec.names[j]);
    return "variable " + std::to_string(j + 1);
}

MarginalShape shape_of(const GeneratorSpec& spec, int j) {
    if (spec.shapes.empty()) return {};
    return spec.shapes.size() == 1 ? spec.shapes[0] : spec.shapes[j];
}

void check_spec(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, const GeneratorSpec& spec) {
    const auto p = mu.size();
    const auto fail = [](const std::string& what) { throw std::invalid_argument("data generator: " + what + "."); };
    if (p == 0 || sigma.rows() != p || sigma.cols() != p) fail("Σ must be p × p and μ of length p, with p > 0");
    // Symmetric up to rounding (an implied Σ computed as a product); only the lower triangle is used.
    if (!sigma.allFinite() || !mu.allFinite() || !sigma.isApprox(sigma.transpose(), 1e-12))
        fail("Σ must be finite and symmetric and μ finite");
    const auto shapes = spec.shapes.size();
    if (shapes != 0 && shapes != 1 && shapes != static_cast<std::size_t>(p))
        fail("there must be no shapes, one for all variables, or one per variable");
    for (const MarginalShape& shape : spec.shapes) {
        if (!std::isfinite(shape.skewness) || !std::isfinite(shape.excess_kurtosis)) fail("shapes must be finite");
        if (spec.distribution == Distribution::Normal && (shape.skewness != 0 || shape.excess_kurtosis != 0))
            fail("a normal distribution has skewness 0 and excess kurtosis 0");
    }
    if (!spec.thresholds.empty() && spec.thresholds.size() != static_cast<std::size_t>(p))
        fail("there must be no thresholds or one list per variable");
    for (const auto& cuts : spec.thresholds)
        for (std::size_t k = 0; k < cuts.size(); ++k)
            if (!std::isfinite(cuts[k]) || (k > 0 && !(cuts[k] > cuts[k - 1])))
                fail("thresholds must be finite and strictly ascending");
    if (!(spec.mcar >= 0 && spec.mcar < 1) || !(spec.mar >= 0 && spec.mar < 1))
        fail("the MCAR and MAR proportions must lie in [0, 1)");
    if (spec.mar > 0 && (spec.mar_variable < 0 || spec.mar_variable >= p || p < 2))
        fail("MAR needs a mar_variable among the variables and at least one other variable");
    if (!spec.names.empty() && spec.names.size() != static_cast<std::size_t>(p))
        fail("there must be no names or one per variable");
}

FleishmanPolynomial polynomial_or_throw(double skewness, double kurtosis, const std::string& whose) {
    if (const auto polynomial = fleishman_polynomial(skewness, kurtosis)) return *polynomial;
    throw NumericalError(whose + ": skewness " + number(skewness) + " with excess kurtosis " + number(kurtosis) +
                         " cannot be reached by Fleishman's polynomial (its equations have no solution), expected a "
                         "larger excess kurtosis for that skewness");
}

// Lower L with Σ = LLᵀ, or NumericalError naming `what`.
Eigen::MatrixXd cholesky_or_throw(const Eigen::MatrixXd& matrix, const std::string& what) {
    const Eigen::LLT<Eigen::MatrixXd> llt(matrix);
    if (llt.info() != Eigen::Success) {
        const double smallest = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(matrix, Eigen::EigenvaluesOnly)
                                    .eigenvalues()
                                    .minCoeff();
        throw NumericalError("data generator: " + what + " is not positive definite (smallest eigenvalue " +
                             number(smallest) + "), expected a positive definite matrix");
    }
    return llt.matrixL();
}

}  // namespace

DataGenerator::DataGenerator(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, GeneratorSpec spec)
    : spec_(std::move(spec)), mu_(mu) {
    check_spec(sigma, mu, spec_);
    const int p = static_cast<int>(mu.size());
    const Eigen::MatrixXd l = cholesky_or_throw(sigma, "the population covariance matrix Σ");
    switch (spec_.distribution) {
        case Distribution::Normal:
            root_ = l;
            break;
        case Distribution::ValeMaurelli: {
            // lavaan: the polynomials of cov2cor(Σ), Z ~ N(0, R_int), then scaled by √diag(Σ) and shifted by μ.
            scale_ = sigma.diagonal().cwiseSqrt();
            for (int j = 0; j < p; ++j) {
                const MarginalShape shape = shape_of(spec_, j);
                polynomials_.push_back(
                    polynomial_or_throw(shape.skewness, shape.excess_kurtosis, variable_name(spec_, j)));
            }
            Eigen::MatrixXd intermediate = Eigen::MatrixXd::Identity(p, p);
            for (int j = 0; j < p; ++j)
                for (int i = j + 1; i < p; ++i) {
                    const double r = sigma(i, j) / (scale_(i) * scale_(j));
                    const auto rho = intermediate_correlation(polynomials_[i], polynomials_[j], r);
                    if (!rho)
                        throw NumericalError("data generator: the correlation " + number(r) + " of " +
                                             variable_name(spec_, j) + " and " + variable_name(spec_, i) +
                                             " cannot be reached by Vale–Maurelli with their shapes, expected a "
                                             "correlation the two Fleishman polynomials can reach");
                    intermediate(i, j) = intermediate(j, i) = *rho;
                }
            root_ = cholesky_or_throw(intermediate, "Vale–Maurelli's intermediate correlation matrix");
            break;
        }
        case Distribution::IndependentGenerator: {
            // Y = μ + L X with independent standardized X_j: skew(Y_i) = Σ_j l_ij³ skew(X_j) / σ_ii^{3/2} and
            // exkurt(Y_i) = Σ_j l_ij⁴ exkurt(X_j) / σ_ii², lower-triangular systems with a nonzero diagonal.
            root_ = l;
            Eigen::VectorXd skew(p), kurt(p);
            for (int i = 0; i < p; ++i) {
                const MarginalShape shape = shape_of(spec_, i);
                skew(i) = shape.skewness * std::pow(sigma(i, i), 1.5);
                kurt(i) = shape.excess_kurtosis * sigma(i, i) * sigma(i, i);
            }
            const Eigen::MatrixXd cubes = l.array().cube().matrix(), fourths = l.array().square().square().matrix();
            const Eigen::VectorXd source_skew = cubes.triangularView<Eigen::Lower>().solve(skew);
            const Eigen::VectorXd source_kurt = fourths.triangularView<Eigen::Lower>().solve(kurt);
            for (int j = 0; j < p; ++j)
                polynomials_.push_back(polynomial_or_throw(
                    source_skew(j), source_kurt(j),
                    "data generator: the independent source of " + variable_name(spec_, j) +
                        " (independent generator, Cholesky order of the variables)"));
            break;
        }
    }
}

void DataGenerator::generate(int n, ReplicateStream& stream, Eigen::MatrixXd& out) const {
    if (n < 0) throw std::invalid_argument("data generator: the number of cases must not be negative.");
    const int p = static_cast<int>(mu_.size());
    out.resize(n, p);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < p; ++j) out(i, j) = stream.normal();
    const bool independent = spec_.distribution == Distribution::IndependentGenerator;
    for (int i = 0; i < n; ++i) {
        if (independent)
            for (int j = 0; j < p; ++j) out(i, j) = polynomials_[j](out(i, j));
        // L z in place: row k of L uses z_0 … z_k, so going from the last row up overwrites nothing still needed.
        for (int k = p - 1; k >= 0; --k) {
            double sum = 0;
            for (int j = 0; j <= k; ++j) sum += root_(k, j) * out(i, j);
            out(i, k) = sum;
        }
        if (spec_.distribution == Distribution::ValeMaurelli)
            for (int j = 0; j < p; ++j) out(i, j) = mu_(j) + scale_(j) * polynomials_[j](out(i, j));
        else
            for (int j = 0; j < p; ++j) out(i, j) += mu_(j);
    }
    categorize(out);
    if (spec_.mcar > 0) impose_mcar(stream, out);
    if (spec_.mar > 0) impose_mar(stream, out);
}

void DataGenerator::categorize(Eigen::MatrixXd& out) const {
    for (std::size_t j = 0; j < spec_.thresholds.size(); ++j) {
        const std::vector<double>& cuts = spec_.thresholds[j];
        if (cuts.empty()) continue;
        for (Eigen::Index i = 0; i < out.rows(); ++i) {
            const double value = out(i, static_cast<Eigen::Index>(j));
            const auto below = std::upper_bound(cuts.begin(), cuts.end(), value) - cuts.begin();
            out(i, static_cast<Eigen::Index>(j)) = static_cast<double>(below + 1);
        }
    }
}

void DataGenerator::impose_mcar(ReplicateStream& stream, Eigen::MatrixXd& out) const {
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    for (Eigen::Index i = 0; i < out.rows(); ++i)
        for (Eigen::Index j = 0; j < out.cols(); ++j)
            if (j != spec_.mar_variable && stream.uniform() < spec_.mcar) out(i, j) = missing;
}

void DataGenerator::impose_mar(ReplicateStream& stream, Eigen::MatrixXd& out) const {
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    const auto covariate = out.col(spec_.mar_variable);
    const double mean = covariate.mean();
    const auto eligible = (covariate.array() > mean).count();
    if (eligible == 0) return;
    const double probability = spec_.mar * static_cast<double>(out.rows()) / static_cast<double>(eligible);
    for (Eigen::Index i = 0; i < out.rows(); ++i) {
        if (!(covariate(i) > mean)) continue;
        for (Eigen::Index j = 0; j < out.cols(); ++j)
            if (j != spec_.mar_variable && stream.uniform() < probability) out(i, j) = missing;
    }
}

}  // namespace jalur

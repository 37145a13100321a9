#include "engine/data/sample_checks.hpp"

#include <cmath>
#include <optional>
#include <sstream>

#include "engine/errors.hpp"

namespace jalur {

namespace {

std::string number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

std::string moment_name(const std::vector<std::string>& names, Eigen::Index i, Eigen::Index j) {
    return i == j ? "the variance of " + names[i] : "the covariance of " + names[i] + " and " + names[j];
}

void require_observations(int n, const std::vector<std::string>& names) {
    const auto p = static_cast<int>(names.size());
    if (n > p) return;
    throw NumericalError("the sample has N = " + std::to_string(n) + " observations for p = " + std::to_string(p) +
                         " observed variables of the model: with N <= p the sample covariance matrix is singular and no estimate or standard error"
                         " means anything, expected more observations than observed variables (for raw data: rows"
                         " left after listwise deletion)");
}

void require_finite_magnitudes(const Eigen::MatrixXd& s, const std::vector<std::string>& names) {
    for (Eigen::Index i = 0; i < s.rows(); ++i)
        for (Eigen::Index j = 0; j <= i; ++j) {
            const double value = s(i, j);
            if (!std::isfinite(value))
                throw NumericalError(moment_name(names, i, j) + " is not a finite number (" + number(value) +
                                     "), expected finite values: rescale " + names[i] +
                                     (i == j ? "" : " or " + names[j]) + " (e.g. divide by a power of 10)");
            if (std::abs(value) > kLargestMoment)
                throw NumericalError(moment_name(names, i, j) + " is " + number(value) +
                                     ", expected variances and covariances below " + number(kLargestMoment) +
                                     " (their products must be finite): rescale " + names[i] +
                                     (i == j ? "" : " or " + names[j]) + " (e.g. divide by a power of 10)");
        }
}

void require_positive_variances(const Eigen::MatrixXd& s, const std::vector<std::string>& names) {
    for (Eigen::Index i = 0; i < s.rows(); ++i) {
        const double variance = s(i, i);
        if (variance == 0)
            throw NumericalError("the variance of " + names[i] +
                                 " is 0: it is constant, expected a variable that varies (leave " + names[i] +
                                 " out of the model)");
        if (variance < 0)
            throw NumericalError("the variance of " + names[i] + " is " + number(variance) +
                                 ", expected a positive variance (a typing error in the matrix?)");
        if (variance < kSmallestVariance)
            throw NumericalError("the variance of " + names[i] + " is " + number(variance) + ", expected at least " +
                                 number(kSmallestVariance) + ": rescale " + names[i] +
                                 " (e.g. multiply by a power of 10)");
    }
}

}  // namespace

std::optional<std::string> scale_warning(const Eigen::MatrixXd& s, const std::vector<std::string>& names) {
    if (s.rows() < 2) return std::nullopt;
    Eigen::Index smallest = 0, largest = 0;
    s.diagonal().minCoeff(&smallest);
    s.diagonal().maxCoeff(&largest);
    const double ratio = s(largest, largest) / s(smallest, smallest);
    if (ratio <= kLargeVarianceRatio) return std::nullopt;
    return "the variance of " + names[largest] + " (" + number(s(largest, largest)) + ") is " + number(ratio) +
           " times that of " + names[smallest] + " (" + number(s(smallest, smallest)) +
           "): estimates and SEs may have lost digits; rescaling one of them (e.g. income in millions rather than in"
           " units) makes the fit better conditioned";
}

void require_usable_sample(const Eigen::MatrixXd& s, const std::vector<std::string>& names, int n) {
    require_observations(n, names);
    require_finite_magnitudes(s, names);
    require_positive_variances(s, names);
}

}  // namespace jalur

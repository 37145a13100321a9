#include "stats/scale_reliability.hpp"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <sstream>

#include "engine/errors.hpp"

namespace jalur::stats {

namespace {

std::string number_text(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

// The preconditions of analyze_scale, checked before any arithmetic so that no NaN leaves the engine.
void require_analyzable(const std::string& name, const std::vector<std::string>& items,
                        const Eigen::MatrixXd& responses) {
    const std::string where = "scale '" + name + "': ";
    if (static_cast<Eigen::Index>(items.size()) != responses.cols())
        throw NumericalError(where + std::to_string(items.size()) + " item names for " +
                             std::to_string(responses.cols()) + " columns of answers, expected one name per column");
    if (items.size() < 2)
        throw NumericalError(where + std::to_string(items.size()) + " item" + (items.size() == 1 ? "" : "s") +
                             (items.empty() ? "" : " (" + join(items) + ")") +
                             ", expected at least 2 items for a reliability analysis");
    if (responses.rows() < 3)
        throw NumericalError(where + std::to_string(responses.rows()) +
                             " respondents with complete answers, expected at least 3");
    for (Eigen::Index j = 0; j < responses.cols(); ++j) {
        const auto column = responses.col(j);
        for (Eigen::Index i = 0; i < column.size(); ++i)
            if (!std::isfinite(column[i]))
                throw NumericalError(where + "the answer of respondent " + std::to_string(i + 1) + " to item '" +
                                     items[j] + "' is missing, expected complete answers (drop incomplete "
                                     "respondents first)");
        // Exact comparison: "the same answer" is what the message says, and Likert answers are whole numbers.
        if ((column.array() == column[0]).all())
            throw NumericalError(where + "every respondent gave the same answer (" + number_text(column[0]) +
                                 ") to item '" + items[j] +
                                 "', expected answers that vary: a constant item has no correlation with the "
                                 "total; leave it out of the scale");
    }
}

// Sums of items that never vary although each item does (e.g. an item and its reversed copy) leave a
// correlation with a zero variance; caught here rather than returned as ±∞ or NaN.
void require_varying_sum(const Eigen::VectorXd& sum, double item_variance_sum, const std::string& what) {
    const Eigen::VectorXd centered = sum.array() - sum.mean();
    if (centered.squaredNorm() / static_cast<double>(sum.size() - 1) <= 1e-12 * item_variance_sum)
        throw NumericalError(what + " is the same for every respondent, expected totals that vary: the items "
                                    "cancel out (is one the reverse of another?)");
}

}  // namespace

ScaleReliability analyze_scale(const std::string& name, const std::vector<std::string>& items,
                               const Eigen::MatrixXd& responses, double significance) {
    require_analyzable(name, items, responses);
    const auto n = static_cast<int>(responses.rows());
    const auto k = static_cast<int>(responses.cols());

    // Every statistic is a function of the item covariance matrix C (divisor N − 1), as in psych::alpha:
    // the variance of a sum of items is the sum of their block of C.
    const Eigen::RowVectorXd means = responses.colwise().mean();
    const Eigen::MatrixXd centered = responses.rowwise() - means;
    const Eigen::MatrixXd cov = centered.transpose() * centered / static_cast<double>(n - 1);
    const Eigen::VectorXd variances = cov.diagonal();
    const Eigen::VectorXd row_sums = cov.rowwise().sum();  // cov(item, total)
    const double item_variance_sum = variances.sum();
    const Eigen::VectorXd total = responses.rowwise().sum();
    require_varying_sum(total, item_variance_sum, "scale '" + name + "': the total of " + join(items));
    const double total_variance = cov.sum();

    ScaleReliability result;
    result.name = name;
    result.n = n;
    result.k = k;
    result.alpha = k / (k - 1.0) * (1 - item_variance_sum / total_variance);

    const Eigen::VectorXd inv_sd = variances.cwiseSqrt().cwiseInverse();
    const Eigen::MatrixXd cor = inv_sd.asDiagonal() * cov * inv_sd.asDiagonal();
    result.average_r = (cor.sum() - k) / (k * (k - 1.0));
    result.alpha_std = k * result.average_r / (1 + (k - 1) * result.average_r);
    result.r_critical = critical_r(n - 2, significance);

    for (int j = 0; j < k; ++j) {
        ItemStatistics item;
        item.item = items[j];
        item.mean = means[j];
        item.sd = std::sqrt(variances[j]);
        for (Eigen::Index i = 0; i < n; ++i) ++item.frequencies[responses(i, j)];
        // The rest of the scale: variance Σ C minus item j's row and column, covariance with item j.
        const double rest_variance = total_variance - 2 * row_sums[j] + variances[j];
        const double rest_covariance = row_sums[j] - variances[j];
        // One item left has no alpha (k/(k−1) with k = 1); psych prints a covariance ratio there instead.
        item.alpha_if_deleted = std::numeric_limits<double>::quiet_NaN();
        if (k > 2) {
            require_varying_sum(total - responses.col(j), item_variance_sum - variances[j],
                                "scale '" + name + "': the total of the items other than '" + items[j] + "'");
            item.alpha_if_deleted = (k - 1.0) / (k - 2.0) * (1 - (item_variance_sum - variances[j]) / rest_variance);
        }
        item.r_total = row_sums[j] / std::sqrt(variances[j] * total_variance);
        item.r_corrected = rest_covariance / std::sqrt(variances[j] * rest_variance);
        item.valid = item.r_total > result.r_critical;
        result.items.push_back(std::move(item));
    }
    return result;
}

double critical_r(int df, double significance) {
    if (df < 1)
        throw NumericalError("critical r with " + std::to_string(df) + " degrees of freedom, expected at least 1");
    if (!(significance > 0 && significance < 1))
        throw NumericalError("critical r at significance " + number_text(significance) +
                             ", expected a level between 0 and 1 (e.g. 0.05)");
    const boost::math::students_t t_distribution(df);
    const double t = boost::math::quantile(boost::math::complement(t_distribution, significance / 2));
    return t / std::sqrt(df + t * t);
}

}  // namespace jalur::stats

#include "stats/independence_test.hpp"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <cmath>
#include <sstream>
#include <string>

#include "engine/errors.hpp"

namespace jalur::stats {

namespace {

std::string table_size(const Eigen::MatrixXd& counts) {
    return std::to_string(counts.rows()) + " × " + std::to_string(counts.cols());
}

// The preconditions of independence_test: a table whose cells are counts and where every expected count is
// positive (an empty row or column would divide by zero).
void require_testable(const Eigen::MatrixXd& counts) {
    if (counts.rows() < 2 || counts.cols() < 2)
        throw NumericalError("a " + table_size(counts) +
                             " table, expected at least 2 rows and 2 columns: a variable with one level cannot "
                             "be tested for independence");
    for (Eigen::Index i = 0; i < counts.rows(); ++i)
        for (Eigen::Index j = 0; j < counts.cols(); ++j) {
            const double x = counts(i, j);
            if (!(std::isfinite(x) && x >= 0 && x == std::floor(x))) {
                std::ostringstream msg;
                msg << "cell (row " << i + 1 << ", column " << j + 1 << ") of the table holds " << x
                    << ", expected a whole count of 0 or more";
                throw NumericalError(msg.str());
            }
        }
    for (Eigen::Index i = 0; i < counts.rows(); ++i)
        if (counts.row(i).sum() == 0)
            throw NumericalError("row " + std::to_string(i + 1) + " of the " + table_size(counts) +
                                 " table has no observations, expected at least one in every row (leave out "
                                 "empty levels)");
    for (Eigen::Index j = 0; j < counts.cols(); ++j)
        if (counts.col(j).sum() == 0)
            throw NumericalError("column " + std::to_string(j + 1) + " of the " + table_size(counts) +
                                 " table has no observations, expected at least one in every column (leave out "
                                 "empty levels)");
}

double upper_tail(double statistic, int df) {
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared(df), statistic));
}

// R's fisher.test for a 2×2 table: with the margins fixed, the top-left cell is hypergeometric; the p-value
// sums the probabilities of the tables no more likely than the observed one. The relative tolerance 1e-7 keeps
// tables exactly as likely as the observed one in the sum despite rounding.
double fisher_two_sided(const Eigen::MatrixXd& counts) {
    const auto cell = static_cast<unsigned>(counts(0, 0));
    const auto column1 = static_cast<unsigned>(counts.col(0).sum());
    const auto row1 = static_cast<unsigned>(counts.row(0).sum());
    const auto total = static_cast<unsigned>(counts.sum());
    // Boost: `column1` marked items among `total`, `row1` drawn; the count of marked items drawn.
    const boost::math::hypergeometric_distribution<double> top_left(column1, row1, total);
    const auto [low, high] = boost::math::support(top_left);
    const double observed = boost::math::pdf(top_left, cell);
    double as_extreme = 0, all = 0;
    for (unsigned x = static_cast<unsigned>(low); x <= static_cast<unsigned>(high); ++x) {
        const double p = boost::math::pdf(top_left, x);
        all += p;
        if (p <= observed * (1 + 1e-7)) as_extreme += p;
    }
    return std::min(1.0, as_extreme / all);  // R normalizes the probabilities over the support, too
}

}  // namespace

IndependenceTest independence_test(const Eigen::MatrixXd& counts) {
    require_testable(counts);
    IndependenceTest result;
    result.observed = counts;
    const double n = counts.sum();
    result.expected = counts.rowwise().sum() * counts.colwise().sum() / n;
    const Eigen::ArrayXXd deviation = (counts - result.expected).array();
    result.chisq = (deviation.square() / result.expected.array()).sum();
    result.df = static_cast<int>((counts.rows() - 1) * (counts.cols() - 1));
    result.pvalue = upper_tail(result.chisq, result.df);

    if (counts.rows() == 2 && counts.cols() == 2) {
        // Yates as R applies it: the correction never exceeds the smallest |O − E| (one value in a 2×2 table),
        // so it cannot push a deviation past zero; a table as close to independence as whole counts allow gets 0.
        const double correction = std::min(0.5, deviation.abs().minCoeff());
        const double yates = ((deviation.abs() - correction).square() / result.expected.array()).sum();
        result.chisq_yates = yates;
        result.pvalue_yates = upper_tail(yates, 1);
        result.fisher_pvalue = fisher_two_sided(counts);
    }

    const auto smaller_side = static_cast<double>(std::min(counts.rows(), counts.cols()));
    result.cramers_v = std::sqrt(result.chisq / (n * (smaller_side - 1)));
    result.min_expected = result.expected.minCoeff();
    result.cells_expected_below_5 = static_cast<int>((result.expected.array() < 5).count());
    return result;
}

}  // namespace jalur::stats

#include "stats/servqual.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <string>
#include <utility>

#include "engine/errors.hpp"

namespace jalur::stats {

namespace {

// Gaps closer than this count as tied: gaps that are equal on paper (270/70 − 299/70 and 263/70 − 292/70)
// differ in their last bits once computed.
constexpr double kGapResolution = 1e-9;

[[noreturn]] void fail(const std::string& what) { throw NumericalError("SERVQUAL: " + what + "."); }

void check_attributes(const std::vector<ServqualAttribute>& attributes) {
    if (attributes.empty()) fail("no attributes, expected at least one");
    std::set<std::string> seen;
    for (std::size_t j = 0; j < attributes.size(); ++j) {
        const ServqualAttribute& a = attributes[j];
        if (a.item.empty()) fail("attribute " + std::to_string(j + 1) + " has no name, expected a name");
        if (a.dimension.empty()) fail("attribute '" + a.item + "' has no dimension, expected a dimension name");
        if (!seen.insert(a.item).second) fail("attribute '" + a.item + "' is given twice, expected each once");
    }
}

void check_answers(const std::vector<ServqualAttribute>& attributes, const Eigen::MatrixXd& answers,
                   const std::string& what) {
    const auto k = static_cast<Eigen::Index>(attributes.size());
    if (answers.cols() != k)
        fail(what + " has " + std::to_string(answers.cols()) + " columns for " + std::to_string(k) +
             " attributes, expected one column per attribute");
    for (Eigen::Index i = 0; i < answers.rows(); ++i)
        for (Eigen::Index j = 0; j < k; ++j)
            if (!std::isfinite(answers(i, j)))
                fail(what + " of respondent " + std::to_string(i + 1) + " for '" +
                     attributes[static_cast<std::size_t>(j)].item +
                     "' is missing or not finite, expected complete answers");
}

// rank 1 = most negative gap; ties keep the order given.
void rank_by_gap(std::vector<ServqualPoint>& points) {
    std::vector<std::size_t> order(points.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto key = [&](std::size_t i) { return std::round(points[i].gap / kGapResolution); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    for (std::size_t r = 0; r < order.size(); ++r) points[order[r]].rank = static_cast<int>(r) + 1;
}

// The means of the points' expectations and perceptions, and each point's quadrant against them.
void place(std::vector<ServqualPoint>& points, double& expectation_split, double& perception_split) {
    double e = 0, p = 0;
    for (const ServqualPoint& point : points) {
        e += point.expectation;
        p += point.perception;
    }
    expectation_split = e / static_cast<double>(points.size());
    perception_split = p / static_cast<double>(points.size());
    for (ServqualPoint& point : points)
        point.quadrant = quadrant(point.expectation, point.perception, expectation_split, perception_split);
}

ServqualPoint point(std::string name, std::string dimension, double perception, double expectation) {
    ServqualPoint p;
    p.name = std::move(name);
    p.dimension = std::move(dimension);
    p.perception = perception;
    p.expectation = expectation;
    p.gap = perception - expectation;
    return p;
}

}  // namespace

Servqual servqual(const std::vector<ServqualAttribute>& attributes, const Eigen::MatrixXd& perception,
                  const Eigen::MatrixXd& expectation) {
    check_attributes(attributes);
    check_answers(attributes, perception, "perception");
    check_answers(attributes, expectation, "expectation");
    if (perception.rows() != expectation.rows())
        fail("perception has " + std::to_string(perception.rows()) + " respondents and expectation " +
             std::to_string(expectation.rows()) + ", expected the same respondents in both");
    if (perception.rows() < 2)
        fail(std::to_string(perception.rows()) + " respondent(s), expected at least 2");

    Servqual result;
    const Eigen::RowVectorXd p_means = perception.colwise().mean();
    const Eigen::RowVectorXd e_means = expectation.colwise().mean();
    std::vector<std::string> dimensions;
    std::vector<std::vector<Eigen::Index>> members;  // per dimension, its attributes' columns
    for (std::size_t j = 0; j < attributes.size(); ++j) {
        const ServqualAttribute& a = attributes[j];
        const auto col = static_cast<Eigen::Index>(j);
        result.items.push_back(point(a.item, a.dimension, p_means(col), e_means(col)));
        auto found = std::find(dimensions.begin(), dimensions.end(), a.dimension);
        if (found == dimensions.end()) {
            dimensions.push_back(a.dimension);
            members.emplace_back();
            found = dimensions.end() - 1;
        }
        members[static_cast<std::size_t>(found - dimensions.begin())].push_back(col);
    }

    const Eigen::Index n = perception.rows();
    const auto d_count = static_cast<Eigen::Index>(dimensions.size());
    result.perception_scores.setZero(n, d_count);
    result.expectation_scores.setZero(n, d_count);
    for (Eigen::Index d = 0; d < d_count; ++d) {
        const std::vector<Eigen::Index>& cols = members[static_cast<std::size_t>(d)];
        for (Eigen::Index col : cols) {
            result.perception_scores.col(d) += perception.col(col);
            result.expectation_scores.col(d) += expectation.col(col);
        }
        result.perception_scores.col(d) /= static_cast<double>(cols.size());
        result.expectation_scores.col(d) /= static_cast<double>(cols.size());
        const std::string& name = dimensions[static_cast<std::size_t>(d)];
        result.dimensions.push_back(point(name, name, result.perception_scores.col(d).mean(),
                                          result.expectation_scores.col(d).mean()));
    }
    result.gap_scores = result.perception_scores - result.expectation_scores;

    place(result.items, result.item_expectation_split, result.item_perception_split);
    place(result.dimensions, result.dimension_expectation_split, result.dimension_perception_split);
    rank_by_gap(result.items);
    rank_by_gap(result.dimensions);
    return result;
}

int quadrant(double importance, double performance, double importance_split, double performance_split) {
    if (!std::isfinite(importance) || !std::isfinite(performance) || !std::isfinite(importance_split) ||
        !std::isfinite(performance_split))
        fail("a quadrant of a value or split that is not finite, expected finite numbers");
    const bool important = importance >= importance_split;
    const bool performing = performance >= performance_split;
    if (important) return performing ? 2 : 1;
    return performing ? 4 : 3;
}

}  // namespace jalur::stats

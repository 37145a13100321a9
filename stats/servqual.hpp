#pragma once
// SERVQUAL (Parasuraman et al. 1988): perception − expectation gaps per attribute and per dimension, a priority
// ranking, and the importance–performance (Cartesian) analysis of the seeds: expectation (importance) on the
// x axis, perception (performance) on the y axis, quadrants split at the means of the plotted points:
//   I   importance ≥ mean, performance < mean   top priority ("prioritas utama")
//   II  importance ≥ mean, performance ≥ mean   keep up the good work ("pertahankan")
//   III importance < mean, performance < mean   low priority ("prioritas rendah")
//   IV  importance < mean, performance ≥ mean   possible overkill ("berlebihan")
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace jalur::stats {

struct ServqualAttribute {
    std::string item;        // the attribute, e.g. "tangibles1"
    std::string dimension;   // e.g. "tangibles"
};

struct ServqualPoint {
    std::string name;        // attribute or dimension
    std::string dimension;   // the attribute's dimension (the dimension itself for a dimension row)
    double perception = 0;   // mean
    double expectation = 0;  // mean
    double gap = 0;          // perception − expectation
    int quadrant = 0;        // 1..4 as above
    int rank = 0;            // 1 = most negative gap
};

struct Servqual {
    std::vector<ServqualPoint> items;        // in the order given
    std::vector<ServqualPoint> dimensions;   // in order of first appearance; means of respondents' dimension scores
    double item_expectation_split = 0;       // quadrant lines of the attribute plot (means over attributes)
    double item_perception_split = 0;
    double dimension_expectation_split = 0;  // quadrant lines of the dimension plot (means over dimensions)
    double dimension_perception_split = 0;
    // Per respondent (rows) and dimension (columns): mean of the dimension's perception items, of its
    // expectation items, and their difference.
    Eigen::MatrixXd perception_scores, expectation_scores, gap_scores;
};

// `perception` and `expectation`: one row per respondent, one column per attribute in the order of `attributes`,
// no missing values. Requires at least one attribute and two respondents.
Servqual servqual(const std::vector<ServqualAttribute>& attributes, const Eigen::MatrixXd& perception,
                  const Eigen::MatrixXd& expectation);

int quadrant(double importance, double performance, double importance_split, double performance_split);

}  // namespace jalur::stats

#pragma once
// Association of two categorical variables (satisfaction × a patient characteristic): Pearson's chi-square test
// of independence, Yates' continuity correction and Fisher's exact test for 2×2 tables, Cramér's V — the
// numbers of R's chisq.test, chisq.test(correct = TRUE) and fisher.test.
#include <Eigen/Dense>
#include <optional>

namespace jalur::stats {

struct IndependenceTest {
    Eigen::MatrixXd observed;            // counts, rows × columns
    Eigen::MatrixXd expected;            // row total × column total / N
    double chisq = 0;
    int df = 0;                          // (rows − 1)(columns − 1)
    double pvalue = 0;
    std::optional<double> chisq_yates;   // 2×2 only (R: min(0.5, |O − E|) per cell)
    std::optional<double> pvalue_yates;
    std::optional<double> fisher_pvalue; // 2×2 only, two-sided as R's fisher.test
    double cramers_v = 0;                // √(χ² / (N (min(rows, columns) − 1)))
    double min_expected = 0;
    int cells_expected_below_5 = 0;
};

// Requires at least 2 rows and 2 columns and no row or column of zeros (the CLI drops empty levels first).
IndependenceTest independence_test(const Eigen::MatrixXd& counts);

}  // namespace jalur::stats

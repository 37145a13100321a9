#include "report/fit/model_check_summaries.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace jalur::report {

std::vector<const ModificationIndex*> listed_modification_indices(const std::vector<ModificationIndex>& indices,
                                                                  double min_mi) {
    std::vector<const ModificationIndex*> listed;
    for (const ModificationIndex& m : indices)
        if (m.mi >= min_mi) listed.push_back(&m);  // false for NaN
    std::stable_sort(listed.begin(), listed.end(),
                     [](const ModificationIndex* a, const ModificationIndex* b) { return a->mi > b->mi; });
    return listed;
}

std::string mi_threshold_text(double min_mi) { return fmt::format("{}", min_mi); }

std::optional<StandardizedResidualSummary> summarize_standardized_residuals(const Eigen::MatrixXd& standardized,
                                                                           const std::vector<std::string>& names) {
    StandardizedResidualSummary summary;
    for (Eigen::Index i = 0; i < standardized.rows(); ++i)
        for (Eigen::Index j = 0; j <= i; ++j) {
            const double value = standardized(i, j);
            if (!std::isfinite(value)) continue;
            if (summary.finite++ == 0 || std::abs(value) > std::abs(summary.largest)) {
                summary.largest = value;
                summary.row = names[static_cast<std::size_t>(i)];
                summary.column = names[static_cast<std::size_t>(j)];
            }
            if (std::abs(value) > kLargeStandardizedResidual) ++summary.large;
        }
    if (summary.finite == 0) return std::nullopt;
    return summary;
}

std::vector<WaldTableRow> wald_table_rows(const ConstraintWaldTests& tests, Language language) {
    std::vector<WaldTableRow> rows;
    for (const ConstraintWaldTest& test : tests.each) rows.push_back({test.constraint, &test});
    if (tests.joint)
        rows.push_back({format_label(language, "Joint test ({} constraints)", tests.joint->df), &*tests.joint});
    return rows;
}

}  // namespace jalur::report

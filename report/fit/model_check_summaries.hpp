#pragma once
// What the text, Markdown and HTML reports agree on about the sections on request (--mi, --residuals, --wald),
// so that the three show the same rows: which modification indices are listed, the one-line summary of the
// standardized residuals, and the rows of the Wald tests.
#include <Eigen/Dense>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/inference/constraint_wald.hpp"
#include "engine/inference/modification_indices.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// The MIs of at least min_mi, largest first; ties keep the engine's order. NaN is never listed.
std::vector<const ModificationIndex*> listed_modification_indices(const std::vector<ModificationIndex>& indices,
                                                                  double min_mi);

// The --mi-min threshold as the user wrote it, shortest form: 3.84, 10, 0.5.
std::string mi_threshold_text(double min_mi);

// |standardized residual| beyond this is flagged: about standard normal under the model, so 5% two-sided.
constexpr double kLargeStandardizedResidual = 1.96;

// The lower triangle (diagonal included) of a standardized residual matrix, in one line's worth of facts.
struct StandardizedResidualSummary {
    double largest = 0;  // the value with the largest absolute value, sign kept
    std::string row, column;  // where it is (row >= column in `names` order)
    std::size_t large = 0;    // how many exceed kLargeStandardizedResidual in absolute value
    std::size_t finite = 0;   // how many could be computed
};

// nullopt when no element is finite. `names` label the rows and columns of `standardized`.
std::optional<StandardizedResidualSummary> summarize_standardized_residuals(const Eigen::MatrixXd& standardized,
                                                                           const std::vector<std::string>& names);

// The rows of the table of Wald tests (--wald): each constraint as written, then the joint test, named
// "Joint test (2 constraints)" in the report's language.
struct WaldTableRow {
    std::string name;
    const ConstraintWaldTest* test;
};
std::vector<WaldTableRow> wald_table_rows(const ConstraintWaldTests& tests, Language language);

}  // namespace jalur::report

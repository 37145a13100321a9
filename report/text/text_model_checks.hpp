#pragma once
// The sections of the text report that are printed on request because they cost time on big models:
// LISREL's residual matrices (--residuals) and the modification indices (--mi).
//
//          Fitted Residuals                      (LISREL's layout, lower triangle)
//          Summary Statistics for Fitted Residuals
//  Smallest Fitted Residual = -0.15
//    Median Fitted Residual =  0.00
//   Largest Fitted Residual =  0.23
//
//          Modification Indices                  (lavaan's modindices() table, largest MI first)
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "engine/inference/constraint_wald.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/results/residuals.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// "Fitted Residuals", "Standardized Residuals" and "Normalized Residuals", each a lower-triangular matrix
// followed by its smallest, median and largest value. The matrices of `residuals` are in the order of
// `observed`; they are printed in the order of `names`. A value that is not finite prints as "- -" and is
// left out of the summary.
std::string residual_sections(const Residuals& residuals, const std::vector<std::string>& observed,
                              const std::vector<std::string>& names, Language language);

// "Modification Indices": the rows with MI >= min_mi, largest first (ties in the engine's order), as
// lhs op rhs mi epc sepc.lv sepc.all with three decimals, and how many candidates were below min_mi.
std::string modification_index_section(const std::vector<ModificationIndex>& indices, double min_mi,
                                       Language language);

// "Wald Tests of the Constraints": constraint, lhs - rhs, W, df and p of each equality constraint and the joint
// test, three decimals.
std::string wald_test_section(const ConstraintWaldTests& tests, Language language);

}  // namespace jalur::report

#pragma once
// The sections of the Markdown report that are there on request (--validity, --mi, --residuals, --wald), in APA
// style as the rest of the report: construct reliability and validity per factor with the Fornell–Larcker
// and HTMT matrices, the modification indices the text report lists (MI >= --mi-min, largest first), and
// the standardized residual matrix with the large ones in bold. Each section ends in its notes.
#include <string>
#include <vector>

#include "engine/results/construct_validity.hpp"
#include "engine/inference/constraint_wald.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/results/residuals.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

std::string markdown_validity_section(const ConstructValidity& validity, Language language);

std::string markdown_modification_indices_section(const std::vector<ModificationIndex>& indices, double min_mi,
                                                  Language language);

// The Wald tests of the equality constraints (--wald): constraint, lhs − rhs, W, df, p; then the joint test.
std::string markdown_wald_tests_section(const ConstraintWaldTests& tests, Language language);

// `observed` names the rows and columns of the residual matrices (FitResult::observed).
std::string markdown_residuals_section(const Residuals& residuals, const std::vector<std::string>& observed,
                                       Language language);

}  // namespace jalur::report

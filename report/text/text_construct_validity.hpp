#pragma once
// The text report's section on construct reliability and validity (`jalur fit --validity`): per factor omega,
// composite reliability and AVE with the usual thresholds, the Fornell–Larcker table and HTMT.
#include <string>

#include "engine/results/construct_validity.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

std::string construct_validity_section(const ConstructValidity& validity, Language language);

}  // namespace jalur::report

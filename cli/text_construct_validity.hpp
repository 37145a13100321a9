#pragma once
// The text report's section on construct reliability and validity (`jalur fit --validity`): per factor omega,
// composite reliability and AVE with the usual thresholds, the Fornell–Larcker table and HTMT.
#include <string>

#include "cli/report_language.hpp"
#include "engine/survey/construct_validity.hpp"

namespace jalur::cli {

std::string construct_validity_section(const survey::ConstructValidity& validity, Language language);

}  // namespace jalur::cli

#pragma once
// The estimation pipeline: table → defaults → sample moments → RAM model → start values → ML search →
// information and SEs → effects, standardized solution, defined parameters → fit measures.
#include "engine/estimation_options.hpp"
#include "engine/fit_result.hpp"
#include "engine/parameter_table.hpp"
#include "engine/progress.hpp"
#include "engine/sample_moments.hpp"

namespace jalur {

// Throws InputError (a variable not in the data), IdentificationError, NumericalError. Reports the search
// ("estimating": evaluations, total unknown) and the information matrix ("standard errors") to `progress`.
FitResult fit_model(const ParameterTable& table, const SampleMoments& data, const EstimationOptions& options,
                    Progress* progress = nullptr);

}  // namespace jalur

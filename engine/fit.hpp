#pragma once
// A whole fit in one call: prepare (prepare.hpp) → estimate (estimate.hpp) → infer (infer.hpp) → describe
// (describe.hpp). Code that fits one problem many times (or from many threads) calls the stages itself.
#include "engine/estimation/estimation_options.hpp"
#include "engine/results/fit_result.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/progress.hpp"
#include "engine/data/data.hpp"

namespace jalur {

// `data`: raw rows or a covariance matrix (engine/data/data.hpp). Throws InputError (a variable not in the data,
// fewer than 2 complete rows), IdentificationError, NumericalError (also when the search
// does not converge). Reports the search ("estimating": evaluations, total unknown) and the information matrix
// ("standard errors") to `progress`. With options.bootstrap, runs it after the fit (engine/resampling/bootstrap.hpp):
// its SEs and intervals replace the delta-method ones (not for a Bollen–Stine run, a test only).
FitResult fit_model(const ParameterTable& table, const Data& data, const EstimationOptions& options,
                    Progress* progress = nullptr);

}  // namespace jalur

#pragma once
// The bootstrap of a fit (estimation-notes §4): each replicate resamples the data (resampler.hpp), is prepared and
// estimated from the fit's θ̂ as the fit was, and its quantities (bootstrap_quantities.hpp) are evaluated at its
// estimates. Replicates run on all cores (TBB); each draws from its own stream keyed by (seed, replicate) and
// writes its own row, and the summaries reduce in replicate order, so the result is bit-identical for any
// thread count.
#include "engine/data/data.hpp"
#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/progress.hpp"
#include "engine/resampling/bootstrap_result.hpp"
#include "engine/results/fit_result.hpp"

namespace jalur {

// `fit` is fit_model(table, data, options)'s result; the run's settings are options.bootstrap. Throws InputError
// when the type needs the cases and `data` has none, or replayed resamples do not fit the complete rows.
// Reports each block of replicates to `progress` ("bootstrap").
[[nodiscard]] BootstrapResult run_bootstrap(const ParameterTable& table, const Data& data,
                                            const EstimationOptions& options, const FitResult& fit,
                                            Progress* progress = nullptr);

// Makes the fit's standard errors, z, p and intervals of the free and defined parameters, the standardized
// values and the effects the bootstrap's (lavaan's se = "bootstrap": z = est / SE, the interval of the run's
// kind), and its vcov the draws' covariance (divisor B).
void use_bootstrap_standard_errors(FitResult& fit, const BootstrapResult& bootstrap);

}  // namespace jalur

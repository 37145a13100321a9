#pragma once
// What a bootstrap follows through its replicates: every free and defined parameter's estimate and completely
// standardized value, every endogenous variable's R², and every indirect and total effect — each a function of θ
// that a replicate evaluates at its own estimates.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/model/defined_parameters.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/resampling/bootstrap_result.hpp"
#include "engine/results/fit_result.hpp"

namespace jalur {

// The quantities of a fit, each with its value at θ̂ (from the result), in the order: the rows' estimates, the
// rows' standardized values, the R², the indirect and total effects.
std::vector<BootstrapQuantity> bootstrap_quantities(const FitResult& result, const RamModel& model);

// Evaluates the quantities at θ into `out` (their count), with `implied` updated at θ and its covariances
// computed and `table` the fit's completed table (its est, std_all filled here: a per-thread scratch copy).
void evaluate_quantities(const std::vector<BootstrapQuantity>& quantities, const std::vector<DefinedParameter>& defined,
                         const ImpliedMoments& implied, const Eigen::VectorXd& theta, ParameterTable& table,
                         Eigen::Ref<Eigen::VectorXd> out);

}  // namespace jalur

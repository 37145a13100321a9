#pragma once
// `exogenous: fixed` (lavaan's fixed.x = TRUE): the variances, covariances and, with a mean structure, the means
// of the exogenous observed variables are fixed at their sample values, so the model is the conditional model of
// the other variables given them. Estimates, SEs, χ² and df do not change (the joint likelihood factors into the
// conditional and the x block's marginal, whose parameters are orthogonal); npar, the log-likelihood, AIC, BIC
// and GFI are the conditional model's, as lavaan reports them.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"

namespace jalur {

// lavaan's ov.x among `observed`: predictors in regressions that are outcomes of none and measure nothing.
// A predictor with a (co)variance or intercept the user wrote is random, not fixed (lavaan's rule), which a
// note in `notes` says.
std::vector<std::string> fixable_exogenous(const ParameterTable& table, const std::vector<std::string>& observed,
                                           std::vector<std::string>& notes);

// Fixes the default rows among `fixed` at the sample values: S (in `observed` order) and, when given, ȳ.
void fix_exogenous_moments(ParameterTable& table, const std::vector<std::string>& observed,
                           const std::vector<std::string>& fixed, const Eigen::MatrixXd& covariance,
                           const Eigen::VectorXd* means);

// The sample moments a fixed x block takes out of the model's: k(k + 1)/2 (co)variances, and k means.
int fixed_exogenous_moment_count(int k, bool meanstructure);

}  // namespace jalur

#pragma once
// Reliability and validity of the constructs of a fitted measurement model, the tables a questionnaire study
// reports after its CFA: composite reliability, average variance extracted (AVE), the Fornell–Larcker criterion
// (√AVE against the factor correlations) and the heterotrait–monotrait ratio (HTMT, Henseler, Ringle & Sarstedt
// 2015). With λ a factor's loadings on its k observed indicators, ψ the factor's model-implied variance, Σ̂ the
// implied covariances of the indicators and λ* the completely standardized loadings (lavaan's std.all):
//   omega                  (Σλ)² ψ / 1ᵀ Σ̂ 1          semTools 0.5-6 compRelSEM(fit, obs.var = FALSE)
//   composite_reliability  (Σλ*)² / 1ᵀ P̂ 1           P̂ the implied correlations; without residual covariances
//                                                    Fornell & Larcker's (Σλ*)² / ((Σλ*)² + Σθ*)
//   ave                    Σ λ*² / k                 Fornell & Larcker, Hair et al.
// omega is the reliability of the raw sum of the indicators, composite_reliability that of the sum of the
// standardized indicators; they agree only when the indicators have equal implied variances (HS CFA, speed:
// 0.6878 against 0.6914). semTools' AVE(fit) is a ratio of sums on the raw scale, Σλ²ψ / Σ s_ii, which also
// agrees with ave only for equal variances (visual: 0.37056 against 0.37098); on standardized data both of
// semTools' numbers are the standardized ones here.
// HTMT is computed from the sample correlations r of the indicators, as semTools 0.5-6 htmt(model, data):
//   htmt   mean |r| between the two factors' indicators / √(mean |r| within one × mean |r| within the other)
//          (htmt(..., htmt2 = FALSE), absolute = TRUE by default there)
//   htmt2  the same with geometric means (Roemer, Schuberth & Henseler 2021; semTools' default htmt2 = TRUE),
//          which equals |factor correlation| when the correlations fit a congeneric model exactly.
#include <Eigen/Dense>
#include <cstddef>
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"

namespace jalur {

// NaN stands for "not computed"; ConstructValidity::notes says why.
struct FactorReliability {
    std::string factor;
    std::vector<std::string> indicators;  // the observed variables it is measured by, in the order of its =~ rows
    double omega = kNaN;
    double composite_reliability = kNaN;
    double ave = kNaN;
};

struct ConstructValidity {
    // The first-order factors (latent variables measured by observed variables only), in the model's order.
    // A factor with an indicator that also loads on another factor has no omega, CR, AVE or HTMT.
    std::vector<FactorReliability> factors;
    Eigen::MatrixXd factor_correlations;  // model-implied, factors × factors
    Eigen::MatrixXd htmt;                 // factors × factors, 1 on the diagonal; NaN where not computed
    Eigen::MatrixXd htmt2;
    std::vector<std::string> notes;       // what was left out and why

    // √AVE on the diagonal, the factor correlations off it (the table researchers print).
    Eigen::MatrixXd fornell_larcker() const;
    // √AVE of `factor` exceeds |r| with every other factor (false when its AVE is NaN).
    bool fornell_larcker_holds(std::size_t factor) const;
    // ... for every factor (true when there are none).
    bool fornell_larcker_holds() const;
};

// From the estimates in fit.table and fit.sample_covariance. A model without first-order factors gives no
// factors, empty matrices and a note. Higher-order factors (measured by latent variables) are left out with a
// note; so is the HTMT of a factor with a single indicator. Throws NumericalError when the table has no
// estimates, or a factor or indicator has a non-positive implied (or, for HTMT, sample) variance.
ConstructValidity construct_validity(const FitResult& fit);

}  // namespace jalur

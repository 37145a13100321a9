#pragma once
// The discrepancy each estimator minimizes and what it needs: the one place where estimators are given their
// discrepancy (their names are in estimation_options.hpp). A new estimator is a new discrepancy file (as
// ml_discrepancy.cpp), its name there and a line in make_discrepancy.
#include <Eigen/Dense>
#include <memory>
#include <optional>

#include "engine/estimation/discrepancy.hpp"
#include "engine/estimation/estimation_options.hpp"

namespace jalur {

// Every estimator, for the tests that run each discrepancy on every reference model.
inline constexpr Estimator kAllEstimators[] = {Estimator::ML, Estimator::GLS, Estimator::WLS, Estimator::ULS,
                                               Estimator::DWLS};

// ML; the others are least squares: S with divisor N − 1, n = N − 1, no log-likelihood (lavaan).
inline bool is_least_squares(Estimator estimator) { return estimator != Estimator::ML; }
// WLS and DWLS weigh by Γ, the asymptotic covariance of the moments, which needs the raw rows.
inline bool needs_gamma(Estimator estimator) { return estimator == Estimator::WLS || estimator == Estimator::DWLS; }
// ULS's T = (N − 1) F has no known reference distribution: its p-value is not available (lavaan's NA).
inline bool has_chisq_reference(Estimator estimator) { return estimator != Estimator::ULS; }

// The weight on the moments of ULS, DWLS and WLS (`gamma`: Γ of the moments in MomentWeight's order, for DWLS
// and WLS); nothing for ML and GLS, whose weight has the normal-theory form. Throws NumericalError when Γ is not
// positive definite (WLS) or has a zero on its diagonal (DWLS).
std::optional<MomentWeight> moment_weight_of(Estimator estimator, int moments, const Eigen::MatrixXd* gamma);

// A new discrepancy (a per-thread workspace) for the sample covariance matrix S (as fitted), with a mean
// structure the sample means ȳ (empty otherwise), and the moment weight of moment_weight_of for ULS, DWLS, WLS.
std::unique_ptr<Discrepancy> make_discrepancy(Estimator estimator, const Eigen::MatrixXd& sample_covariance,
                                              const Eigen::VectorXd& sample_means,
                                              const MomentWeight* weight = nullptr);

}  // namespace jalur

#include "engine/results/describe.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <utility>

#include "engine/model/defined_parameters.hpp"
#include "engine/results/effects.hpp"
#include "engine/errors.hpp"
#include "engine/results/baseline_model.hpp"
#include "engine/results/confidence_intervals.hpp"
#include "engine/results/fit_measures.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/results/standardized.hpp"
#include "engine/inference/wald.hpp"

namespace jalur {

namespace {

// Ψ (covariances of the latent variables' disturbances) and Θ (of the observed residuals) should be
// positive definite; a Heywood case often shows there first.
void add_definiteness_warnings(const ImpliedMoments& implied, std::vector<std::string>& warnings) {
    const RamModel& model = implied.model();
    const int p = model.observed_count, m = model.variable_count();
    auto check = [&](int first, int count, const std::string& what) {
        if (count == 0) return;
        const Eigen::MatrixXd block = implied.S().block(first, first, count, count);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(block, Eigen::EigenvaluesOnly);
        if (eigen.eigenvalues()[0] < 0)
            warnings.push_back("the covariance matrix of " + what + " is not positive definite (smallest eigenvalue " +
                               std::to_string(eigen.eigenvalues()[0]) + "): the solution is not admissible");
    };
    check(p, m - p, "the latent variables (PSI/PHI)");
    check(0, p, "the residuals of the observed variables (THETA)");
}

void add_heywood_warnings(const ParameterTable& table, const std::vector<std::pair<std::string, double>>& r2,
                          std::vector<std::string>& warnings) {
    for (const auto& row : table.rows)
        if (row.is_variance() && row.est < 0)
            warnings.push_back("the (residual) variance of " + row.lhs + " is negative (" + std::to_string(row.est) +
                               "): a Heywood case; the model may be misspecified or the sample too small");
    for (const auto& row : table.rows)
        if (row.op == Op::Covariance && !row.is_variance() && std::abs(row.std_all) > 1)
            warnings.push_back("the correlation of " + row.lhs + " and " + row.rhs + " is " +
                               std::to_string(row.std_all) + ", outside [-1, 1]");
    for (const auto& [name, value] : r2)
        if (value < 0 || value > 1)
            warnings.push_back("R² of " + name + " is " + std::to_string(value) + ", outside [0, 1]");
}

// An estimate or standard error that is not a finite number (a defined a/0, log of a negative value, a
// negative sampling variance) is reported as not available; the warning says which and why.
void add_non_finite_warnings(const ParameterTable& table, std::vector<std::string>& warnings) {
    for (const auto& row : table.rows) {
        if (row.index < 0 && row.op != Op::Defined) continue;  // fixed: no estimate of its own
        const std::string what = row.op == Op::Defined ? "defined parameter " + row.lhs : "parameter " + row.name();
        if (!std::isfinite(row.est))
            warnings.push_back("the estimate of " + what + " is " +
                               (std::isnan(row.est) ? "not a number" : row.est > 0 ? "+infinity" : "-infinity") +
                               ": its standard error, z and p are not available");
        else if (!std::isfinite(row.se))
            warnings.push_back("the standard error of " + what +
                               " is not available: its sampling variance is negative or not a finite number");
    }
}

// Boost could not evaluate the non-central chi-square for the RMSEA interval (compute_fit_measures left NaN).
void add_interval_warning(const FitMeasures& fit, std::vector<std::string>& warnings) {
    if (fit.df <= 0 || !std::isnan(fit.ncp_ci_lower)) return;
    std::ostringstream warning;
    warning << "the 90% interval of RMSEA (and of NCP, F0 and ECVI) and the p-value of close fit are not available:"
               " the non-central chi-square distribution could not be evaluated at chi-square "
            << fit.chisq << " with df " << fit.df;
    warnings.push_back(warning.str());
}

// A scaled test whose scaling factor came out not positive has no χ² (model_test.hpp): say why it is missing.
void add_undefined_scaled_test_warning(const std::vector<ModelTest>& tests, std::vector<std::string>& warnings) {
    if (tests.size() < 2 || tests[1].df <= 0 || std::isfinite(tests[1].chisq)) return;
    std::ostringstream warning;
    warning << "the " << tests[1].name << " scaled test is not defined: its scaling factor is " << tests[1].scaling
            << " (tr(UΓ) = " << tests[1].trace_ugamma
            << "), not positive, as happens in small or heavy-tailed samples; the scaled chi-square, its p-value and "
               "the scaled and robust fit indices are left empty (lavaan leaves them NA)";
    warnings.push_back(warning.str());
}

// The table's estimates with SEs, z and p (fixed rows: their value).
void fill_estimates(ParameterTable& table, const Eigen::VectorXd& theta, const Eigen::MatrixXd& vcov) {
    for (auto& row : table.rows) {
        if (row.op == Op::Defined) continue;
        if (row.index >= 0) {
            const Estimate e = wald_estimate(theta[row.index], std::sqrt(vcov(row.index, row.index)), kNaN);
            row.est = e.est;
            row.se = e.se;
            row.z = e.z;
            row.pvalue = e.pvalue;
        } else {
            row.est = row.value;
        }
    }
}

// What the fit measures need of the group besides the FitResult (the baseline is fitted as the model was).
struct GroupExtras {
    const MomentWeight* weight = nullptr;  // ULS, DWLS, WLS
    const Eigen::MatrixXd* rows = nullptr;  // robust standard errors and scaled tests
};

FitMeasures fit_measures_of(const FitResult& result, const EstimationOptions& options, double fmin, int npar,
                            Discrepancy& discrepancy, const GroupExtras& group) {
    FitInput fit_input;
    fit_input.estimator = result.estimator;
    fit_input.sample = result.sample_covariance;
    fit_input.implied = result.implied_covariance;
    fit_input.fmin = fmin;
    fit_input.test = result.tests.front();
    const std::vector<ModelTest> baseline =
        baseline_tests(BaselineInput{options, result.estimator, result.observed, result.exogenous,
                                     result.sample_covariance, result.sample_means, result.meanstructure, result.n,
                                     result.n_inference, group.weight, group.rows},
                       &discrepancy);
    fit_input.baseline = baseline.front();
    if (result.tests.size() > 1) {
        fit_input.scaled = result.tests[1];
        fit_input.baseline_scaled = baseline[1];
    }
    if (is_least_squares(result.estimator)) {
        const auto p = static_cast<Eigen::Index>(result.observed.size());
        const Eigen::VectorXd zero_means = Eigen::VectorXd::Zero(result.meanstructure ? p : 0);
        double null_fmin = kNaN;
        if (discrepancy.evaluate(Eigen::MatrixXd::Zero(p, p), zero_means, null_fmin, false))
            fit_input.null_fmin = null_fmin;
    }
    fit_input.npar = npar;
    for (const auto& x : result.fixed_exogenous)
        fit_input.fixed_exogenous.push_back(static_cast<int>(
            std::find(result.observed.begin(), result.observed.end(), x) - result.observed.begin()));
    if (result.meanstructure) {
        fit_input.sample_means = result.sample_means;
        fit_input.implied_means = result.implied_means;
    }
    fit_input.n = result.n;
    fit_input.n_inference = result.n_inference;
    return compute_fit_measures(fit_input);
}

// The result's share of the problem: copied, or moved out of a problem that is not needed afterwards.
template <typename Problem>
FitResult result_of(Problem&& problem) {
    FitResult result;
    result.table = std::forward<Problem>(problem).table;
    result.estimator = problem.estimator;
    result.estimator_label = problem.options.estimator_label();
    result.vcov_kind = problem.options.vcov;
    result.information = problem.options.information.value_or(
        problem.options.vcov == VcovKind::RobustHuberWhite ? Information::Observed : Information::Expected);
    result.likelihood = problem.options.likelihood;
    result.n = problem.total_n();
    result.n_inference = problem.n_inference;
    result.observed = std::forward<Problem>(problem).observed;
    result.endogenous = std::forward<Problem>(problem).endogenous;
    result.exogenous = std::forward<Problem>(problem).exogenous;
    result.fixed_exogenous = std::forward<Problem>(problem).fixed_exogenous;
    std::vector<GroupSample> groups = std::forward<Problem>(problem).groups;
    GroupSample& group = groups.front();  // G = 1
    result.rows_dropped = group.rows_dropped;
    result.data_notes = std::move(group.notes);
    result.sample_covariance = std::move(group.covariance);
    result.meanstructure = problem.meanstructure;
    result.sample_means = std::move(group.means);
    result.warnings = std::forward<Problem>(problem).warnings;
    return result;
}

// Everything from θ̂ and its covariance; reads only the problem's model and defined parameters (its groups may
// have been moved into the result: `group` has what the baseline needs of them).
void complete(FitResult& result, const PreparedProblem& problem, EstimationWorkspace& workspace,
              const Estimation& estimation, const Inference& inference, const GroupExtras& group) {
    result.optimizer = estimation.optimizer;
    result.theta = estimation.theta;
    result.vcov = inference.vcov;

    const ImpliedMoments& implied = workspace.objective().moments_at(estimation.theta);
    result.implied_covariance = implied.sigma();
    if (problem.meanstructure) result.implied_means = implied.mu();

    ParameterTable& table = result.table;
    fill_estimates(table, estimation.theta, result.vcov);
    const StandardizedGradients standardized = standardize(table, implied, result.vcov);
    evaluate_defined(table, problem.defined, result.vcov, standardized);
    evaluate_constraints(table, problem.constraints, estimation.theta);

    result.effects = compute_effects(implied, result.vcov);
    std::vector<std::string> all_endogenous = result.endogenous;
    for (const auto& v : table.latent())
        if (table.is_endogenous(v)) all_endogenous.push_back(v);
    result.r2 = explained_variance(implied, all_endogenous);
    result.reduced_form = reduced_form(implied, result.effects, result.endogenous, result.exogenous);
    add_confidence_intervals(result, problem.options.ci_level);

    result.tests = inference.tests;
    result.fit = fit_measures_of(result, problem.options, estimation.fmin, problem.effective_parameter_count(),
                                 workspace.objective().discrepancy(), group);
    add_interval_warning(result.fit, result.warnings);
    add_undefined_scaled_test_warning(result.tests, result.warnings);
    add_heywood_warnings(table, result.r2, result.warnings);
    add_non_finite_warnings(table, result.warnings);
    add_definiteness_warnings(implied, result.warnings);
}

}  // namespace

FitResult describe(const PreparedProblem& problem, EstimationWorkspace& workspace, const Estimation& estimation,
                   const Inference& inference) {
    FitResult result = result_of(problem);
    const GroupSample& group = problem.single_group();
    complete(result, problem, workspace, estimation, inference,
             GroupExtras{group.weight ? &*group.weight : nullptr, &group.rows});
    result.moment_weight = group.weight;
    return result;
}

FitResult describe(PreparedProblem&& problem, EstimationWorkspace& workspace, const Estimation& estimation,
                   const Inference& inference) {
    std::optional<MomentWeight> weight = std::move(problem.groups.front().weight);
    const Eigen::MatrixXd rows = std::move(problem.groups.front().rows);
    FitResult result = result_of(std::move(problem));
    complete(result, problem, workspace, estimation, inference, GroupExtras{weight ? &*weight : nullptr, &rows});
    result.moment_weight = std::move(weight);
    return result;
}

}  // namespace jalur

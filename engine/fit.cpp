#include "engine/fit.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "engine/defined_parameters.hpp"
#include "engine/effects.hpp"
#include "engine/fisher_scoring.hpp"
#include "engine/fit_measures.hpp"
#include "engine/information.hpp"
#include "engine/ml_objective.hpp"
#include "engine/model_defaults.hpp"
#include "engine/ram_model.hpp"
#include "engine/sample_checks.hpp"
#include "engine/standardized.hpp"
#include "engine/start_values.hpp"
#include "engine/wald.hpp"

namespace jalur {

namespace {

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// The model's observed variables in data order; every variable that is not latent must be in the data.
std::vector<std::string> observed_variables(const ParameterTable& table, const SampleMoments& data) {
    const auto used = table.variables();
    for (const auto& v : used) {
        if (data.index_of(v) >= 0 || table.is_latent(v)) continue;
        const auto row = std::find_if(table.rows.begin(), table.rows.end(),
                                      [&](const ParameterRow& r) { return r.lhs == v || r.rhs == v; });
        throw InputError(row->where, "variable " + quoted(v) + " is not in the data, expected one of " + join(data.names));
    }
    std::vector<std::string> observed;
    for (const auto& name : data.names)
        if (std::find(used.begin(), used.end(), name) != used.end() && !table.is_latent(name)) observed.push_back(name);
    return observed;
}

void require_positive_definite(const Eigen::MatrixXd& s, const std::vector<std::string>& names) {
    if (s.llt().info() == Eigen::Success && s.allFinite()) return;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(s);
    std::ostringstream msg;
    msg << "the sample covariance matrix of " << join(names) << " is not positive definite (smallest eigenvalue "
        << eigen.eigenvalues()[0]
        << "), expected a positive definite matrix: look for a variable that is a linear combination of others,"
           " a constant variable, or a typing error in the matrix";
    throw NumericalError(msg.str());
}

// Every latent variable needs a scale: a loading or its (residual) variance fixed.
void require_scales(const ParameterTable& table) {
    for (const auto& factor : table.latent()) {
        const bool scaled = std::any_of(table.rows.begin(), table.rows.end(), [&](const ParameterRow& r) {
            return !r.free && ((r.op == Op::Loading && r.lhs == factor && r.value != 0) ||
                               (r.is_variance() && r.lhs == factor));
        });
        if (!scaled)
            throw IdentificationError("the latent variable " + factor +
                                          " has no scale, expected one loading fixed (e.g. 1*" + factor +
                                          "'s first indicator) or its variance fixed (identification: std_lv)",
                                      {factor});
    }
}

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

std::vector<std::string> names_of(const RamModel& model, const std::vector<int>& parameters) {
    std::vector<std::string> out;
    for (int k : parameters) out.push_back(model.parameter_names[k]);
    return out;
}

std::string not_converged_message(const OptimizerSummary& s) {
    std::ostringstream msg;
    msg << "the estimation did not converge: " << s.message << " (";
    if (s.termination != Termination::EvaluationLimit)  // that message counts the evaluations itself
        msg << s.evaluations << (s.evaluations == 1 ? " evaluation, " : " evaluations, ");
    msg << "largest gradient " << s.max_gradient << "); "
        << (s.termination == Termination::EvaluationLimit ? "raise max_evaluations, or try" : "try")
        << " start values for the problem parameters (start(0.5)*x), check the model for"
           " misspecification, or rescale variables whose variances differ by orders of magnitude";
    return msg.str();
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

// The moments the model is fitted to (S rescaled for the normal likelihood, smoothed by a ridge on request,
// means with a mean structure), the n of chi-square and SEs, and the model's observed variables, into result.
void sample_moments_of(const ParameterTable& table, const SampleMoments& data, const EstimationOptions& options,
                       FitResult& result) {
    if (data.n < 2) throw InputError(SourceLocation{}, "the sample size is " + std::to_string(data.n) + ", expected at least 2");
    result.observed = observed_variables(table, data);
    const SampleMoments moments = data.select(result.observed);
    require_usable_sample(moments.covariance, result.observed, data.n);
    if (auto warning = scale_warning(moments.covariance, result.observed)) result.warnings.push_back(*warning);
    const double N = data.n;
    result.n = data.n;
    result.likelihood = options.likelihood;
    result.sample_covariance = moments.covariance;
    if (options.likelihood == Likelihood::Normal) result.sample_covariance *= (N - 1) / N;
    result.n_inference = options.inference_n ? *options.inference_n
                                             : (options.likelihood == Likelihood::Wishart ? N - 1 : N);
    if (options.ridge && result.sample_covariance.llt().info() != Eigen::Success) {
        result.sample_covariance.diagonal() *= 1.0 + *options.ridge;
        result.warnings.push_back("the sample covariance matrix is not positive definite; its diagonal was multiplied by " +
                                  std::to_string(1.0 + *options.ridge) +
                                  " (ridge): estimates, SEs and fit refer to the smoothed matrix");
    }
    require_positive_definite(result.sample_covariance, result.observed);
    if (result.meanstructure) result.sample_means = *moments.means;
}

// The t-rule: no more free parameters than sample moments.
void require_t_rule(const RamModel& model, int p, bool meanstructure) {
    const int moment_count = p * (p + 1) / 2 + (meanstructure ? p : 0);
    if (model.parameter_count <= moment_count) return;
    std::vector<int> all(model.parameter_count);
    for (int k = 0; k < model.parameter_count; ++k) all[k] = k;
    throw IdentificationError("the model has " + std::to_string(model.parameter_count) +
                                  " free parameters but the data only " + std::to_string(moment_count) +
                                  (meanstructure ? " variances, covariances and means" : " variances and covariances") +
                                  ", expected at most as many parameters as moments"
                                  " (fix some parameters or remove paths)",
                              names_of(model, all));
}

}  // namespace

FitResult fit_model(const ParameterTable& user_table, const SampleMoments& data, const EstimationOptions& options,
                    Progress* progress) {
    if (const std::string problem = options.validate(); !problem.empty())
        throw InputError(SourceLocation{}, problem);

    // A mean structure when asked or when the table has intercept rows; it needs the sample means.
    const auto intercept_row = std::find_if(user_table.rows.begin(), user_table.rows.end(),
                                            [](const ParameterRow& r) { return r.op == Op::Intercept; });
    const bool meanstructure = options.meanstructure || intercept_row != user_table.rows.end();
    if (meanstructure && !data.means)
        throw InputError(intercept_row != user_table.rows.end() ? intercept_row->where : SourceLocation{},
                         "a mean structure needs raw data or means, expected data with means");

    FitResult result;
    result.meanstructure = meanstructure;
    result.table = with_default_parameters(user_table, options.identification, meanstructure);
    ParameterTable& table = result.table;
    table.number_free();

    sample_moments_of(table, data, options, result);
    for (const auto& v : result.observed) (table.is_endogenous(v) ? result.endogenous : result.exogenous).push_back(v);

    require_scales(table);

    const RamModel model = compile_ram(table, result.observed);
    require_t_rule(model, static_cast<int>(result.observed.size()), meanstructure);

    // The search.
    MlObjective objective(model, result.sample_covariance, result.sample_means);  // means empty without a mean structure
    Eigen::VectorXd theta =
        start_values(table, model, result.sample_covariance, meanstructure ? &result.sample_means : nullptr);
    double f0 = 0;
    if (!objective.evaluate(theta, &f0, nullptr)) theta = diagonal_start_values(table, model, result.sample_covariance);
    OptimizerOptions search;
    search.max_evaluations = options.max_evaluations;
    search.gradient_tolerance = options.gradient_tolerance;
    search.relative_tolerance = options.relative_tolerance;
    begin_stage(progress, "estimating", 0);
    result.optimizer = minimize(objective, theta, search, progress);
    if (result.optimizer.termination == Termination::Stalled)
        finish_with_fisher_scoring(objective, theta, result.optimizer, search);
    if (!result.optimizer.converged()) throw NumericalError(not_converged_message(result.optimizer));
    double fmin = 0;
    objective.evaluate(theta, &fmin, nullptr);  // leaves the implied moments at θ̂
    const ImpliedMoments& implied = objective.implied();
    result.implied_covariance = implied.sigma();
    if (meanstructure) result.implied_means = implied.mu();

    // Standard errors from the expected information.
    begin_stage(progress, "standard errors", information_entries(model.parameter_count));
    const Eigen::MatrixXd information = expected_information(implied, progress);
    if (const auto bad = unidentified_parameters(information); !bad.empty())
        throw IdentificationError("the information matrix is singular: the model is not identified, expected every"
                                  " free parameter to be determined by the data (fix or constrain one of: " +
                                      join(names_of(model, bad)) + ")",
                                  names_of(model, bad));
    result.vcov = information.inverse() / result.n_inference;

    for (auto& row : table.rows) {
        if (row.op == Op::Defined) continue;
        if (row.index >= 0) {
            const Estimate e = wald_estimate(theta[row.index], std::sqrt(result.vcov(row.index, row.index)), kNaN);
            row.est = e.est;
            row.se = e.se;
            row.z = e.z;
            row.pvalue = e.pvalue;
        } else {
            row.est = row.value;
        }
    }
    const StandardizedGradients standardized = standardize(table, implied, result.vcov);
    evaluate_defined(table, result.vcov, standardized);

    result.effects = compute_effects(implied, result.vcov);
    std::vector<std::string> all_endogenous = result.endogenous;
    for (const auto& v : table.latent())
        if (table.is_endogenous(v)) all_endogenous.push_back(v);
    result.r2 = explained_variance(implied, all_endogenous);
    result.reduced_form = reduced_form(implied, result.effects, result.endogenous, result.exogenous);

    FitInput fit_input;
    fit_input.sample = result.sample_covariance;
    fit_input.implied = result.implied_covariance;
    fit_input.fmin = fmin;
    fit_input.npar = model.parameter_count;
    if (meanstructure) {
        fit_input.sample_means = result.sample_means;
        fit_input.implied_means = result.implied_means;
    }
    fit_input.n_observations = data.n;
    fit_input.n = result.n_inference;
    for (const auto& x : result.exogenous)
        fit_input.exogenous.push_back(static_cast<int>(std::find(result.observed.begin(), result.observed.end(), x) -
                                                       result.observed.begin()));
    result.fit = compute_fit_measures(fit_input);
    add_interval_warning(result.fit, result.warnings);

    add_heywood_warnings(table, result.r2, result.warnings);
    add_non_finite_warnings(table, result.warnings);
    add_definiteness_warnings(implied, result.warnings);
    return result;
}

}  // namespace jalur

#include "engine/model/prepare.hpp"

#include <algorithm>
#include <sstream>
#include <utility>

#include "engine/errors.hpp"
#include "engine/model/fixed_exogenous.hpp"
#include "engine/model/model_defaults.hpp"
#include "engine/model/shared_labels.hpp"
#include "engine/data/sample_checks.hpp"
#include "engine/data/sample_statistics.hpp"
#include "engine/estimation/start_values.hpp"

namespace jalur {

namespace {

// The model's observed variables in data order; every variable that is not latent must be in the data.
std::vector<std::string> observed_variables(const ParameterTable& table, const Data& data) {
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

// The moment weight of ULS, DWLS and WLS (moment_weight_of, which checks Γ). WLS inverts Γ: it needs more
// complete rows than moments.
std::optional<MomentWeight> moment_weight(const Data& data, const EstimationOptions& options, int p, bool meanstructure,
                                          const SampleStatistics& statistics) {
    const auto moments = static_cast<int>(moment_count(p, meanstructure));
    if (options.estimator == Estimator::WLS && statistics.moments.n <= moments)
        throw InputError(data.where, "WLS needs more complete rows than sample moments to invert Γ (N = " +
                                         std::to_string(statistics.moments.n) + ", moments = " +
                                         std::to_string(moments) + "), expected N > " + std::to_string(moments) +
                                         " (or estimator DWLS or ULS)");
    return moment_weight_of(options.estimator, moments, statistics.gamma ? &*statistics.gamma : nullptr);
}

// Γ of a model's moments as doubles: refused beyond this many bytes (p = 130 variables, or 125 with means).
constexpr double kLargestGammaBytes = 2.0 * 1024 * 1024 * 1024;

// The group's statistics the model is fitted to (listwise over the model's observed variables; S rescaled for
// the normal likelihood of ML, smoothed by a ridge on request, means with a mean structure, the moment weight of
// the least-squares estimators), and the model's observed variables.
GroupSample group_sample(const Data& data, const EstimationOptions& options, PreparedProblem& problem) {
    if (!data.has_rows() && data.moments->n < 2)
        throw InputError(SourceLocation{},
                         "the sample size is " + std::to_string(data.moments->n) + ", expected at least 2");
    problem.observed = observed_variables(problem.table, data);
    const auto p = static_cast<int>(problem.observed.size());
    StatisticsRequest request;
    if (needs_gamma(options.estimator)) {
        const std::string name = estimator_name(options.estimator);
        if (!data.has_rows())
            throw InputError(data.where, name + " weighs by Γ, the asymptotic covariance of the sample moments, which "
                                                "needs the raw rows; an asymptotic covariance matrix file is not "
                                                "read, expected raw data (data: file:) or estimator ML, GLS or ULS");
        const auto moments = static_cast<double>(moment_count(p, problem.meanstructure));
        if (moments * moments * sizeof(double) > kLargestGammaBytes)
            throw InputError(data.where, name + " needs Γ of " + std::to_string(static_cast<long long>(moments)) +
                                             " moments, a matrix of " +
                                             std::to_string(static_cast<long long>(moments * moments * 8 / 1e9)) +
                                             " GB, expected at most 2 GB (fewer variables, or estimator ULS or ML)");
        request = StatisticsRequest{true, problem.meanstructure};
    }
    if (options.robust()) {
        if (!data.has_rows())
            throw InputError(data.where, options.estimator_label() + "'s robust standard errors and scaled test "
                                         "work from the cases, expected raw data (data: file:) or estimator ML");
        if (options.likelihood != Likelihood::Normal)
            throw InputError(SourceLocation{}, options.estimator_label() + " takes the normal likelihood (n = N), as "
                                                                           "lavaan, expected likelihood: normal");
        request.rows = true;
    }
    SampleStatistics statistics = sample_statistics(data, problem.observed, request);
    SampleMoments& moments = statistics.moments;
    require_usable_sample(moments.covariance, problem.observed, moments.n);
    if (auto warning = scale_warning(moments.covariance, problem.observed)) problem.warnings.push_back(*warning);
    const double N = moments.n;
    GroupSample group;
    group.n = moments.n;
    group.rows_dropped = statistics.rows_dropped;
    group.weight = moment_weight(data, options, p, problem.meanstructure, statistics);
    group.notes = std::move(statistics.notes);
    if (statistics.rows) group.rows = std::move(*statistics.rows);
    group.covariance = std::move(moments.covariance);
    if (options.estimator == Estimator::ML && options.likelihood == Likelihood::Normal) group.covariance *= (N - 1) / N;
    if (options.ridge && group.covariance.llt().info() != Eigen::Success) {
        group.covariance.diagonal() *= 1.0 + *options.ridge;
        problem.warnings.push_back("the sample covariance matrix is not positive definite; its diagonal was multiplied by " +
                                   std::to_string(1.0 + *options.ridge) +
                                   " (ridge): estimates, SEs and fit refer to the smoothed matrix");
    }
    require_positive_definite(group.covariance, problem.observed);
    if (problem.meanstructure) group.means = std::move(*moments.means);
    return group;
}

// The n of chi-square and SEs: N − 1 for the Wishart likelihood and every least-squares estimator, N for ML's
// normal likelihood, unless the user gives it.
double inference_n(const EstimationOptions& options, double N) {
    if (options.inference_n) return *options.inference_n;
    return options.estimator == Estimator::ML && options.likelihood == Likelihood::Normal ? N : N - 1;
}

// The t-rule: no more free parameters, less the independent equality constraints (lavaan's npar), than sample
// moments.
void require_t_rule(const PreparedProblem& problem) {
    const RamModel& model = problem.model;
    const int npar = problem.effective_parameter_count(), moment_count = problem.moment_count();
    if (npar <= moment_count) return;
    std::vector<int> all(model.parameter_count);
    for (int k = 0; k < model.parameter_count; ++k) all[k] = k;
    const int equalities = problem.constraints.equality_count();
    throw IdentificationError("the model has " + std::to_string(npar) + " free parameters" +
                                  (equalities > 0 ? " (less its " + std::to_string(equalities) + " equality constraints)" : "") +
                                  " but the data only " + std::to_string(moment_count) +
                                  (problem.meanstructure ? " variances, covariances and means" : " variances and covariances") +
                                  ", expected at most as many parameters as moments"
                                  " (fix some parameters or remove paths)",
                              model.names_of(all));
}

}  // namespace

std::unique_ptr<Discrepancy> PreparedProblem::group_discrepancy() const {
    const GroupSample& group = single_group();
    return make_discrepancy(estimator, group.covariance, group.means, group.weight ? &*group.weight : nullptr);
}

int PreparedProblem::total_n() const {
    int n = 0;
    for (const GroupSample& group : groups) n += group.n;
    return n;
}

int PreparedProblem::moment_count() const {
    const auto p = static_cast<int>(observed.size());
    return static_cast<int>(jalur::moment_count(p, meanstructure)) -
           fixed_exogenous_moment_count(static_cast<int>(fixed_exogenous.size()), meanstructure);
}

PreparedProblem prepare(const ParameterTable& user_table, const Data& data, const EstimationOptions& options) {
    if (const std::string problem = options.validate(); !problem.empty())
        throw InputError(SourceLocation{}, problem);

    // A mean structure when asked or when the table has intercept rows; it needs the sample means.
    const auto intercept_row = std::find_if(user_table.rows.begin(), user_table.rows.end(),
                                            [](const ParameterRow& r) { return r.op == Op::Intercept; });
    const bool meanstructure = options.meanstructure || intercept_row != user_table.rows.end();
    if (meanstructure && !data.has_rows() && !data.moments->means)
        throw InputError(intercept_row != user_table.rows.end() ? intercept_row->where : SourceLocation{},
                         "a mean structure needs raw data or means, expected data with means");

    PreparedProblem problem;
    problem.options = options;
    problem.estimator = options.estimator;
    problem.meanstructure = meanstructure;
    problem.table = with_default_parameters(user_table, options.identification, meanstructure, &problem.warnings);
    ParameterTable& table = problem.table;
    for (auto& note : fix_shared_labels(table)) problem.warnings.push_back(std::move(note));

    problem.groups.push_back(group_sample(data, options, problem));
    if (options.exogenous == ExogenousMoments::Fixed) {
        problem.fixed_exogenous = fixable_exogenous(table, problem.observed, problem.warnings);
        const GroupSample& sample = problem.single_group();
        fix_exogenous_moments(table, problem.observed, problem.fixed_exogenous, sample.covariance,
                              meanstructure ? &sample.means : nullptr);
    }
    table.number_free();
    problem.n_inference = inference_n(options, problem.total_n());
    for (const auto& v : problem.observed)
        (table.is_endogenous(v) ? problem.endogenous : problem.exogenous).push_back(v);

    require_scales(table);

    problem.model = compile_ram(table, problem.observed);
    problem.defined = parse_defined(table);
    problem.constraints = parse_constraints(table, problem.model.parameter_count, problem.defined);
    require_t_rule(problem);

    const GroupSample& group = problem.single_group();
    problem.start = start_values(table, problem.model, group.covariance, meanstructure ? &group.means : nullptr);
    // The start nearest the free one that satisfies the linear equalities.
    if (!problem.constraints.linear.empty())
        problem.start = problem.constraints.linear.theta(problem.constraints.linear.phi(problem.start));
    return problem;
}

}  // namespace jalur

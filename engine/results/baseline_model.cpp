#include "engine/results/baseline_model.hpp"

#include <algorithm>
#include <memory>
#include <cmath>
#include <optional>
#include <utility>

#include "engine/estimation/estimate.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/inference/infer.hpp"

namespace jalur {

namespace {

// Which observed variables (in data order) are exogenous: their covariances stay free in the baseline.
std::vector<bool> exogenous_flags(const BaselineInput& in) {
    std::vector<bool> exogenous(in.observed.size());
    for (std::size_t i = 0; i < in.observed.size(); ++i)
        exogenous[i] = std::find(in.exogenous.begin(), in.exogenous.end(), in.observed[i]) != in.exogenous.end();
    return exogenous;
}

// F at the closed-form ML solution when the discrepancy is stationary there (ML always is): Σ₀ with S on the
// diagonal and the exogenous block, μ₀ = ȳ. The stages would find the same F at their start, where the search
// stops at once; this is one evaluation of the discrepancy instead of a problem, a workspace and a search (a
// fifth of a thesis fit). Empty when the gradient on the baseline's parameters is not below the tolerance.
std::optional<double> stationary_closed_form(const BaselineInput& in, const std::vector<bool>& exogenous,
                                             Discrepancy* sample_discrepancy) {
    const auto p = static_cast<Eigen::Index>(in.observed.size());
    const auto free_pair = [&](Eigen::Index i, Eigen::Index j) { return i == j || (exogenous[i] && exogenous[j]); };
    Eigen::MatrixXd sigma = Eigen::MatrixXd::Zero(p, p);
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = 0; j < p; ++j)
            if (free_pair(i, j)) sigma(i, j) = in.sample_covariance(i, j);
    std::unique_ptr<Discrepancy> own;
    if (!sample_discrepancy) own = make_discrepancy(in.estimator, in.sample_covariance, in.sample_means, in.weight);
    Discrepancy* const discrepancy = sample_discrepancy ? sample_discrepancy : own.get();
    double f = 0;
    if (!discrepancy->evaluate(sigma, in.sample_means, f, true)) return std::nullopt;
    // ∂F/∂θ of the baseline's parameters: a variance's is d_ii, a covariance's d_ij + d_ji, a mean's d_i.
    double largest = 0;
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = 0; j <= i; ++j)
            if (free_pair(i, j)) largest = std::max(largest, std::abs((i == j ? 1.0 : 2.0) * discrepancy->d_sigma()(i, j)));
    if (in.meanstructure) largest = std::max(largest, discrepancy->d_mu().cwiseAbs().maxCoeff());
    if (!(largest < in.options.gradient_tolerance)) return std::nullopt;
    return f;
}

// The baseline's degrees of freedom: the moments less its parameters (the means, when fitted, cancel).
int baseline_df(const std::vector<bool>& exogenous) {
    const auto p = static_cast<int>(exogenous.size());
    const auto k = static_cast<int>(std::count(exogenous.begin(), exogenous.end(), true));
    return p * (p + 1) / 2 - p - k * (k - 1) / 2;
}

}  // namespace

PreparedProblem baseline_problem(const BaselineInput& in) {
    const auto p = static_cast<Eigen::Index>(in.observed.size());
    const std::vector<bool> exogenous = exogenous_flags(in);
    const auto k = static_cast<std::size_t>(std::count(exogenous.begin(), exogenous.end(), true));

    // Rows and their closed-form ML values: variances S_ii, the exogenous covariances S_ij, means ȳ_i.
    ParameterTable table;
    std::vector<double> values;
    const std::size_t rows = p + k * (k - 1) / 2 + (in.meanstructure ? p : 0);
    table.rows.reserve(rows);
    values.reserve(rows);
    for (Eigen::Index i = 0; i < p; ++i) {
        table.rows.push_back(free_row(in.observed[i], Op::Covariance, in.observed[i], false));
        values.push_back(in.sample_covariance(i, i));
    }
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = i + 1; j < p; ++j)
            if (exogenous[i] && exogenous[j]) {
                table.rows.push_back(free_row(in.observed[i], Op::Covariance, in.observed[j], false));
                values.push_back(in.sample_covariance(i, j));
            }
    if (in.meanstructure)
        for (Eigen::Index i = 0; i < p; ++i) {
            table.rows.push_back(free_row(in.observed[i], Op::Intercept, "", false));
            values.push_back(in.sample_means[i]);
        }
    table.number_free();

    PreparedProblem problem;
    problem.options = in.options;
    problem.options.vcov = VcovKind::Expected;  // the baseline's tests only: no sandwich
    problem.estimator = in.estimator;
    problem.table = std::move(table);
    problem.observed = in.observed;
    problem.exogenous = in.exogenous;
    problem.meanstructure = in.meanstructure;
    problem.n_inference = in.n_inference;
    GroupSample group;
    group.n = in.n;
    group.covariance = in.sample_covariance;
    group.means = in.sample_means;
    if (in.weight) group.weight = *in.weight;
    if (in.rows) group.rows = *in.rows;
    problem.groups.push_back(std::move(group));
    problem.model = compile_ram(problem.table, problem.observed);
    problem.start = Eigen::VectorXd::Zero(problem.model.parameter_count);
    for (std::size_t r = 0; r < values.size(); ++r) problem.start[problem.table.rows[r].index] = values[r];
    return problem;
}

std::vector<ModelTest> baseline_tests(const BaselineInput& input, Discrepancy* sample_discrepancy) {
    const std::vector<bool> exogenous = exogenous_flags(input);
    std::vector<ModelTest> tests;
    const bool standard_only = input.options.tests.size() == 1;
    if (const auto f = standard_only ? stationary_closed_form(input, exogenous, sample_discrepancy) : std::nullopt) {
        tests.push_back(model_test(*f, input.n_inference, baseline_df(exogenous), input.estimator));
    } else {
        const PreparedProblem problem = baseline_problem(input);
        EstimationWorkspace workspace(problem);
        const Estimation estimation = estimate(problem, workspace, problem.start);
        if (standard_only) {
            tests.push_back(
                model_test(estimation.fmin, problem.n_inference, degrees_of_freedom(problem), problem.estimator));
        } else {
            // The scaled test's traces are the baseline's own: its information, its scores.
            tests = infer(problem, workspace, estimation).tests;
        }
        if (!estimation.converged())
            for (ModelTest& test : tests) test.chisq = test.pvalue = kNaN;
    }
    return tests;
}

}  // namespace jalur

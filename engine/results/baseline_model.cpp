#include "engine/results/baseline_model.hpp"

#include <algorithm>
#include <utility>

#include "engine/estimation/estimate.hpp"
#include "engine/inference/infer.hpp"

namespace jalur {

namespace {

ParameterRow free_row(const std::string& lhs, Op op, const std::string& rhs) {
    ParameterRow row;
    row.lhs = lhs;
    row.op = op;
    row.rhs = rhs;
    row.user = false;
    return row;
}

}  // namespace

PreparedProblem baseline_problem(BaselineInput in) {
    const auto p = static_cast<Eigen::Index>(in.observed.size());
    std::vector<bool> exogenous(static_cast<std::size_t>(p));
    for (Eigen::Index i = 0; i < p; ++i)
        exogenous[i] = std::find(in.exogenous.begin(), in.exogenous.end(), in.observed[i]) != in.exogenous.end();
    const auto k = static_cast<std::size_t>(std::count(exogenous.begin(), exogenous.end(), true));

    // Rows and their closed-form ML values: variances S_ii, the exogenous covariances S_ij, means ȳ_i.
    ParameterTable table;
    std::vector<double> values;
    const std::size_t rows = p + k * (k - 1) / 2 + (in.meanstructure ? p : 0);
    table.rows.reserve(rows);
    values.reserve(rows);
    for (Eigen::Index i = 0; i < p; ++i) {
        table.rows.push_back(free_row(in.observed[i], Op::Covariance, in.observed[i]));
        values.push_back(in.sample_covariance(i, i));
    }
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = i + 1; j < p; ++j)
            if (exogenous[i] && exogenous[j]) {
                table.rows.push_back(free_row(in.observed[i], Op::Covariance, in.observed[j]));
                values.push_back(in.sample_covariance(i, j));
            }
    if (in.meanstructure)
        for (Eigen::Index i = 0; i < p; ++i) {
            table.rows.push_back(free_row(in.observed[i], Op::Intercept, ""));
            values.push_back(in.sample_means[i]);
        }
    table.number_free();

    PreparedProblem problem;
    problem.options = std::move(in.options);
    problem.estimator = in.estimator;
    problem.table = std::move(table);
    problem.observed = std::move(in.observed);
    problem.exogenous = std::move(in.exogenous);
    problem.meanstructure = in.meanstructure;
    problem.n = in.n;
    problem.n_inference = in.n_inference;
    problem.sample_covariance = std::move(in.sample_covariance);
    problem.sample_means = std::move(in.sample_means);
    problem.model = compile_ram(problem.table, problem.observed);
    problem.start = Eigen::VectorXd::Zero(problem.model.parameter_count);
    for (std::size_t r = 0; r < values.size(); ++r) problem.start[problem.table.rows[r].index] = values[r];
    return problem;
}

ModelTest baseline_test(BaselineInput input) {
    const PreparedProblem problem = baseline_problem(std::move(input));
    EstimationWorkspace workspace(problem);
    const Estimation estimation = estimate(problem, workspace, problem.start);
    const int df = degrees_of_freedom(problem);
    ModelTest test = model_test(problem.options.tests.front(), estimation.fmin, problem.n_inference, df);
    if (!estimation.converged()) test.chisq = test.pvalue = kNaN;
    return test;
}

}  // namespace jalur

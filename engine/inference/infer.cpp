#include "engine/inference/infer.hpp"

#include "engine/errors.hpp"
#include "engine/inference/information.hpp"

namespace jalur {

namespace {

Eigen::MatrixXd expected_vcov(const PreparedProblem& problem, EstimationWorkspace& workspace,
                              const Eigen::VectorXd& theta, Progress* progress) {
    begin_stage(progress, "standard errors", information_entries(problem.model.parameter_count));
    const Eigen::MatrixXd information = workspace.objective().expected_information(theta, progress);
    if (const auto bad = unidentified_parameters(information); !bad.empty())
        throw IdentificationError("the information matrix is singular: the model is not identified, expected every"
                                  " free parameter to be determined by the data (fix or constrain one of: " +
                                      join(problem.model.names_of(bad)) + ")",
                                  problem.model.names_of(bad));
    return information.inverse() / problem.n_inference;
}

}  // namespace

int degrees_of_freedom(const PreparedProblem& problem) {
    return problem.moment_count() - problem.model.parameter_count;
}

Inference infer(const PreparedProblem& problem, EstimationWorkspace& workspace, const Estimation& estimation,
                Progress* progress) {
    Inference inference;
    switch (problem.options.vcov) {
        case VcovKind::Expected: inference.vcov = expected_vcov(problem, workspace, estimation.theta, progress); break;
    }
    const int df = degrees_of_freedom(problem);
    for (const TestStatistic statistic : problem.options.tests)
        inference.tests.push_back(model_test(statistic, estimation.fmin, problem.n_inference, df));
    return inference;
}

}  // namespace jalur

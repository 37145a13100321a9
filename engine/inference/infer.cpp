#include "engine/inference/infer.hpp"

#include <cmath>

#include "engine/errors.hpp"
#include "engine/inference/information.hpp"
#include "engine/inference/observed_information.hpp"
#include "engine/inference/robust.hpp"

namespace jalur {

namespace {

// The parameters θ that the directions φ_j (columns of K) move.
std::vector<int> parameters_of(const Eigen::MatrixXd& K, const std::vector<int>& directions) {
    std::vector<int> out;
    for (Eigen::Index i = 0; i < K.rows(); ++i)
        for (const int j : directions)
            if (std::abs(K(i, j)) > 0.1) {
                out.push_back(static_cast<int>(i));
                break;
            }
    return out;
}

// The inverse of the unit expected information (the standard SEs' vcov times n).
Eigen::MatrixXd expected_bread(const PreparedProblem& problem, EstimationWorkspace& workspace,
                               const Eigen::VectorXd& theta, Progress* progress) {
    begin_stage(progress, "standard errors", information_entries(problem.model.parameter_count));
    return information_inverse(problem, workspace.objective().expected_information(theta, progress), theta);
}

}  // namespace

Eigen::MatrixXd information_inverse(const PreparedProblem& problem, const Eigen::MatrixXd& full,
                                    const Eigen::VectorXd& theta) {
    const bool constrained = !problem.constraints.empty();
    const Eigen::MatrixXd basis = constrained ? active_basis(problem.constraints, theta) : Eigen::MatrixXd();
    const Eigen::MatrixXd information = constrained ? Eigen::MatrixXd(basis.transpose() * full * basis) : full;
    if (auto bad = unidentified_parameters(information); !bad.empty()) {
        if (constrained) bad = parameters_of(basis, bad);
        throw IdentificationError("the information matrix is singular: the model is not identified, expected every"
                                  " free parameter to be determined by the data (fix or constrain one of: " +
                                      join(problem.model.names_of(bad)) + ")",
                                  problem.model.names_of(bad));
    }
    if (!constrained) return information.inverse();
    return basis * information.inverse() * basis.transpose();
}

int degrees_of_freedom(const PreparedProblem& problem) {
    return problem.moment_count() - problem.effective_parameter_count();
}

Inference infer(const PreparedProblem& problem, EstimationWorkspace& workspace, const Estimation& estimation,
                Progress* progress) {
    Inference inference;
    const Eigen::MatrixXd bread = expected_bread(problem, workspace, estimation.theta, progress);
    // information: observed: the standard SEs invert the observed information instead (ML).
    const bool observed =
        problem.options.information == Information::Observed && problem.options.vcov == VcovKind::Expected;
    const RobustParts robust = problem.options.robust()
                                   ? robust_parts(problem, workspace, estimation.theta, bread)
                                   : RobustParts{};
    if (observed) {
        const GroupSample& group = problem.single_group();
        const Eigen::MatrixXd information =
            observed_information(workspace.objective().moments_at(estimation.theta), group.covariance, group.means);
        inference.vcov = information_inverse(problem, information, estimation.theta) / problem.n_inference;
    }
    else
        inference.vcov = problem.options.vcov == VcovKind::Expected ? Eigen::MatrixXd(bread / problem.n_inference)
                                                                     : robust.vcov;
    const ModelTest standard =
        model_test(estimation.fmin, problem.n_inference, degrees_of_freedom(problem), problem.estimator);
    for (const TestStatistic statistic : problem.options.tests)
        inference.tests.push_back(statistic == TestStatistic::Standard ? standard
                                                                       : scaled_test(statistic, standard, robust.traces));
    return inference;
}

}  // namespace jalur

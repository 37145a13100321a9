#include "engine/inference/infer.hpp"

#include "engine/errors.hpp"
#include "engine/inference/information.hpp"

namespace jalur {

Inference infer(const PreparedProblem& problem, EstimationWorkspace& workspace, const Eigen::VectorXd& theta,
                Progress* progress) {
    begin_stage(progress, "standard errors", information_entries(problem.model.parameter_count));
    const Eigen::MatrixXd information = workspace.objective().expected_information(theta, progress);
    if (const auto bad = unidentified_parameters(information); !bad.empty())
        throw IdentificationError("the information matrix is singular: the model is not identified, expected every"
                                  " free parameter to be determined by the data (fix or constrain one of: " +
                                      join_names(problem.model.names_of(bad)) + ")",
                                  problem.model.names_of(bad));
    return Inference{information.inverse() / problem.n_inference};
}

}  // namespace jalur

#include "engine/fit.hpp"

#include <sstream>
#include <utility>

#include "engine/results/describe.hpp"
#include "engine/errors.hpp"
#include "engine/estimation/estimate.hpp"
#include "engine/inference/infer.hpp"
#include "engine/model/prepare.hpp"
#include "engine/resampling/bootstrap.hpp"

namespace jalur {

namespace {

// A search that stops short says nothing about the model: a valid model can need other start values.
std::string not_converged_message(const OptimizerSummary& s) {
    std::ostringstream msg;
    msg << "the estimation did not converge: " << s.message << " (";
    if (s.termination != Termination::EvaluationLimit)  // that message counts the evaluations itself
        msg << s.evaluations << (s.evaluations == 1 ? " evaluation, " : " evaluations, ");
    msg << "largest gradient " << s.max_gradient << "); "
        << (s.termination == Termination::EvaluationLimit ? "raise max_evaluations, or try" : "try")
        << " start values for the problem parameters (start(0.5)*x) or rescale variables whose variances differ"
           " by orders of magnitude";
    return msg.str();
}

}  // namespace

FitResult fit_model(const ParameterTable& table, const Data& data, const EstimationOptions& options,
                    Progress* progress) {
    PreparedProblem problem = prepare(table, data, options);
    EstimationWorkspace workspace(problem);
    const Estimation estimation = estimate(problem, workspace, std::nullopt, progress);
    if (!estimation.converged()) throw NumericalError(not_converged_message(estimation.optimizer));
    const Inference inference = infer(problem, workspace, estimation, progress);
    FitResult result = describe(std::move(problem), workspace, estimation, inference);
    if (options.bootstrap) {
        BootstrapResult bootstrap = run_bootstrap(table, data, options, result, progress);
        if (options.bootstrap->type != BootstrapType::BollenStine) use_bootstrap_standard_errors(result, bootstrap);
        result.warnings.insert(result.warnings.end(), bootstrap.warnings.begin(), bootstrap.warnings.end());
        result.bootstrap = std::move(bootstrap);
    }
    return result;
}

}  // namespace jalur

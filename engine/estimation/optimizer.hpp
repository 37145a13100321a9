#pragma once
// Minimizes a smooth objective with an analytic gradient. optimizer.cpp is the only file that includes
// nlopt.hpp; the rest of jalur sees this interface.
#include <Eigen/Dense>
#include <functional>
#include <string>
#include <vector>

#include "engine/progress.hpp"

namespace jalur {

// An objective in the style of Ceres' FirstOrderFunction.
class Objective {
public:
    virtual ~Objective() = default;
    virtual int dimension() const = 0;
    // Value and (if gradient != nullptr) gradient at x. Returns false at an infeasible point
    // (for ML: an implied covariance matrix that is not positive definite).
    [[nodiscard]] virtual bool evaluate(const Eigen::VectorXd& x, double* value, Eigen::VectorXd* gradient) = 0;
};

struct OptimizerOptions {
    int max_evaluations = 10000;        // objective evaluations the search may spend, the start's included
    double gradient_tolerance = 1e-6;   // converged when max |gradient| is below this
    double relative_tolerance = 1e-12;  // NLopt ftol_rel
};

enum class Termination {
    Converged,          // gradient below tolerance
    AtStart,            // the start values already satisfy the gradient tolerance (0 iterations)
    EvaluationLimit,    // max_evaluations spent without convergence
    Stalled,            // the search stopped with the gradient above tolerance
    InfeasibleStart,    // the start values give a non-positive-definite implied matrix
    Failed,             // NLopt reported a failure
};

struct OptimizerSummary {
    Termination termination = Termination::Failed;
    int iterations = 0;     // accepted steps (evaluations that lowered the objective)
    int evaluations = 0;    // objective evaluations
    double value = 0;       // objective at the solution
    double max_gradient = 0;
    std::string message;    // what happened, in words

    bool converged() const {
        return termination == Termination::Converged || termination == Termination::AtStart;
    }
};

// "stopped at the limit of N objective evaluations (max_evaluations)": the message of EvaluationLimit.
std::string evaluation_limit_message(int evaluations);

// A constraint of a search: c(x) = 0 (equality) or c(x) ≤ 0 (inequality), with its gradient when asked.
struct ConstraintFunction {
    bool equality = true;
    std::function<double(const Eigen::VectorXd& x, Eigen::VectorXd* gradient)> value;
};

// The largest violation of the constraints at x: |c| of an equality, max(c, 0) of an inequality.
double constraint_violation(const std::vector<ConstraintFunction>& constraints, const Eigen::VectorXd& x);

// Minimizes under constraints with NLopt's SLSQP (analytic gradients of the objective and the constraints), from x,
// and leaves the point found in x. Converged when NLopt reports success with every constraint within
// `feasibility_tolerance`; the gradient of F is not zero there, so max_gradient is that of the Lagrangian's
// projection, as SLSQP does not report it: NaN.
OptimizerSummary minimize_constrained(Objective& objective, Eigen::VectorXd& x,
                                      const std::vector<ConstraintFunction>& constraints,
                                      const OptimizerOptions& options, double feasibility_tolerance = 1e-9,
                                      Progress* progress = nullptr);

// Minimizes from x (start values) and leaves the best point found in x. Reports the evaluations done so far to
// `progress` (the caller names the stage; their total is not known in advance).
[[nodiscard]] OptimizerSummary minimize(Objective& objective, Eigen::VectorXd& x, const OptimizerOptions& options,
                                        Progress* progress = nullptr);

}  // namespace jalur

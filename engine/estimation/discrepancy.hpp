#pragma once
// What an estimator minimizes, as a function of the implied moments alone: F(Σ, μ; sample statistics), its
// derivatives ∂F/∂Σ and ∂F/∂μ, and the weight of its expected second derivative. The chain rule to ∂F/∂θ is
// the implied moments' (ImpliedMoments::chain_rule), written once for every discrepancy; ModelObjective joins
// the two. A discrepancy is a per-thread workspace: evaluate() keeps its derivatives in it.
#include <Eigen/Dense>

#include "engine/model/implied_moments.hpp"

namespace jalur {

// A weight given on the moments themselves, e = [ȳ − μ (with a mean structure); vech(S − Σ)] (vech: the lower
// triangle column by column, as lavaan), F = eᵀWe: the least-squares estimators ULS, DWLS and WLS. Dense W, or
// its diagonal when `dense` is empty.
struct MomentWeight {
    Eigen::MatrixXd dense;
    Eigen::VectorXd diagonal;
};

class Discrepancy {
public:
    virtual ~Discrepancy() = default;

    // True when F has a mean part (the sample means are known to it): the model must then have a mean structure.
    virtual bool has_means() const = 0;

    // F at Σ (p × p) and, with a mean structure, μ (ignored otherwise). False where F is not defined (ML: Σ not
    // positive definite, or F not finite). With `derivatives`, d_sigma() and d_mu() hold ∂F/∂Σ and ∂F/∂μ
    // afterwards: ∂F/∂Σ symmetric, taken as if every entry of Σ were its own variable (so that
    // dF = tr(∂F/∂Σ · dΣ) + ∂F/∂μ · dμ). Allocates nothing after the first call.
    [[nodiscard]] virtual bool evaluate(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, double& value,
                                        bool derivatives) = 0;
    const Eigen::MatrixXd& d_sigma() const { return d_sigma_; }
    const Eigen::VectorXd& d_mu() const { return d_mu_; }

    // The weight W of the expected information I = Δᵀ W Δ (per unit n; Δ = ∂(Σ, μ)/∂θ; the expected Hessian of
    // F is 2I) that Fisher scoring, the standard errors and the modification indices use. It has the
    // normal-theory form W_Σ = ½ Γ⁻¹ ⊗ Γ⁻¹, W_μ = Γ⁻¹, and this returns Γ: information.cpp applies W implicitly
    // through one Gram matrix and never forms the p² × p² Kronecker product. ML: Γ = the implied Σ.
    // A discrepancy has one of the two forms: this, or moment_weight(); asking the other is a bug (logic_error).
    virtual const Eigen::MatrixXd& weight_covariance(const ImpliedMoments& implied) const;
    // The weight on the moments when it has no normal-theory form (then I = ΔᵀWΔ); null otherwise.
    virtual const MomentWeight* moment_weight() const { return nullptr; }

protected:
    Eigen::MatrixXd d_sigma_;
    Eigen::VectorXd d_mu_;
};

}  // namespace jalur

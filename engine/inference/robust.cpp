#include "engine/inference/robust.hpp"

#include <algorithm>
#include <cmath>


#include "engine/errors.hpp"
#include "engine/inference/infer.hpp"
#include "engine/inference/observed_information.hpp"

namespace jalur {

Eigen::MatrixXd casewise_gradients(const ImpliedMoments& implied, const Eigen::MatrixXd& W) {
    const RamModel& model = implied.model();
    const int p = model.observed_count;
    // u_i = B_topᵀ w_i and v_i = C_left w_i (C_left: the covariances of all variables with the observed ones):
    // an A cell (r, c) has ∂Σ = b_r c_cᵀ + c_c b_rᵀ, so tr(∂Σ · ½wwᵀ) = u_r v_c; an S cell b_r b_cᵀ (+ its
    // transpose) gives ½ u_r u_c (twice off the diagonal); the mean part ∂μ = b_r (Bm)_c or b_r gives u_r (Bm)_c
    // or u_r.
    const Eigen::MatrixXd U = W * implied.B().topRows(p);
    const Eigen::MatrixXd V = W * implied.C().leftCols(p).transpose();
    Eigen::VectorXd Bm;
    if (model.has_means) Bm = implied.B() * implied.m();
    Eigen::MatrixXd G = Eigen::MatrixXd::Zero(W.rows(), model.parameter_count);
    for (const ParameterCell& c : model.cells) {
        auto column = G.col(c.parameter);
        switch (c.matrix) {
            case RamMatrix::A:
                column += U.col(c.row).cwiseProduct(V.col(c.col));
                if (model.has_means) column += Bm[c.col] * U.col(c.row);
                break;
            case RamMatrix::S:
                column += (c.row == c.col ? 0.5 : 1.0) * U.col(c.row).cwiseProduct(U.col(c.col));
                break;
            case RamMatrix::M: column += U.col(c.row); break;
        }
    }
    return G;
}

RobustParts robust_parts(const PreparedProblem& problem, EstimationWorkspace& workspace, const Eigen::VectorXd& theta,
                         const Eigen::MatrixXd& bread_expected) {
    const EstimationOptions& options = problem.options;
    const GroupSample& group = problem.single_group();
    const Eigen::MatrixXd& rows = group.rows;
    const auto N = static_cast<double>(rows.rows());
    const auto p = rows.cols();
    ModelObjective& objective = workspace.objective();
    const ImpliedMoments& implied = objective.moments_at(theta);
    const Eigen::LLT<Eigen::MatrixXd> sigma_llt(implied.sigma());
    const Eigen::RowVectorXd ybar = rows.colwise().mean();

    const bool sem = options.vcov == VcovKind::RobustSem;
    const bool huber_white = options.vcov == VcovKind::RobustHuberWhite;
    const auto wants = [&](TestStatistic t) { return std::find(options.tests.begin(), options.tests.end(), t) != options.tests.end(); };
    const bool satorra_bentler = wants(TestStatistic::SatorraBentler);
    // Both second-order tests need tr((UΓ)²).
    const bool shifted = wants(TestStatistic::ScaledShifted) || wants(TestStatistic::MeanVarAdjusted);
    const bool yuan_bentler = wants(TestStatistic::YuanBentlerMplus);

    RobustParts out;
    // Centred at ȳ: the cases' deviations, their weights w_i = Σ̂⁻¹ d_i and the centred scores (MLM's meat).
    const Eigen::MatrixXd D = rows.rowwise() - ybar;
    const Eigen::MatrixXd W = sigma_llt.solve(D.transpose()).transpose();
    const Eigen::MatrixXd S = D.transpose() * D / N;  // the sample covariance with divisor N
    if (sem || satorra_bentler || shifted) {
        Eigen::MatrixXd G = casewise_gradients(implied, W);
        G.rowwise() -= G.colwise().mean();
        const Eigen::MatrixXd meat = G.transpose() * G / N;
        if (sem) out.vcov = bread_expected * meat * bread_expected / problem.n_inference;
        if (satorra_bentler || shifted) {
            // tr(A₁Γ) = ½ [mean (d_iᵀΣ⁻¹d_i)² − tr((Σ⁻¹S)²)] (+ tr(Σ⁻¹S) for the means), S with divisor N.
            const Eigen::VectorXd quadratic = D.cwiseProduct(W).rowwise().sum();
            const Eigen::MatrixXd sigma_inv_s = sigma_llt.solve(S);
            const double t = (sigma_inv_s * sigma_inv_s).trace();
            double a1_gamma = 0.5 * (quadratic.squaredNorm() / N - t);
            if (problem.meanstructure) a1_gamma += sigma_inv_s.trace();
            const Eigen::MatrixXd e_meat = bread_expected * meat;
            out.traces.trace_ugamma = a1_gamma - e_meat.trace();
            if (shifted) {
                // Q_ij = (z_i − z̄)ᵀA₁(z_j − z̄) = ½ [K_ij² − r_i − r_j + t] (+ K_ij for the means), K = D Σ⁻¹ Dᵀ,
                // r_i = d_iᵀΣ⁻¹SΣ⁻¹d_i; then tr((UΓ)²) = ‖Q‖²/N² − 2 tr(E⁻¹GᵀQG)/N² + tr((E⁻¹·meat)²).
                const Eigen::MatrixXd K = D * W.transpose();
                const Eigen::VectorXd r = W.cwiseProduct(W * S).rowwise().sum();
                Eigen::MatrixXd Q = 0.5 * K.cwiseProduct(K);
                Q.colwise() -= 0.5 * r;
                Q.rowwise() -= 0.5 * r.transpose();
                Q.array() += 0.5 * t;
                if (problem.meanstructure) Q += K;
                const Eigen::MatrixXd GtQG = G.transpose() * Q * G;
                out.traces.trace_ugamma2 = Q.squaredNorm() / (N * N) - 2 * (bread_expected * GtQG).trace() / (N * N) +
                                    (e_meat * e_meat).trace();
            }
        }
    }
    if (huber_white || yuan_bentler) {
        // The cases' scores ∂ log L_i/∂θ at μ̂ (ȳ without a mean structure): the centred rank-one parts plus
        // their mean, −½ ∂F/∂θ at θ̂.
        const Eigen::MatrixXd Dm = problem.meanstructure ? Eigen::MatrixXd(rows.rowwise() - implied.mu().transpose()) : D;
        const Eigen::MatrixXd Wm = sigma_llt.solve(Dm.transpose()).transpose();
        Eigen::MatrixXd G = casewise_gradients(implied, Wm);
        G.rowwise() -= G.colwise().mean();
        double f = 0;
        Eigen::VectorXd gradient(theta.size());
        if (!objective.evaluate(theta, &f, &gradient))
            throw NumericalError("robust standard errors: the estimates give an implied covariance matrix that is "
                                 "not positive definite, expected the estimates of a converged fit");
        G.rowwise() -= 0.5 * gradient.transpose();
        const Eigen::MatrixXd first_order = G.transpose() * G / N;  // B₀
        // MLR's bread is the observed information's inverse; with information: expected, the expected one's (lavaan).
        const Eigen::MatrixXd bread =
            problem.options.information == Information::Expected
                ? bread_expected
                : information_inverse(problem,
                                      observed_information(objective.moments_at(theta), group.covariance, group.means),
                                      theta);
        if (huber_white) out.vcov = bread * first_order * bread / problem.n_inference;
        if (yuan_bentler) {
            // tr(A₁ᵤΓ): A₁ at the sample moments instead of Σ̂, where Σ⁻¹S = I: ½ [mean (d_iᵀS⁻¹d_i)² − p] (+ p).
            const Eigen::LLT<Eigen::MatrixXd> s_llt(S);
            const Eigen::VectorXd quadratic = D.cwiseProduct(s_llt.solve(D.transpose()).transpose()).rowwise().sum();
            double a1u_gamma = 0.5 * (quadratic.squaredNorm() / N - static_cast<double>(p));
            if (problem.meanstructure) a1u_gamma += static_cast<double>(p);
            out.traces.yuan_bentler = a1u_gamma - (bread * first_order).trace();
        }
    }
    return out;
}

}  // namespace jalur

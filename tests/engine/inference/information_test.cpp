// The expected information, computed through a Gram matrix of rank-one terms, equals the textbook form
// ½ tr(Σ⁻¹ ∂Σ/∂θ_k Σ⁻¹ ∂Σ/∂θ_l) from the explicit derivatives, and those derivatives equal finite
// differences of Σ.
#include <doctest/doctest.h>

#include "engine/model/implied_moments.hpp"
#include "engine/inference/information.hpp"
#include "engine/model/model_defaults.hpp"
#include "engine/estimation/start_values.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

Eigen::MatrixXd sigma_of(const ImpliedMoments& m) { return m.sigma(); }
Eigen::MatrixXd mu_of(const ImpliedMoments& m) { return m.mu(); }

// (g(θ + h e_k) − g(θ − h e_k)) / 2h for a moment g of the implied model (Σ or μ).
Eigen::MatrixXd central_difference(const RamModel& model, const Eigen::VectorXd& theta, int k,
                                   Eigen::MatrixXd (*moment)(const ImpliedMoments&)) {
    ImpliedMoments up(model), down(model);
    Eigen::VectorXd t_up = theta, t_down = theta;
    const double h = 1e-6 * std::max(1.0, std::abs(theta[k]));
    t_up[k] += h;
    t_down[k] -= h;
    REQUIRE(up.update(t_up));
    REQUIRE(down.update(t_down));
    return (moment(up) - moment(down)) / (2 * h);
}

}  // namespace

TEST_CASE("Information: the Gram-matrix form equals ½ tr(Σ⁻¹Σ_kΣ⁻¹Σ_l), and ∂Σ/∂θ equals finite differences") {
    for (const auto& [table_in, data] : {std::pair{thesis_model(), thesis_moments()},
                                         std::pair{two_factor_model(), two_factor_moments()}}) {
        ParameterTable table = with_default_parameters(table_in);
        ParameterRow extra = covariance("x2", "x5");  // a residual covariance: an off-diagonal S cell
        if (table.find("F", Op::Loading, "x2")) table.rows.push_back(extra);
        table.number_free();
        const RamModel model = compile_ram(table, data.names);
        const Eigen::VectorXd theta = start_values(table, model, data.covariance) * 1.1;
        ImpliedMoments implied(model);
        REQUIRE(implied.update(theta));
        implied.compute_all_covariances();

        const std::vector<Eigen::MatrixXd> d = sigma_derivatives(implied);
        const Eigen::MatrixXd sigma_inv = implied.sigma().inverse();
        const Eigen::MatrixXd info = expected_information(implied);
        const double largest = info.cwiseAbs().maxCoeff();  // zeros come with rounding of this size
        for (int k = 0; k < model.parameter_count; ++k) {
            for (int l = 0; l < model.parameter_count; ++l) {
                const double direct = 0.5 * (sigma_inv * d[k] * sigma_inv * d[l]).trace();
                CHECK(info(k, l) == doctest::Approx(direct).epsilon(1e-10).scale(1e-4 * largest));
            }
            const Eigen::MatrixXd numeric = central_difference(model, theta, k, sigma_of);
            CHECK((numeric - d[k]).cwiseAbs().maxCoeff() < 1e-6 * std::max(1.0, d[k].cwiseAbs().maxCoeff()));
        }
    }
}

TEST_CASE("Information: with a mean structure the mean block Δ_μᵀ Σ⁻¹ Δ_μ is added, and ∂μ/∂θ equals finite differences") {
    ParameterTable table_in = two_factor_model();
    table_in.rows.push_back(fixed_intercept("F", 0.5));  // a non-zero latent mean: loadings move μ
    table_in.rows.push_back(intercept("G"));
    SampleMoments data = two_factor_moments();
    data.means = Eigen::VectorXd::LinSpaced(6, 1.0, 3.5);
    ParameterTable table = with_default_parameters(table_in, Identification::Marker, true);
    table.number_free();
    const RamModel model = compile_ram(table, data.names);
    REQUIRE(model.has_means);
    const Eigen::VectorXd theta = start_values(table, model, data.covariance, &*data.means) * 1.1;
    ImpliedMoments implied(model);
    REQUIRE(implied.update(theta));
    implied.compute_all_covariances();

    const std::vector<Eigen::MatrixXd> d = sigma_derivatives(implied);
    const Eigen::MatrixXd d_mu = mean_derivatives(implied);
    const Eigen::MatrixXd sigma_inv = implied.sigma().inverse();
    const Eigen::MatrixXd info = expected_information(implied);
    const double largest = info.cwiseAbs().maxCoeff();
    int intercepts = 0;
    for (const auto& row : table.rows)
        if (row.op == Op::Intercept && row.index >= 0) ++intercepts;
    CHECK(intercepts == 7);  // x1..x6 and G
    for (int k = 0; k < model.parameter_count; ++k) {
        for (int l = 0; l < model.parameter_count; ++l) {
            const double direct = 0.5 * (sigma_inv * d[k] * sigma_inv * d[l]).trace() +
                                  d_mu.col(k).dot(sigma_inv * d_mu.col(l));
            CHECK(info(k, l) == doctest::Approx(direct).epsilon(1e-10).scale(1e-4 * largest));
        }
        const Eigen::MatrixXd numeric_mu = central_difference(model, theta, k, mu_of);
        CHECK((numeric_mu.col(0) - d_mu.col(k)).cwiseAbs().maxCoeff() <
              1e-6 * std::max(1.0, d_mu.col(k).cwiseAbs().maxCoeff()));
        const Eigen::MatrixXd numeric = central_difference(model, theta, k, sigma_of);
        CHECK((numeric - d[k]).cwiseAbs().maxCoeff() < 1e-6 * std::max(1.0, d[k].cwiseAbs().maxCoeff()));
    }
}

TEST_CASE("Information: information_columns gives the leading columns and the diagonal of the full information") {
    // With and without a mean structure (a latent mean makes the loadings move μ).
    for (const bool means : {false, true}) {
        CAPTURE(means);
        ParameterTable table_in = two_factor_model();
        SampleMoments data = two_factor_moments();
        if (means) {
            table_in.rows.push_back(fixed_intercept("F", 0.5));
            data.means = Eigen::VectorXd::LinSpaced(6, 1.0, 3.5);
        }
        ParameterTable table = with_default_parameters(table_in, Identification::Marker, means);
        table.number_free();
        const RamModel model = compile_ram(table, data.names);
        const Eigen::VectorXd theta = start_values(table, model, data.covariance, means ? &*data.means : nullptr) * 1.1;
        ImpliedMoments implied(model);
        REQUIRE(implied.update(theta));
        implied.compute_all_covariances();

        const Eigen::MatrixXd full = expected_information(implied);
        const int q = model.parameter_count;
        for (const int columns : {1, q / 2, q}) {
            CAPTURE(columns);
            const InformationColumns part = information_columns(implied, implied.sigma(), columns);
            REQUIRE(part.columns.rows() == q);
            REQUIRE(part.columns.cols() == columns);
            CHECK((part.columns - full.leftCols(columns)).cwiseAbs().maxCoeff() < 1e-12 * full.cwiseAbs().maxCoeff());
            CHECK((part.diagonal - full.diagonal()).cwiseAbs().maxCoeff() < 1e-12 * full.cwiseAbs().maxCoeff());
        }
    }
}

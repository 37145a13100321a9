// The estimation pipeline: convergence from poor starts, honest iteration counts, and every kind of
// numerical or identification trouble detected and explained.
#include <doctest/doctest.h>

#include "engine/fit.hpp"
#include "engine/results/fit_measures.hpp"
#include "engine/estimation/ml_objective.hpp"
#include "engine/model/model_defaults.hpp"
#include "engine/estimation/optimizer.hpp"
#include "engine/estimation/start_values.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Fit: the saturated thesis model needs no iterations, as in LISREL's printout") {
    const FitResult r = fit_model(thesis_model(), thesis_moments(), EstimationOptions{});
    CHECK(r.optimizer.converged());
    CHECK(r.optimizer.iterations == 0);
    CHECK(r.fit.df == 0);
    CHECK(r.fit.chisq == doctest::Approx(0.0).scale(1e-9));
}

TEST_CASE("Optimizer: from diagonal start values L-BFGS reaches the same solution as the exact start") {
    for (const auto& [table_in, data] : {std::pair{thesis_model(), thesis_moments()},
                                         std::pair{two_factor_model(), two_factor_moments()}}) {
        ParameterTable table = with_default_parameters(table_in);
        table.number_free();
        const RamModel model = compile_ram(table, data.names);
        MlObjective objective(model, data.covariance);
        Eigen::VectorXd theta = diagonal_start_values(table, model, data.covariance);
        for (const auto& row : table.rows)  // loadings of latent variables must not start at zero
            if (row.index >= 0 && row.op == Op::Loading)
                theta[row.index] = 1.0;
        for (const auto& row : table.rows)
            if (row.index >= 0 && row.is_variance() && model.index_of(row.lhs) >= model.observed_count)
                theta[row.index] = 1.0;
        const OptimizerSummary s = minimize(objective, theta, OptimizerOptions{});
        CHECK(s.termination == Termination::Converged);
        CHECK(s.iterations > 0);
        CHECK(s.evaluations >= s.iterations);
        CHECK(s.max_gradient < 1e-6);

        const FitResult reference = fit_model(table_in, data, EstimationOptions{});
        for (const auto& row : reference.table.rows)
            if (row.index >= 0) CHECK(theta[row.index] == doctest::Approx(row.est).epsilon(1e-6));
    }
}

TEST_CASE("Optimizer: running out of evaluations is reported as such, not as convergence") {
    ParameterTable table = with_default_parameters(two_factor_model());
    table.number_free();
    const SampleMoments data = two_factor_moments();
    const RamModel model = compile_ram(table, data.names);
    MlObjective objective(model, data.covariance);
    Eigen::VectorXd theta = diagonal_start_values(table, model, data.covariance);
    for (const auto& row : table.rows)
        if (row.index >= 0 && row.is_variance() && model.index_of(row.lhs) >= model.observed_count) theta[row.index] = 1.0;
    OptimizerOptions options;
    options.max_evaluations = 3;
    const OptimizerSummary s = minimize(objective, theta, options);
    CHECK_FALSE(s.converged());
    CHECK(s.termination == Termination::EvaluationLimit);
    CHECK(s.message.find("evaluations") != std::string::npos);
}

TEST_CASE("Fit: non-convergence stops with an explanation instead of numbers") {
    EstimationOptions options;
    options.max_evaluations = 2;
    try {
        fit_model(two_factor_model(), two_factor_moments(), options);
        FAIL("expected a NumericalError");
    } catch (const NumericalError& e) {
        CHECK(std::string(e.what()).find("did not converge") != std::string::npos);
        // A search that stops short says nothing about the model (issue 12): no hint that it is wrong.
        CHECK(std::string(e.what()).find("misspecification") == std::string::npos);
    }
}

TEST_CASE("Fit: a sample covariance matrix that is not positive definite is refused with the variables named") {
    SampleMoments data = thesis_moments();
    data.covariance(1, 0) = data.covariance(0, 1) = 30.0;  // |r| > 1 between KEPUASAN and BOR
    try {
        fit_model(thesis_model(), data, EstimationOptions{});
        FAIL("expected a NumericalError");
    } catch (const NumericalError& e) {
        const std::string msg = e.what();
        CHECK(msg.find("not positive definite") != std::string::npos);
        CHECK(msg.find("KEPUASAN, BOR, KUALITAS") != std::string::npos);
    }
}

TEST_CASE("Fit: more free parameters than moments is refused before the search, naming the parameters") {
    ParameterTable table = thesis_model();
    table.rows.push_back(covariance("KEPUASAN", "BOR"));  // 7 parameters, 6 moments
    try {
        fit_model(table, thesis_moments(), EstimationOptions{});
        FAIL("expected an IdentificationError");
    } catch (const IdentificationError& e) {
        CHECK(std::string(e.what()).find("7 free parameters") != std::string::npos);
        CHECK(std::string(e.what()).find("only 6") != std::string::npos);
        CHECK(e.parameters().size() == 7);
    }
}

TEST_CASE("Fit: a singular information matrix is refused with the unidentified parameters named") {
    // Two factors with two indicators each and their covariance fixed at zero: each half has one
    // parameter too many, although the whole model passes the t-rule (8 parameters, 10 moments).
    SampleMoments data = two_factor_moments();
    data = data.select({"x1", "x2", "x4", "x5"});
    ParameterTable table;
    table.rows = {fixed_loading("F", "x1", 1.0), loading("F", "x2", "l2"), fixed_loading("G", "x4", 1.0),
                  loading("G", "x5", "l5"), fixed_covariance("F", "G", 0.0)};
    try {
        fit_model(table, data, EstimationOptions{});
        FAIL("expected an IdentificationError");
    } catch (const IdentificationError& e) {
        CHECK(std::string(e.what()).find("not identified") != std::string::npos);
        const auto& names = e.parameters();
        CHECK(std::find(names.begin(), names.end(), "l2") != names.end());
        CHECK(std::find(names.begin(), names.end(), "l5") != names.end());
    }
}

TEST_CASE("Fit: a model variable missing from the data is an input error at the row that names it") {
    ParameterTable table = thesis_model();
    table.rows[1].rhs = "KEPUASN";
    table.rows[1].where = SourceLocation{"model.yaml", 12, 15};
    try {
        fit_model(table, thesis_moments(), EstimationOptions{});
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.where().line == 12);
        CHECK(e.where().column == 15);
        CHECK(e.detail().find("'KEPUASN' is not in the data") != std::string::npos);
    }
}

TEST_CASE("Fit: a negative variance estimate is fitted but flagged as a Heywood case") {
    // One factor, three indicators with r12 r13 / r23 = 1.28 > 1: the loading of x1 exceeds 1 in
    // standardized terms and its residual variance is negative.
    SampleMoments data;
    data.names = {"x1", "x2", "x3"};
    data.n = 200;
    data.covariance.resize(3, 3);
    data.covariance << 1.0, 0.8, 0.8, 0.8, 1.0, 0.5, 0.8, 0.5, 1.0;
    ParameterTable table;
    table.rows = {fixed_loading("F", "x1", 1.0), loading("F", "x2"), loading("F", "x3")};
    const FitResult r = fit_model(table, data, EstimationOptions{});
    CHECK(r.table.find("x1", Op::Covariance, "x1")->est == doctest::Approx(-0.28).epsilon(1e-6));
    REQUIRE_FALSE(r.warnings.empty());
    CHECK(r.warnings.front().find("Heywood") != std::string::npos);
}

TEST_CASE("Fit: a latent variable without a scale is refused before the search, naming it") {
    ParameterTable table = two_factor_model();
    table.rows[0].free = true;  // x1's loading on F freed on purpose: F has nothing fixed
    table.rows[0].free_explicit = true;
    try {
        fit_model(table, two_factor_moments(), EstimationOptions{});
        FAIL("expected an IdentificationError");
    } catch (const IdentificationError& e) {
        CHECK(std::string(e.what()).find("F has no scale") != std::string::npos);
        CHECK(e.parameters() == std::vector<std::string>{"F"});
    }
}

TEST_CASE("Fit: with std_lv the factor variances are fixed at 1 and the loadings are free") {
    EstimationOptions options;
    options.identification = Identification::StdLv;
    const FitResult std_lv = fit_model(two_factor_model(), two_factor_moments(), options);
    const FitResult marker = fit_model(two_factor_model(), two_factor_moments(), EstimationOptions{});
    CHECK(std_lv.table.find("F", Op::Covariance, "F")->est == 1.0);
    CHECK_FALSE(std_lv.table.find("F", Op::Covariance, "F")->free);
    CHECK(std_lv.table.rows[0].free);
    // The same model, scaled differently: the same fit and the same completely standardized solution.
    CHECK(std_lv.fit.chisq == doctest::Approx(marker.fit.chisq).epsilon(1e-8));
    for (std::size_t k = 0; k < 6; ++k)
        CHECK(std_lv.table.rows[k].std_all == doctest::Approx(marker.table.rows[k].std_all).epsilon(1e-6));
}

TEST_CASE("Fit: a non-positive-definite covariance matrix of the latent variables is flagged") {
    // Two factors whose indicators correlate more across than within: their correlation exceeds 1.
    SampleMoments data = two_factor_moments();
    for (int i = 0; i < 3; ++i)
        for (int j = 3; j < 6; ++j) data.covariance(i, j) = data.covariance(j, i) = 1.2 * data.covariance(0, 1);
    const FitResult r = fit_model(two_factor_model(), data, EstimationOptions{});
    const bool flagged = std::any_of(r.warnings.begin(), r.warnings.end(), [](const std::string& w) {
        return w.find("latent variables") != std::string::npos && w.find("not positive definite") != std::string::npos;
    });
    CHECK(flagged);
}

TEST_CASE("Fit: with a ridge, a sample matrix that is not positive definite is smoothed and the fit says so") {
    SampleMoments data = thesis_moments();
    data.covariance(1, 0) = data.covariance(0, 1) = 22.2;  // r = 1.0045: just past the boundary
    EstimationOptions options;
    options.ridge = 0.05;
    const FitResult r = fit_model(thesis_model(), data, options);
    CHECK(r.sample_covariance(0, 0) == doctest::Approx(161.90 * 1.05));
    REQUIRE_FALSE(r.warnings.empty());
    CHECK(r.warnings.front().find("ridge") != std::string::npos);
    options.ridge.reset();
    CHECK_THROWS_AS(fit_model(thesis_model(), data, options), NumericalError);
}

TEST_CASE("Fit: LISREL's NCP, F0 and ECVI intervals agree with the RMSEA interval checked against lavaan") {
    ParameterTable table = thesis_model();
    table.rows.erase(table.rows.begin() + 2);  // no BOR ~ KUALITAS: df = 1
    table.rows.pop_back();
    const FitResult r = fit_model(table, thesis_moments(), EstimationOptions{});
    const FitMeasures& f = r.fit;
    const double n = r.n_inference;
    CHECK(f.ncp == doctest::Approx(f.chisq - f.df));
    CHECK(std::sqrt(f.f0 / f.df) == doctest::Approx(f.rmsea));
    CHECK(std::sqrt(f.ncp_ci_lower / (n * f.df)) == doctest::Approx(f.rmsea_ci_lower));
    CHECK(std::sqrt(f.f0_ci_upper / f.df) == doctest::Approx(f.rmsea_ci_upper));
    CHECK(f.ecvi_ci_lower < f.ecvi);
    CHECK(f.ecvi < f.ecvi_ci_upper);
    CHECK(f.aic_model == doctest::Approx(f.chisq + 2 * f.npar));
    CHECK(f.caic_saturated == doctest::Approx((1 + std::log(250.0)) * 6));
}

TEST_CASE("Fit measures: fmin is lavaan's F/2, the minimum fit function LISREL's F = chi-square / n") {
    ParameterTable table = thesis_model();
    table.rows.erase(table.rows.begin() + 2);  // no BOR ~ KUALITAS: df = 1, F > 0
    table.rows.pop_back();                      // nor the total effect through it
    const FitResult r = fit_model(table, thesis_moments(), EstimationOptions{});
    REQUIRE(r.fit.minimum_fit_function > 0.1);
    CHECK(r.fit.minimum_fit_function * r.n_inference == doctest::Approx(r.fit.chisq).epsilon(1e-12));
    CHECK(r.fit.fmin == r.fit.minimum_fit_function / 2);
}

TEST_CASE("Fit measures: a minimum a rounding error below zero is a perfect fit, not a domain error") {
    FitInput in;
    in.sample = thesis_moments().covariance;
    in.implied = in.sample;
    in.fmin = -3.5e-15;
    in.npar = 5;
    in.n = 250;
    in.n_inference = 249;
    in.test = model_test(in.fmin, in.n_inference, 1);  // 6 moments, 5 parameters
    const FitMeasures f = compute_fit_measures(in);
    CHECK(f.chisq == 0.0);
    CHECK(f.df == 1);
    CHECK(f.pvalue == 1.0);
    CHECK(f.rmsea == 0.0);
    CHECK(f.rmsea_ci_upper == 0.0);
}

TEST_CASE("Fit: a mean structure without sample means is an input error, at the intercept row when there is one") {
    ParameterTable table = thesis_model();
    ParameterRow row = intercept("BOR");
    row.where = SourceLocation{"model.yaml", 9, 3};
    table.rows.push_back(row);
    try {
        fit_model(table, thesis_moments(), EstimationOptions{});
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.where().line == 9);
        CHECK(e.detail() == "a mean structure needs raw data or means, expected data with means");
    }
    EstimationOptions asked;
    asked.meanstructure = true;
    CHECK_THROWS_AS(fit_model(thesis_model(), thesis_moments(), asked), InputError);
}

TEST_CASE("Fit: a saturated path model with a mean structure reproduces the means, and its intercepts are ȳ − β x̄") {
    SampleMoments data = thesis_moments();
    data.means = Eigen::Vector3d(70.2, 4.1, 65.3);
    EstimationOptions options;
    options.meanstructure = true;
    const FitResult r = fit_model(thesis_model(), data, options);
    CHECK(r.meanstructure);
    CHECK(r.fit.moments == 9);
    CHECK(r.fit.df == 0);
    CHECK(r.fit.chisq == doctest::Approx(0).scale(1e-6));
    CHECK((r.implied_means - *data.means).cwiseAbs().maxCoeff() < 1e-6);
    const double a = r.table.find("KEPUASAN", Op::Regression, "KUALITAS")->est;
    CHECK(r.table.find("KEPUASAN", Op::Intercept, "")->est == doctest::Approx(70.2 - a * 65.3).epsilon(1e-6));
    CHECK(r.table.find("KUALITAS", Op::Intercept, "")->est == doctest::Approx(65.3).epsilon(1e-6));
    CHECK(r.optimizer.iterations == 0);  // least-squares starts with their intercepts are the solution
}

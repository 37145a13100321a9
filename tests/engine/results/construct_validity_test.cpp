// Composite reliability, AVE, factor correlations and HTMT after a CFA: the Holzinger-Swineford CFA against
// lavaan 0.6.14 and semTools 0.5-6 (tests/fixtures/survey_validity), a two-factor model that fits exactly and can
// be checked by hand, and the factors that are left out.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/results/construct_validity.hpp"
#include "engine/fit.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

// lavaan iterates (35 iterations, estimates within ~1e-6 of the exact optimum), jalur converges further: the
// model-based values agree to 6e-7 (measured), checked with the 2e-5 of the lavaan tests. HTMT is closed form in
// the sample correlations (agreement 7e-16).
constexpr double kModelTolerance = 2e-5;
constexpr double kSampleTolerance = 1e-10;

ModelSpec hs_cfa_spec() { return read_model_spec(source_path("tests/fixtures/lavaan/hs_cfa/model.yaml")); }

const FitResult& hs_cfa_fit() {
    static const FitResult fit = [] {
        const ModelSpec spec = hs_cfa_spec();
        return fit_model(spec.table, spec.data, spec.estimation);
    }();
    return fit;
}

const nlohmann::json& reference() {
    static const nlohmann::json ref = read_json(source_path("tests/fixtures/survey_validity/reference.json"));
    return ref;
}

void check_matrix(const Eigen::MatrixXd& ours, const nlohmann::json& theirs, double tolerance) {
    REQUIRE(ours.rows() == static_cast<Eigen::Index>(theirs["names"].size()));
    for (Eigen::Index i = 0; i < ours.rows(); ++i)
        for (Eigen::Index j = 0; j < ours.cols(); ++j) {
            CAPTURE(i);
            CAPTURE(j);
            CHECK(ours(i, j) == doctest::Approx(number(theirs["matrix"][i][j])).epsilon(tolerance));
        }
}

bool has_note_about(const ConstructValidity& v, const std::string& word) {
    for (const auto& n : v.notes)
        if (n.find(word) != std::string::npos) return true;
    return false;
}

// Population covariance of a two-factor model with standardized loadings F: .8 .7 .6 (x1–x3), G: .9 .8 .5
// (x4–x6), factor correlation .75, unit variances except x1, whose standard deviation is 2.
SampleMoments exact_two_factor_moments() {
    const Eigen::VectorXd lambda = (Eigen::VectorXd(6) << 0.8, 0.7, 0.6, 0.9, 0.8, 0.5).finished();
    const Eigen::VectorXd sd = (Eigen::VectorXd(6) << 2, 1, 1, 1, 1, 1).finished();
    SampleMoments d;
    d.names = {"x1", "x2", "x3", "x4", "x5", "x6"};
    d.n = 200;
    d.covariance.resize(6, 6);
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 6; ++j) {
            const double phi = (i < 3) == (j < 3) ? 1.0 : 0.75;
            d.covariance(i, j) = sd[i] * sd[j] * (i == j ? 1.0 : lambda[i] * lambda[j] * phi);
        }
    return d;
}

FitResult exact_two_factor_fit(const ParameterTable& table) {
    return fit_model(table, exact_two_factor_moments(), EstimationOptions{});
}

}  // namespace

TEST_CASE("Construct validity: omega, composite reliability and AVE of the Holzinger-Swineford CFA equal lavaan's") {
    const ConstructValidity v = construct_validity(hs_cfa_fit());
    const auto& ref = reference();
    CHECK(v.notes.empty());
    REQUIRE(v.factors.size() == 3);
    for (std::size_t f = 0; f < 3; ++f) {
        const auto& r = v.factors[f];
        CAPTURE(r.factor);
        CHECK(r.factor == ref["factors"][f].get<std::string>());
        CHECK(r.indicators.size() == 3);
        CHECK(r.omega == doctest::Approx(number(ref["omega"][r.factor])).epsilon(kModelTolerance));
        CHECK(r.composite_reliability ==
              doctest::Approx(number(ref["composite_reliability"][r.factor])).epsilon(kModelTolerance));
        CHECK(r.ave == doctest::Approx(number(ref["ave"][r.factor])).epsilon(kModelTolerance));
        // ... and the AVE is the engine's own standardized solution squared and averaged.
        double sum = 0;
        for (const auto& row : hs_cfa_fit().table.rows)
            if (row.op == Op::Loading && row.lhs == r.factor) sum += row.std_all * row.std_all;
        CHECK(r.ave == doctest::Approx(sum / 3).epsilon(1e-12));
    }
}

TEST_CASE("Construct validity: AVE averages squared standardized loadings, where semTools divides raw sums") {
    // semTools 0.5-6 AVE(fit) = Σλ²ψ / Σ s_ii: recomputed from jalur's estimates it matches semTools, and
    // differs from the standardized AVE because the indicators' variances differ.
    const FitResult& fit = hs_cfa_fit();
    const ConstructValidity v = construct_validity(fit);
    for (const auto& r : v.factors) {
        CAPTURE(r.factor);
        double loadings_squared = 0, variances = 0;
        for (const auto& name : r.indicators) {
            loadings_squared += std::pow(fit.table.find(r.factor, Op::Loading, name)->est, 2);
            const auto k = std::find(fit.observed.begin(), fit.observed.end(), name) - fit.observed.begin();
            variances += fit.sample_covariance(k, k);
        }
        const double psi = fit.table.find(r.factor, Op::Covariance, r.factor)->est;
        const double semtools = number(reference()["ave_semtools"][r.factor]);
        CHECK(loadings_squared * psi / variances == doctest::Approx(semtools).epsilon(kModelTolerance));
        CHECK(std::abs(r.ave - semtools) > 1e-4);
    }
}

TEST_CASE("Construct validity: the factor correlations equal lavaan's cor.lv, and √AVE exceeds them (Fornell-Larcker)") {
    const ConstructValidity v = construct_validity(hs_cfa_fit());
    check_matrix(v.factor_correlations, reference()["cor_lv"], kModelTolerance);
    const Eigen::MatrixXd table = v.fornell_larcker();
    for (std::size_t f = 0; f < 3; ++f) {
        const auto i = static_cast<Eigen::Index>(f);
        CHECK(table(i, i) == doctest::Approx(std::sqrt(v.factors[f].ave)).epsilon(1e-15));
        CHECK(v.fornell_larcker_holds(f));
    }
    CHECK(table(1, 0) == v.factor_correlations(1, 0));
    CHECK(v.fornell_larcker_holds());
}

TEST_CASE("Construct validity: HTMT and HTMT2 equal semTools' htmt from the sample correlations") {
    const ConstructValidity v = construct_validity(hs_cfa_fit());
    check_matrix(v.htmt, reference()["htmt"], kSampleTolerance);
    check_matrix(v.htmt2, reference()["htmt2"], kSampleTolerance);
}

TEST_CASE("Construct validity: a two-factor model that fits exactly gives the values computed by hand") {
    const ParameterTable table = two_factor_model();  // F =~ x1 + x2 + x3; G =~ x4 + x5 + x6
    const ConstructValidity v = construct_validity(exact_two_factor_fit(table));
    REQUIRE(v.factors.size() == 2);
    const auto& f = v.factors[0];
    const auto& g = v.factors[1];
    // F: standardized CR (.8 + .7 + .6)² / ((2.1)² + .36 + .51 + .64); omega weighs x1 by its SD of 2:
    // raw loadings 1.6, .7, .6, residual variances 4 · .36, .51, .64.
    CHECK(f.composite_reliability == doctest::Approx(4.41 / 5.92).epsilon(1e-6));
    CHECK(f.omega == doctest::Approx(8.41 / 11.0).epsilon(1e-6));
    CHECK(f.ave == doctest::Approx((0.64 + 0.49 + 0.36) / 3).epsilon(1e-6));
    // G has unit variances, so its omega is its standardized CR.
    CHECK(g.composite_reliability == doctest::Approx(4.84 / 6.14).epsilon(1e-6));
    CHECK(g.omega == doctest::Approx(4.84 / 6.14).epsilon(1e-6));
    CHECK(g.ave == doctest::Approx((0.81 + 0.64 + 0.25) / 3).epsilon(1e-6));
    CHECK(v.factor_correlations(0, 1) == doctest::Approx(0.75).epsilon(1e-6));
    // Correlations within F: .56 .48 .42, within G: .72 .45 .40, between: .75 λ_i λ_j (mean .75 · .7 · 2.2/3).
    const double htmt = 0.75 * 0.7 * (2.2 / 3) / std::sqrt((1.46 / 3) * (1.57 / 3));
    CHECK(v.htmt(0, 1) == doctest::Approx(htmt).epsilon(1e-12));
    CHECK(v.htmt(1, 0) == v.htmt(0, 1));
    CHECK(v.htmt(0, 0) == 1.0);
    // Geometric means cancel the loadings of a congeneric model: HTMT2 is the factor correlation itself.
    CHECK(v.htmt2(0, 1) == doctest::Approx(0.75).epsilon(1e-12));
    // √AVE: F .7047 < .75, G .7528 > .75.
    CHECK_FALSE(v.fornell_larcker_holds(0));
    CHECK(v.fornell_larcker_holds(1));
    CHECK_FALSE(v.fornell_larcker_holds());
}

TEST_CASE("Construct validity: a zero correlation within a factor leaves HTMT2 undefined, and a note says so") {
    FitResult fit = exact_two_factor_fit(two_factor_model());
    fit.sample_covariance(1, 2) = fit.sample_covariance(2, 1) = 0;  // HTMT reads S alone, not the fit
    const ConstructValidity v = construct_validity(fit);
    // F's correlations are now .56, .48 and 0.
    CHECK(v.htmt(0, 1) == doctest::Approx(0.75 * 0.7 * (2.2 / 3) / std::sqrt((1.04 / 3) * (1.57 / 3))).epsilon(1e-12));
    CHECK(std::isnan(v.htmt2(0, 1)));
    CHECK(std::isnan(v.htmt2(0, 0)));
    CHECK(v.htmt2(1, 1) == 1.0);
    REQUIRE(v.notes.size() == 1);
    CHECK(has_note_about(v, "F: two of its indicators are uncorrelated, no HTMT2"));
}

TEST_CASE("Construct validity: a single-indicator factor has omega and AVE but no HTMT, and a note says so") {
    ParameterTable table;
    table.rows = {loading("F", "x1"), loading("F", "x2"), loading("F", "x3"), loading("G", "x4"),
                  fixed_covariance("x4", "x4", 0.0)};  // G is x4 measured without error
    const ConstructValidity v = construct_validity(exact_two_factor_fit(table));
    REQUIRE(v.factors.size() == 2);
    CHECK(v.factors[1].omega == doctest::Approx(1.0).epsilon(1e-9));
    CHECK(v.factors[1].ave == doctest::Approx(1.0).epsilon(1e-9));
    CHECK(v.factor_correlations(0, 1) == doctest::Approx(0.75 * 0.9).epsilon(1e-6));
    CHECK(v.htmt(0, 0) == 1.0);
    CHECK(std::isnan(v.htmt(1, 1)));
    CHECK(std::isnan(v.htmt(0, 1)));
    CHECK(std::isnan(v.htmt2(0, 1)));
    REQUIRE(v.notes.size() == 1);
    CHECK(has_note_about(v, "G has one indicator (x4)"));
}

TEST_CASE("Construct validity: a second-order factor is left out with a note, its first-order factors are kept") {
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/higher_order/model.yaml"));
    const ConstructValidity v = construct_validity(fit_model(spec.table, spec.data, spec.estimation));
    REQUIRE(v.factors.size() == 3);
    REQUIRE(v.notes.size() == 1);
    CHECK(has_note_about(v, "g is measured by latent variables (visual, textual, speed)"));
    // g only reparametrizes the factor covariances (just identified), so everything equals the plain CFA's.
    for (const auto& r : v.factors) {
        CAPTURE(r.factor);
        CHECK(r.omega == doctest::Approx(number(reference()["omega"][r.factor])).epsilon(kModelTolerance));
        CHECK(r.ave == doctest::Approx(number(reference()["ave"][r.factor])).epsilon(kModelTolerance));
    }
    check_matrix(v.factor_correlations, reference()["cor_lv"], kModelTolerance);
    check_matrix(v.htmt, reference()["htmt"], kSampleTolerance);
}

TEST_CASE("Construct validity: an indicator on two factors leaves both without reliability, AVE and HTMT") {
    ModelSpec spec = hs_cfa_spec();
    spec.table.rows.push_back(loading("visual", "x9"));  // lavaan's largest modification index
    const ConstructValidity v = construct_validity(fit_model(spec.table, spec.data, spec.estimation));
    REQUIRE(v.factors.size() == 3);
    CHECK(v.factors[0].indicators == std::vector<std::string>{"x1", "x2", "x3", "x9"});
    for (std::size_t f : {0u, 2u}) {
        CHECK(std::isnan(v.factors[f].omega));
        CHECK(std::isnan(v.factors[f].composite_reliability));
        CHECK(std::isnan(v.factors[f].ave));
        CHECK_FALSE(v.fornell_larcker_holds(f));
    }
    CHECK(v.factors[1].omega > 0.8);
    CHECK(v.factor_correlations.allFinite());
    CHECK(v.htmt(1, 1) == 1.0);
    CHECK(std::isnan(v.htmt(0, 1)));
    CHECK(std::isnan(v.htmt2(2, 2)));
    REQUIRE(v.notes.size() == 1);
    CHECK(has_note_about(v, "x9 loads on visual, speed"));
}

TEST_CASE("Construct validity: a path model without latent variables gives no factors and a note") {
    const ConstructValidity v = construct_validity(fit_model(thesis_model(), thesis_moments(), EstimationOptions{}));
    CHECK(v.factors.empty());
    CHECK(v.factor_correlations.size() == 0);
    CHECK(v.htmt.size() == 0);
    REQUIRE(v.notes.size() == 1);
    CHECK(has_note_about(v, "no latent variables"));
    CHECK(v.fornell_larcker_holds());  // vacuously: nothing to compare
}

TEST_CASE("Construct validity: a parameter table without estimates is refused with a NumericalError") {
    FitResult unfitted = hs_cfa_fit();
    for (auto& row : unfitted.table.rows) row.est = kNaN;
    CHECK_THROWS_WITH_AS(construct_validity(unfitted),
                         "construct validity: the parameter table has no estimates, expected a fitted model",
                         NumericalError);
}

// The bootstrap against lavaan 0.6.14 (tests/fixtures/lavaan/bootstrap, make.R): jalur replays lavaan's resamples
// (bootstrapLavaan(keep.idx = TRUE)) and must give parameterEstimates()'s bootstrap SEs and intervals. The
// references are lavaan's summaries of each resample's exact optimum (lavaan's own optimizer stops ~1e-6 short),
// so they are compared to 1e-8.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/data/sample_statistics.hpp"
#include "engine/fit.hpp"
#include "engine/resampling/resampler.hpp"
#include "models/bootstrap_indices.hpp"
#include "models/model_spec.hpp"
#include "support/csv_rows.hpp"
#include "support/fixtures.hpp"
#include "support/scratch.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

const std::string kFolder = "tests/fixtures/lavaan/bootstrap/";

// `gradient_tolerance`: the references are the resamples' exact optima; on HS's small variances the default 1e-6
// leaves estimates ~1e-7 relative from them.
FitResult replay(const std::string& spec_file, const std::string& indices_file, double gradient_tolerance = 1e-6) {
    ModelSpec spec = read_model_spec(source_path(kFolder + spec_file));
    spec.estimation.gradient_tolerance = gradient_tolerance;
    REQUIRE(spec.estimation.bootstrap);
    spec.estimation.bootstrap->indices = models::read_bootstrap_indices(source_path(kFolder + indices_file));
    return fit_model(spec.table, spec.data, spec.estimation);
}

bool close(double jalur, double lavaan, double tolerance) {
    return std::abs(jalur - lavaan) <= tolerance * std::max(1.0, std::abs(lavaan));
}

std::string without_spaces(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
}

// The quantity of lavaan's row: a covariance in either order, a definition whatever its spacing.
const BootstrapQuantity& estimate_of(const FitResult& fit, const nlohmann::json& row) {
    const std::string lhs = row["lhs"], op = row["op"], rhs = without_spaces(row["rhs"]);
    for (const BootstrapQuantity& q : fit.bootstrap->quantities) {
        if (q.kind != QuantityKind::Estimate) continue;
        const ParameterRow& r = fit.table.rows[q.row];
        if (op_symbol(r.op) != op) continue;
        if ((r.lhs == lhs && without_spaces(r.rhs) == rhs) || (op == "~~" && r.lhs == rhs && r.rhs == lhs)) return q;
    }
    FAIL("no bootstrap quantity for " << row["lhs"] << row["op"] << row["rhs"]);
    throw;
}

// Every free and defined row: the estimate, the bootstrap SE and the intervals lavaan gives (norm for the free
// rows only: lavaan centres a defined parameter's normal interval on its definition at the mean draw).
// `exact`: the estimates at the exact optimum where lavaan's own `est` stops short of it (HS), by free parameter.
void check_against(const FitResult& fit, const nlohmann::json& reference, const nlohmann::json& exact = nullptr) {
    int compared = 0, free = 0;
    for (const auto& row : reference["parameters"]) {
        if (number(row["se"]) == 0) continue;  // a fixed row: no bootstrap quantity
        const BootstrapQuantity& q = estimate_of(fit, row);
        CAPTURE(row["lhs"]);
        CAPTURE(row["rhs"]);
        const bool defined = row["op"] == ":=";
        CHECK(close(q.estimate, exact.is_null() || defined ? number(row["est"]) : number(exact[static_cast<std::size_t>(free)]),
                    1e-8));
        free += defined ? 0 : 1;
        CHECK(close(q.summary.se, number(row["se"]), 1e-8));
        const BootstrapSummary& s = q.summary;
        const std::pair<const char*, ConfidenceInterval> intervals[] = {
            {"perc", s.percentile}, {"bca", s.bca}, {"bca.simple", s.bca_simple}, {"basic", s.basic}, {"norm", s.normal}};
        for (const auto& [kind, ci] : intervals) {
            if (!row.contains(kind)) continue;
            if (std::string(kind) == "norm" && defined) continue;
            CAPTURE(kind);
            CHECK(close(ci.lower, number(row[kind]["lower"]), 1e-8));
            CHECK(close(ci.upper, number(row[kind]["upper"]), 1e-8));
        }
        ++compared;
    }
    CHECK(compared >= 5);
}

}  // namespace

TEST_CASE("Bootstrap: lavaan's 200 resamples of the thesis mediation give its SEs and perc, bca.simple, basic, norm limits") {
    const FitResult fit = replay("mediation.yaml", "mediation_indices.csv");
    REQUIRE(fit.bootstrap);
    CHECK(fit.bootstrap->used == 200);
    CHECK(fit.bootstrap->replayed);
    check_against(fit, read_json(source_path(kFolder + "reference_mediation.json")));
    // The table's SEs are the bootstrap's: ind's, with lavaan's B − 1 divisor of a defined parameter.
    for (const ParameterRow& row : fit.table.rows)
        if (row.lhs == "ind") CHECK(close(row.se, 0.0031625239290987853, 1e-8));
}

TEST_CASE("Bootstrap: lavaan's 300 resamples of the thesis mediation (more than its 250 cases) give its BCa limits") {
    const nlohmann::json reference = read_json(source_path(kFolder + "reference_mediation_bca.json"));
    REQUIRE(reference["parameters"][0].contains("bca"));  // lavaan's bca needs at least N replicates
    const FitResult fit = replay("mediation.yaml", "mediation_bca_indices.csv");
    REQUIRE(fit.bootstrap);
    CHECK(fit.bootstrap->used == 300);
    check_against(fit, reference);
}

TEST_CASE("Bootstrap: lavaan's 100 resamples of the Holzinger-Swineford CFA give its SEs and percentile limits") {
    const FitResult fit = replay("hs.yaml", "hs_indices.csv", 1e-9);
    REQUIRE(fit.bootstrap);
    CHECK(fit.bootstrap->used == 100);
    const nlohmann::json reference = read_json(source_path(kFolder + "reference_hs.json"));
    check_against(fit, reference, reference["estimates_exact"]);
}

TEST_CASE("Bootstrap: Bollen-Stine replaying lavaan's resamples of the transformed data gives each chi-square") {
    const nlohmann::json reference = read_json(source_path(kFolder + "reference_bollen_stine.json"));
    const FitResult fit = replay("bollen_stine.yaml", "bollen_stine_indices.csv");
    REQUIRE(fit.bootstrap);
    const BootstrapResult& run = *fit.bootstrap;
    CHECK(run.quantities.empty());  // a test only
    CHECK(close(run.observed_chisq, number(reference["chisq"]), 1e-8));
    REQUIRE(run.chisq.size() == 200);
    int compared = 0;
    for (Eigen::Index r = 0; r < 200; ++r) {
        CAPTURE(r);
        // Absolute: a χ² near 0 is a difference of nearly equal discrepancies.
        CHECK(std::abs(run.chisq[r] - number(reference["boot_T_exact"][static_cast<std::size_t>(r)])) < 1e-6);
        ++compared;
    }
    CHECK(compared == 200);
    CHECK(run.bollen_stine_pvalue == number(reference["pvalue"]));
}

TEST_CASE("Bootstrap: Bollen-Stine's transform of the cases is lavaan's, to 1e-10") {
    const ModelSpec spec = read_model_spec(source_path(kFolder + "bollen_stine.yaml"));
    ModelSpec plain = spec;
    plain.estimation.bootstrap.reset();
    const FitResult fit = fit_model(plain.table, plain.data, plain.estimation);
    StatisticsRequest request;
    request.rows = true;
    const Eigen::MatrixXd rows = *sample_statistics(spec.data, fit.observed, request).rows;
    const Eigen::MatrixXd z = bollen_stine_rows(rows, fit.sample_covariance, fit.implied_covariance, Eigen::VectorXd());
    const std::vector<CsvRow> lavaan = csv_rows(read_text(source_path(kFolder + "bollen_stine_transformed.csv")));
    REQUIRE(lavaan.size() == 251);
    REQUIRE(z.rows() == 250);
    double largest = 0;
    for (std::size_t column = 0; column < 3; ++column) {
        // lavaan's columns by name, jalur's in data order (fit.observed).
        const auto j = std::find(fit.observed.begin(), fit.observed.end(), lavaan[0][column]) - fit.observed.begin();
        REQUIRE(j < 3);
        for (Eigen::Index i = 0; i < 250; ++i)
            largest = std::max(largest, std::abs(z(i, j) - csv_number(lavaan[static_cast<std::size_t>(i) + 1][column])));
    }
    CHECK(largest < 1e-10);
}

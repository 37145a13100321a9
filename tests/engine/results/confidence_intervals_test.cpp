// Wald confidence intervals (engine/results/confidence_intervals.hpp) against lavaan's parameterEstimates(level =)
// and standardizedSolution(level =) on the models of tests/fixtures/lavaan/ci (its make.R), at the exact optimum.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "engine/fit.hpp"
#include "engine/results/confidence_intervals.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

const std::string kFolder = "tests/fixtures/lavaan/ci/";

FitResult fit_at(const ModelSpec& spec, double level) {
    EstimationOptions options = spec.estimation;
    options.ci_level = level;
    FitResult result = fit_model(spec.table, spec.data, options);
    REQUIRE(result.optimizer.converged());
    return result;
}

// The row lavaan lists as lhs op rhs (a covariance in either order); a defined parameter by its name (lavaan
// writes the expression without spaces).
const ParameterRow& row_of(const FitResult& result, const nlohmann::json& lavaan) {
    const std::string lhs = lavaan["lhs"], op = lavaan["op"], rhs = lavaan["rhs"];
    for (const ParameterRow& row : result.table.rows) {
        if (op != op_symbol(row.op)) continue;
        if (row.lhs == lhs && (row.op == Op::Defined || row.rhs == rhs)) return row;
        if (row.op == Op::Covariance && row.lhs == rhs && row.rhs == lhs) return row;
    }
    FAIL("no row " << lhs << " " << op << " " << rhs);
    throw;
}

// Relative 1e-6, or both not available.
void check_interval(const ConfidenceInterval& ours, const nlohmann::json& lavaan, const char* what) {
    CAPTURE(what);
    const double lower = number(lavaan[0]), upper = number(lavaan[1]);
    CHECK(std::abs(ours.lower - lower) <= 1e-6 * std::abs(lower));
    CHECK(std::abs(ours.upper - upper) <= 1e-6 * std::abs(upper));
}

// lavaan gives a fixed row an interval of width 0 (se 0); jalur gives it none, as it gives it no SE.
bool lavaan_fixed(const nlohmann::json& lavaan) { return lavaan["op"] != ":=" && number(lavaan["se"]) == 0; }

}  // namespace

TEST_CASE("Confidence intervals equal lavaan's at 95 % and 90 %, of estimates, defined and standardized values") {
    const nlohmann::json reference = read_json(source_path(kFolder + "reference.json"));
    int compared = 0;
    for (const nlohmann::json& c : reference["cases"]) {
        const std::string name = c["name"];
        CAPTURE(name);
        const ModelSpec spec = read_model_spec(source_path(kFolder + c["spec"].get<std::string>()));
        const FitResult at95 = fit_at(spec, 0.95), at90 = fit_at(spec, 0.90);
        CHECK(at95.ci_level == 0.95);
        CHECK(at90.ci_level == 0.90);
        for (const nlohmann::json& lavaan : c["rows"]) {
            const ParameterRow &row95 = row_of(at95, lavaan), &row90 = row_of(at90, lavaan);
            CAPTURE(row95.lhs + op_symbol(row95.op) + row95.rhs);
            if (lavaan_fixed(lavaan)) {
                CHECK(std::isnan(row95.ci.lower));
                CHECK(std::isnan(row95.ci.upper));
            } else {
                check_interval(row95.ci, lavaan["ci_95"], "ci 95 %");
                check_interval(row90.ci, lavaan["ci_90"], "ci 90 %");
                ++compared;
            }
            check_interval(row90.std_all_ci, lavaan["std_all_ci_90"], "std.all ci 90 %");
            check_interval(row90.std_lv_ci, lavaan["std_lv_ci_90"], "std.lv ci 90 %");
        }
    }
    CHECK(compared > 50);
}

TEST_CASE("The effects' intervals equal the defined indirect and total effects' intervals of lavaan") {
    // bor_wishart: indirect := a*b and total := c + a*b are the effects of KUALITAS on BOR.
    const nlohmann::json reference = read_json(source_path(kFolder + "reference.json"));
    const nlohmann::json& bor = reference["cases"][2];
    REQUIRE(bor["name"] == "bor_wishart");
    const FitResult result = fit_at(read_model_spec(source_path(kFolder + bor["spec"].get<std::string>())), 0.90);
    const Effect* effect = nullptr;
    for (const Effect& e : result.effects)
        if (e.from == "KUALITAS" && e.to == "BOR") effect = &e;
    REQUIRE(effect != nullptr);
    REQUIRE(effect->indirect.has_value());
    REQUIRE(effect->total.has_value());
    REQUIRE(effect->direct.has_value());
    int found = 0;
    for (const nlohmann::json& lavaan : bor["rows"]) {
        if (lavaan["lhs"] == "indirect") check_interval(effect->indirect->ci, lavaan["ci_90"], "indirect"), ++found;
        if (lavaan["lhs"] == "total") check_interval(effect->total->ci, lavaan["ci_90"], "total"), ++found;
        if (lavaan["lhs"] == "BOR" && lavaan["rhs"] == "KUALITAS")
            check_interval(effect->direct->ci, lavaan["ci_90"], "direct"), ++found;
    }
    CHECK(found == 3);
    // The reduced form's terms are the total effects, with the same intervals.
    bool reduced = false;
    for (const ReducedFormEquation& equation : result.reduced_form)
        for (const auto& [from, estimate] : equation.terms)
            if (equation.outcome == "BOR" && from == "KUALITAS") {
                CHECK(estimate.ci.lower == effect->total->ci.lower);
                CHECK(estimate.ci.upper == effect->total->ci.upper);
                reduced = true;
            }
    CHECK(reduced);
}

TEST_CASE("A Wald interval is est ± z·se, and not available without a finite estimate and standard error") {
    const ConfidenceInterval ci = wald_interval(1.0, 0.5, 0.95);
    CHECK(ci.lower == doctest::Approx(1.0 - 1.959963984540054 * 0.5).epsilon(1e-14));
    CHECK(ci.upper == doctest::Approx(1.0 + 1.959963984540054 * 0.5).epsilon(1e-14));
    const ConfidenceInterval ci90 = wald_interval(0.0, 1.0, 0.90);
    CHECK(ci90.upper == doctest::Approx(1.6448536269514722).epsilon(1e-14));
    CHECK(ci90.lower == -ci90.upper);
    for (const ConfidenceInterval& none : {wald_interval(1.0, kNaN, 0.95), wald_interval(kNaN, 0.1, 0.95)}) {
        CHECK(std::isnan(none.lower));
        CHECK(std::isnan(none.upper));
    }
}

TEST_CASE("A confidence level outside (0, 1) is refused by the estimation options") {
    EstimationOptions options;
    CHECK(options.validate().empty());
    for (double level : {0.0, 1.0, -0.5, 95.0, kNaN}) {
        CAPTURE(level);
        options.ci_level = level;
        CHECK(options.validate() == "ci_level must be strictly between 0 and 1");
    }
}

// examples/bor reproduces every number of the LISREL 8.70 printout in seed 004 (Lampiran G) within one
// unit of its last printed digit, from model.yaml and from thesis_printout.spl alike. The input matrix itself
// is printed to two decimals, so recomputed values may differ by that unit; the SEs use n = 248 (inference_n,
// or Sample Size = 249), see docs/reproducing-lisrel.md.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "engine/fit.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

// The value, printed with as many decimals as the thesis prints, is within one unit of the last digit.
void check_printed(const std::string& what, double value, const std::string& printed) {
    const auto point = printed.find('.');
    const int decimals = point == std::string::npos ? 0 : static_cast<int>(printed.size() - point - 1);
    const double unit = std::pow(10.0, -decimals);
    const double rounded = std::round(value / unit) * unit;
    CAPTURE(what);
    CAPTURE(printed);
    CAPTURE(value);
    CHECK(std::abs(rounded - std::stod(printed)) <= unit * (1 + 1e-6));
}

struct Thesis {
    std::string spec_file;
    FitResult r;

    explicit Thesis(const std::string& spec) : spec_file(spec) {
        const ModelSpec model = read_model_spec(source_path(spec));
        r = fit_model(model.table, model.data, model.estimation);
    }
    const ParameterRow& row(const std::string& lhs, Op op, const std::string& rhs) const {
        const ParameterRow* p = r.table.find(lhs, op, rhs);
        REQUIRE(p != nullptr);
        return *p;
    }
    const Effect& effect(const std::string& from, const std::string& to) const {
        for (const auto& e : r.effects)
            if (e.from == from && e.to == to) return e;
        FAIL("no effect " << from << " -> " << to);
        throw;
    }
    double r2(const std::string& name) const {
        for (const auto& [v, value] : r.r2)
            if (v == name) return value;
        return kNaN;
    }
    double correlation(int i, int j) const {
        const auto& s = r.implied_covariance;
        return s(i, j) / std::sqrt(s(i, i) * s(j, j));
    }
};

// The printout's run, twice: the YAML spec with n = 250 and inference_n: 248, and the thesis's SIMPLIS input
// with Sample Size = 249 (n = N − 1 = 248).
const std::vector<Thesis>& theses() {
    static const std::vector<Thesis> all{Thesis("examples/bor/model.yaml"), Thesis("examples/bor/thesis_printout.spl")};
    return all;
}

}  // namespace

TEST_CASE("Thesis printout: structural equations with SEs and t-values") {
    for (const Thesis& t : theses()) {
        CAPTURE(t.spec_file);
        const auto& a = t.row("KEPUASAN", Op::Regression, "KUALITAS");
        const auto& b = t.row("BOR", Op::Regression, "KEPUASAN");
        const auto& c = t.row("BOR", Op::Regression, "KUALITAS");
        check_printed("a", a.est, "0.38");
        check_printed("SE a", a.se, "0.054");
        check_printed("t a", a.z, "7.11");
        check_printed("b", b.est, "0.022");
        check_printed("SE b", b.se, "0.0080");
        check_printed("t b", b.z, "2.71");
        check_printed("c", c.est, "0.058");
        check_printed("SE c", c.se, "0.0074");
        check_printed("t c", c.z, "7.78");

        const auto& e1 = t.row("KEPUASAN", Op::Covariance, "KEPUASAN");
        const auto& e2 = t.row("BOR", Op::Covariance, "BOR");
        check_printed("Errorvar KEPUASAN", e1.est, "134.49");
        check_printed("SE", e1.se, "12.08");
        check_printed("t", e1.z, "11.14");
        check_printed("Errorvar BOR", e2.est, "2.13");
        check_printed("SE", e2.se, "0.19");
        check_printed("t", e2.z, "11.14");
        check_printed("R² KEPUASAN", t.r2("KEPUASAN"), "0.17");
        check_printed("R² BOR", t.r2("BOR"), "0.29");
    }
}

TEST_CASE("Thesis printout: reduced form and variances of independent variables") {
    for (const Thesis& t : theses()) {
        CAPTURE(t.spec_file);
        REQUIRE(t.r.reduced_form.size() == 2);
        const auto& bor = t.r.reduced_form[1];
        CHECK(bor.outcome == "BOR");
        REQUIRE(bor.terms.size() == 1);
        check_printed("BOR on KUALITAS", bor.terms[0].second.est, "0.066");
        check_printed("SE", bor.terms[0].second.se, "0.0069");
        check_printed("t", bor.terms[0].second.z, "9.62");
        check_printed("Errorvar", bor.error_variance, "2.20");
        check_printed("R²", bor.r2, "0.27");
        const auto& kep = t.r.reduced_form[0];
        check_printed("KEPUASAN on KUALITAS", kep.terms[0].second.est, "0.38");
        check_printed("Errorvar", kep.error_variance, "134.49");
        check_printed("R²", kep.r2, "0.17");

        const auto& phi = t.row("KUALITAS", Op::Covariance, "KUALITAS");
        check_printed("var KUALITAS", phi.est, "186.78");
        check_printed("SE", phi.se, "16.77");
        check_printed("t", phi.z, "11.14");
    }
}

TEST_CASE("Thesis printout: goodness of fit of the saturated model") {
    for (const Thesis& t : theses()) {
        CAPTURE(t.spec_file);
        CHECK(t.r.fit.df == 0);
        check_printed("chi-square", t.r.fit.chisq, "0.00");
        check_printed("P", t.r.fit.pvalue, "1.00");
        check_printed("RMSEA", t.r.fit.rmsea, "0.000");
        CHECK(t.r.optimizer.iterations == 0);
    }
}

TEST_CASE("Thesis printout: standardized solution") {
    for (const Thesis& t : theses()) {
        CAPTURE(t.spec_file);
        check_printed("GAMMA KEPUASAN", t.row("KEPUASAN", Op::Regression, "KUALITAS").std_all, "0.41");
        check_printed("GAMMA BOR", t.row("BOR", Op::Regression, "KUALITAS").std_all, "0.46");
        check_printed("BETA", t.row("BOR", Op::Regression, "KEPUASAN").std_all, "0.16");
        check_printed("PSI KEPUASAN", t.row("KEPUASAN", Op::Covariance, "KEPUASAN").std_all, "0.83");
        check_printed("PSI BOR", t.row("BOR", Op::Covariance, "BOR").std_all, "0.71");
        // Correlation Matrix of Y and X (observed order KEPUASAN, BOR, KUALITAS)
        check_printed("r BOR KEPUASAN", t.correlation(1, 0), "0.35");
        check_printed("r KUALITAS KEPUASAN", t.correlation(2, 0), "0.41");
        check_printed("r KUALITAS BOR", t.correlation(2, 1), "0.52");
        // Regression Matrix Y on X (Standardized)
        check_printed("KEPUASAN on X", t.effect("KUALITAS", "KEPUASAN").total->std_all, "0.41");
        check_printed("BOR on X", t.effect("KUALITAS", "BOR").total->std_all, "0.52");
    }
}

TEST_CASE("Thesis printout: total and indirect effects with SEs and t-values") {
    for (const Thesis& t : theses()) {
        CAPTURE(t.spec_file);
        const Effect& x_kep = t.effect("KUALITAS", "KEPUASAN");
        check_printed("total X on KEPUASAN", x_kep.total->est, "0.38");
        check_printed("SE", x_kep.total->se, "0.05");
        check_printed("t", x_kep.total->z, "7.11");
        CHECK_FALSE(x_kep.indirect.has_value());  // printed "- -"

        const Effect& x_bor = t.effect("KUALITAS", "BOR");
        check_printed("total X on BOR", x_bor.total->est, "0.07");
        check_printed("SE", x_bor.total->se, "0.01");
        check_printed("t", x_bor.total->z, "9.62");
        REQUIRE(x_bor.indirect.has_value());
        check_printed("indirect X on BOR", x_bor.indirect->est, "0.01");
        check_printed("SE", x_bor.indirect->se, "0.00");
        check_printed("t", x_bor.indirect->z, "2.53");

        const Effect& kep_bor = t.effect("KEPUASAN", "BOR");
        check_printed("total KEPUASAN on BOR", kep_bor.total->est, "0.02");
        check_printed("SE", kep_bor.total->se, "0.01");
        check_printed("t", kep_bor.total->z, "2.71");
        CHECK_FALSE(kep_bor.indirect.has_value());

        check_printed("standardized total X on BOR", x_bor.total->std_all, "0.52");
        check_printed("standardized indirect X on BOR", x_bor.indirect->std_all, "0.07");
        check_printed("standardized total KEPUASAN on BOR", kep_bor.total->std_all, "0.16");
    }
}

TEST_CASE("Thesis printout: n = N − 1 = 249 misses the printed variance t-values, n = 248 hits them") {
    // Free variances of a saturated model have t = √(n/2) whatever the data: 11.16 for n = 249, 11.14 for 248.
    ModelSpec spec = read_model_spec(source_path("examples/bor/model.yaml"));
    spec.estimation.inference_n.reset();
    const FitResult wishart = fit_model(spec.table, spec.data, spec.estimation);
    CHECK(wishart.n_inference == 249);
    CHECK(wishart.table.find("BOR", Op::Covariance, "BOR")->z == doctest::Approx(std::sqrt(249.0 / 2)));
    for (const Thesis& t : theses()) {
        CAPTURE(t.spec_file);
        CHECK(t.r.n_inference == 248);
        CHECK(t.row("BOR", Op::Covariance, "BOR").z == doctest::Approx(std::sqrt(248.0 / 2)));
    }
}

// jalur simulate against lavaan's Monte Carlo study of the same design (tests/fixtures/lavaan/simulation: make.R
// loops simulateData + sem; 4 conditions × 500 replications × ML, MLM, MLR). The random numbers differ, so every
// measure must agree within the Monte Carlo error of both studies: |jalur − lavaan| ≤ 4 √(MCSE_jalur² +
// MCSE_lavaan²). There are 156 comparisons; at 4 combined MCSEs a true agreement lands outside by chance with
// probability about 1 % over all of them, and the seeds are fixed, so the test is deterministic.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/simulation/performance.hpp"
#include "models/study_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

// The study's parameter for lavaan's name a, b or indirect.
std::size_t parameter_index(const std::vector<StudyParameter>& parameters, const std::string& lavaan_name) {
    const std::string name = lavaan_name == "a" ? "KEPUASAN ~ KUALITAS" : lavaan_name == "b" ? "BOR ~ KEPUASAN" : lavaan_name;
    for (std::size_t k = 0; k < parameters.size(); ++k)
        if (parameters[k].name == name) return k;
    FAIL("no parameter " << name);
    return 0;
}

void agree(const char* what, double jalur, double jalur_mcse, const nlohmann::json& lavaan) {
    const double value = number(lavaan["value"]), mcse = number(lavaan["mcse"]);
    CAPTURE(what);
    CAPTURE(jalur);
    CAPTURE(value);
    CHECK(std::abs(jalur - value) <= 4 * std::sqrt(jalur_mcse * jalur_mcse + mcse * mcse) + 1e-12);
}

}  // namespace

TEST_CASE("Simulation: jalur's bias, SE ratio, coverage, power and chi-square rejection agree with lavaan's study") {
    const std::string folder = "tests/fixtures/lavaan/simulation/";
    const nlohmann::json reference = read_json(source_path(folder + "reference.json"));
    const Study study = models::read_study_spec(source_path(folder + "study.yaml"));
    REQUIRE(study.conditions.size() == 4);
    REQUIRE(study.replications == number(reference["design"]["replications"]));
    const auto parameters = study_parameters(study);
    const std::vector<CellPerformance> cells = summarize_study(study, parameters, run_study(study));
    int compared = 0;
    for (const auto& result : reference["results"]) {
        const int condition = result["condition"].get<int>() - 1;
        const std::string estimator = result["estimator"];
        CAPTURE(condition);
        CAPTURE(estimator);
        REQUIRE(study.conditions[static_cast<std::size_t>(condition)].n == result["n"].get<int>());
        const CellPerformance* cell = nullptr;
        for (const CellPerformance& c : cells)
            if (c.condition == condition && study.analyses[0].estimators[static_cast<std::size_t>(c.estimator)].name == estimator)
                cell = &c;
        REQUIRE(cell != nullptr);
        CHECK(cell->model.converged == cell->model.attempted);
        agree("chi-square rejection", cell->model.chisq_rejection, cell->model.chisq_rejection_mcse,
              result["chisq_rejection"]);
        for (const char* name : {"a", "b", "indirect"}) {
            CAPTURE(name);
            const ParameterPerformance& p = cell->parameters[parameter_index(parameters[0], name)];
            const auto& l = result["parameters"][name];
            CHECK(p.truth == doctest::Approx(number(l["truth"])).epsilon(1e-12));
            agree("bias", p.bias, p.bias_mcse, l["bias"]);
            agree("SE ratio", p.se_ratio, p.se_ratio_mcse, l["se_ratio"]);
            agree("coverage", p.coverage, p.coverage_mcse, l["coverage"]);
            agree("rejection", p.rejection, p.rejection_mcse, l["rejection"]);
            compared += 4;
        }
        ++compared;
    }
    CHECK(compared == 156);
}

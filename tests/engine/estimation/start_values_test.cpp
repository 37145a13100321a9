// Start values with a mean structure: latent means and intercepts from the data.
#include <doctest/doctest.h>

#include "engine/model/prepare.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Start values: a free latent mean starts where its marker's fixed intercept puts it (issue 12)") {
    // textual ~ 1 with x4 ~ 0*1 and the marker loading 1: ȳ4 = 0 + 1·κ, so κ starts at ȳ4 (about 3.06), where
    // it used to start at 0 and the search failed.
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/hs_latent_mean/model.yaml"));
    const PreparedProblem problem = prepare(spec.table, spec.data, spec.estimation);
    const auto& x = problem.observed;
    const auto at = [&](const std::string& v) { return std::find(x.begin(), x.end(), v) - x.begin(); };
    const ParameterRow* mean = problem.table.find("textual", Op::Intercept, "");
    REQUIRE(mean != nullptr);
    REQUIRE(mean->index >= 0);
    const double y4 = problem.single_group().means[at("x4")];
    CHECK(problem.start[mean->index] == doctest::Approx(y4).epsilon(1e-12));
    // The indicators' intercepts start at ȳ − λ κ: x5's from its one-factor loading.
    const ParameterRow* x5 = problem.table.find("x5", Op::Intercept, "");
    const ParameterRow* loading = problem.table.find("textual", Op::Loading, "x5");
    CHECK(problem.start[x5->index] ==
          doctest::Approx(problem.single_group().means[at("x5")] - problem.start[loading->index] * y4).epsilon(1e-12));
}

// lavaan syntax's start(v)*x on a marker: lavaan keeps the marker fixed, at v; jalur does the same and says so.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "engine/fit.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Marker: start(0.8) on a marker in lavaan syntax fixes it at 0.8, as lavaan does, with a note") {
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/hs_lavaan_idioms/model.yaml"));
    const FitResult r = fit_model(spec.table, spec.data, spec.estimation);
    const ParameterRow* x7 = r.table.find("speed", Op::Loading, "x7");
    REQUIRE(x7 != nullptr);
    CHECK_FALSE(x7->free);
    CHECK(x7->value == 0.8);
    const std::string note = "start(0.8) on the marker speed =~ x7 fixes it at 0.8, as lavaan does; write "
                             "NA*start(0.8)*x7 to estimate it from there";
    CHECK(std::find(r.warnings.begin(), r.warnings.end(), note) != r.warnings.end());
    // NA*x1 + start(0.8)*x1: freed on purpose, so visual's scale is its fixed variance, and no note about it.
    CHECK(r.table.find("visual", Op::Loading, "x1")->free);
    CHECK(r.warnings.size() == 1);
}

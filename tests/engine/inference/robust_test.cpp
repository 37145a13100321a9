// Robust ML (engine/inference/robust.hpp): the numbers are lavaan's (tests/engine/lavaan_test.cpp, robust and
// skewed_mediation); here, that the thread count changes nothing.
#include <doctest/doctest.h>

#include <tbb/global_control.h>

#include "engine/fit.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Robust: MLR's sandwich is the same bit for bit on 1 thread and on all") {
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/robust/poldem_mlr.yaml"));
    FitResult serial, parallel;
    {
        tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
        serial = fit_model(spec.table, spec.data, spec.estimation);
    }
    {
        tbb::global_control many(tbb::global_control::max_allowed_parallelism, 4);
        parallel = fit_model(spec.table, spec.data, spec.estimation);
    }
    REQUIRE(serial.vcov.size() > 0);
    CHECK(serial.vcov == parallel.vcov);
    REQUIRE(serial.fit.scaled.has_value());
    CHECK(serial.fit.scaled->chisq == parallel.fit.scaled->chisq);
}

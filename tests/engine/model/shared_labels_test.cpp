// Rows that share a label are one parameter: a fixed one fixes them all (lavaan's rule), with a note.
#include <doctest/doctest.h>

#include <string>

#include "engine/errors.hpp"
#include "engine/fit.hpp"
#include "engine/model/shared_labels.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

TEST_CASE("Shared labels: a label on a marker and on free loadings fixes them all at 1, and a note says so") {
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/hs_shared_marker_label/model.yaml"));
    const FitResult r = fit_model(spec.table, spec.data, spec.estimation);
    for (const std::string indicator : {"x7", "x8", "x9"}) {
        CAPTURE(indicator);
        const ParameterRow* row = r.table.find("speed", Op::Loading, indicator);
        REQUIRE(row != nullptr);
        CHECK_FALSE(row->free);
        CHECK(row->value == 1.0);
    }
    CHECK(r.fit.npar == 19);  // lavaan's (tests/fixtures/lavaan/hs_shared_marker_label)
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] == "the label 'l' is on speed =~ x7, fixed at 1, so speed =~ x8, speed =~ x9 are fixed at"
                           " that value too: rows that share a label are one parameter (as in lavaan)");
}

TEST_CASE("Shared labels: rows that share a label but are fixed at different values are refused at the second") {
    ParameterTable table;
    table.rows = {fixed_loading("f", "x1", 1.0), fixed_loading("f", "x2", 0.5), loading("f", "x3")};
    table.rows[0].label = table.rows[1].label = "l";
    table.rows[1].where = SourceLocation{"model.lav", 2, 14};
    try {
        fix_shared_labels(table);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == "model.lav:2:14: the label 'l' is on f =~ x1 fixed at 1 and on this row fixed at"
                                       " 0.5, expected the rows that share a label to have one value");
    }
}

TEST_CASE("Shared labels: free rows that share a label with no fixed row stay free, without a note") {
    ParameterTable table;
    table.rows = {fixed_loading("f", "x1", 1.0), loading("f", "x2", "a"), loading("f", "x3", "a")};
    CHECK(fix_shared_labels(table).empty());
    CHECK(table.rows[1].free);
    CHECK(table.rows[2].free);
}

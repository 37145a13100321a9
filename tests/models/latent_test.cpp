// Latent variables in the YAML spec (`latent:`), identification under `estimation:`, and start values in terms.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "engine/fit.hpp"
#include "models/model_spec.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"
#include "support/sample.hpp"

using namespace jalur;
using jalur::testing::sample_of;
using jalur::testing::error_reading_text;
using jalur::testing::read_spec_text;
using jalur::testing::Scratch;

namespace {

// Specs below put their model after these 11 lines, so `model:` is line 12 and its first entry line 14.
const char* const kData = R"(data:
  covariance:
    names: [x1, x2, x3, x4, x5, y]
    lower:
      - [2.0]
      - [1.1, 2.4]
      - [0.9, 1.0, 1.9]
      - [0.4, 0.4, 0.4, 3.1]
      - [0.3, 0.3, 0.4, 1.6, 2.7]
      - [0.5, 0.6, 0.5, 0.9, 0.8, 2.2]
  n: 300
)";

ModelSpec read_model(const std::string& model) { return read_spec_text(std::string(kData) + model); }

InputError model_error(const std::string& model) { return error_reading_text(std::string(kData) + model); }

}  // namespace

TEST_CASE("YAML latent: each factor's terms become loadings in the order written") {
    const ModelSpec spec = read_model("model:\n  latent:\n    F: [x1, x2, x3]\n    G: [x4, x5]\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 5);
    const char* const expected[][2] = {{"F", "x1"}, {"F", "x2"}, {"F", "x3"}, {"G", "x4"}, {"G", "x5"}};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].op == Op::Loading);
        CHECK(rows[i].lhs == expected[i][0]);
        CHECK(rows[i].rhs == expected[i][1]);
        CHECK(rows[i].free);
        CHECK_FALSE(rows[i].free_explicit);
        CHECK(rows[i].user);
    }
    CHECK(rows[3].where.line == 15);
    CHECK(rows[3].where.column == 9);
    CHECK(spec.table.latent() == std::vector<std::string>{"F", "G"});
    CHECK(spec.estimation.identification == Identification::Marker);
}

TEST_CASE("YAML latent: indicator terms take labels, fixed values, NA and start values as regression terms do") {
    const ModelSpec spec = read_model("model:\n  latent:\n    F: [NA*x1, l2*x2, 0.8*x3, start(1.5)*x4, l5*start(2)*x5]\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].free);
    CHECK(rows[0].free_explicit);
    CHECK(rows[0].label.empty());
    CHECK(std::isnan(rows[0].value));
    CHECK(rows[1].label == "l2");
    CHECK(rows[1].free);
    CHECK_FALSE(rows[1].free_explicit);
    CHECK_FALSE(rows[2].free);
    CHECK(rows[2].value == 0.8);
    CHECK_FALSE(rows[2].free_explicit);
    CHECK(rows[3].free);
    CHECK_FALSE(rows[3].free_explicit);  // only NA frees a marker; start() alone is a start value (lavaan)
    CHECK(rows[3].value == 1.5);
    CHECK(rows[4].label == "l5");
    CHECK_FALSE(rows[4].free_explicit);
    CHECK(rows[4].value == 2.0);
}

TEST_CASE("YAML latent: a factor measured by factors (higher order) needs no data column") {
    const ModelSpec spec =
        read_model("model:\n  latent:\n    F: [x1, x2]\n    G: [x3, x4]\n    H: [x5, y]\n    S: [F, G, H]\n");
    REQUIRE(spec.table.rows.size() == 9);
    CHECK(spec.table.rows[6].lhs == "S");
    CHECK(spec.table.rows[6].rhs == "F");
    CHECK(spec.table.is_latent("S"));
    CHECK(spec.table.is_latent("F"));
}

TEST_CASE("YAML latent: regressions, covariances, variances and defined parameters may name factors") {
    const ModelSpec spec = read_model(
        "model:\n"
        "  latent:\n"
        "    F: [x1, a*x2, a*x3]\n"         // line 15: equal loadings through a shared label
        "    G: [x4, x5]\n"
        "  regressions:\n"
        "    y: [b*G, x1]\n"
        "    G: [c*F]\n"
        "  covariances:\n"
        "    - [x2, x3]\n"                   // a correlated residual
        "  variances:\n"
        "    F: v\n"
        "  defined:\n"
        "    indirect: c*b\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 11);
    CHECK(rows[1].label == "a");
    CHECK(rows[2].label == "a");
    CHECK(rows[5].op == Op::Regression);
    CHECK(rows[5].lhs == "y");
    CHECK(rows[5].rhs == "G");
    CHECK(rows[7].lhs == "G");
    CHECK(rows[7].rhs == "F");
    CHECK(rows[8].op == Op::Covariance);
    CHECK(rows[9].is_variance());
    CHECK(rows[9].lhs == "F");
    CHECK(rows[9].label == "v");
    CHECK(rows[10].op == Op::Defined);
    CHECK(rows[10].rhs == "c*b");
}

TEST_CASE("YAML latent: a factor with the name of a data column is rejected at the factor") {
    const InputError error = model_error("model:\n  latent:\n    F: [x2, x3]\n    x1: [x4, x5]\n");
    CHECK(error.where().line == 15);
    CHECK(error.where().column == 5);
    CHECK(error.detail() == "latent variable 'x1' has the name of an observed variable, expected a new name.");
}

TEST_CASE("YAML latent: a factor named like an unused column of raw data is rejected too") {
    Scratch scratch;
    scratch.write("data.csv", "a,b,c,F\n1,2,3,4\n2,1,4,3\n3,3,1,1\n");
    const InputError error = [&] {
        try {
            read_model_spec(scratch.write("spec.yaml", "data:\n  file: data.csv\nmodel:\n  latent:\n    F: [a, b, c]\n"));
        } catch (const InputError& e) {
            return e;
        }
        FAIL("no error");
        throw std::logic_error("unreachable");
    }();
    CHECK(error.where().line == 5);
    CHECK(error.where().column == 5);
    CHECK(error.detail() == "latent variable 'F' has the name of an observed variable, expected a new name.");
}

TEST_CASE("YAML latent: a factor without indicators is rejected") {
    const InputError empty = model_error("model:\n  latent:\n    F: []\n");
    CHECK(empty.where().line == 14);
    CHECK(empty.detail() ==
          "the latent variable F has no indicators, expected a sequence of indicator terms such as [x1, x2, x3].");
    const InputError null = model_error("model:\n  latent:\n    F:\n");
    CHECK(null.detail().find("the latent variable F has no indicators") == 0);
    const InputError scalar = model_error("model:\n  latent:\n    F: x1\n");
    CHECK(scalar.detail() == "indicators of F is 'x1', expected a sequence [..., ...].");
}

TEST_CASE("YAML latent: the same indicator twice under one factor is rejected at the second") {
    const InputError error = model_error("model:\n  latent:\n    F: [x1, x2,\n        a*x1]\n");
    CHECK(error.where().line == 15);
    CHECK(error.where().column == 9);
    CHECK(error.detail() ==
          "duplicate loading F =~ x1 (first at line 14), expected each indicator once per latent variable.");
}

TEST_CASE("YAML latent: a factor measured by itself is rejected") {
    const InputError error = model_error("model:\n  latent:\n    F: [x1, F]\n");
    CHECK(error.where().line == 14);
    CHECK(error.where().column == 13);
    CHECK(error.detail() ==
          "the latent variable F is measured by itself, expected an indicator other than the latent variable.");
}

TEST_CASE("YAML latent: a factor name must be an identifier") {
    const InputError error = model_error("model:\n  latent:\n    2F: [x1, x2]\n");
    CHECK(error.where().line == 14);
    CHECK(error.detail() ==
          "latent variable is '2F', expected a name of letters, digits, '_' and '.' that does not start with a digit.");
}

TEST_CASE("YAML latent: a name that is neither a factor nor a data column is not in the data") {
    const InputError error = model_error("model:\n  latent:\n    F: [x1, x2]\n  regressions:\n    y: [Fx]\n");
    CHECK(error.where().line == 16);
    CHECK(error.where().column == 9);
    CHECK(error.detail() == "variable 'Fx' is not in the data, expected one of x1, x2, x3, x4, x5, y.");
}

TEST_CASE("YAML latent: a label equal to a factor's name is rejected") {
    const InputError error = model_error("model:\n  latent:\n    F: [x1, F*x2]\n");
    CHECK(error.where().line == 14);
    CHECK(error.detail().find("label 'F' is also the name of a variable") == 0);
}

TEST_CASE("YAML latent: a malformed indicator term is rejected at the offending character") {
    const InputError error = model_error("model:\n  latent:\n    F: [x1, a*b*x2]\n");
    CHECK(error.where().line == 14);
    CHECK(error.where().column == 15);
    CHECK(error.detail() == "malformed term 'a*b*x2': unexpected 'b' at character 3, expected at most one label, "
                            "number or NA per parameter.");
}

TEST_CASE("YAML identification: estimation: identification is marker (default) or std_lv") {
    const std::string model = "model:\n  latent:\n    F: [x1, x2, x3]\n";
    CHECK(read_model(model).estimation.identification == Identification::Marker);
    CHECK(read_model(model + "estimation:\n  identification: marker\n").estimation.identification ==
          Identification::Marker);
    CHECK(read_model(model + "estimation:\n  identification: std_lv\n").estimation.identification ==
          Identification::StdLv);
}

TEST_CASE("YAML identification: another value is rejected with the allowed ones") {
    const InputError error = model_error("model:\n  latent:\n    F: [x1, x2, x3]\nestimation:\n  identification: std.lv\n");
    CHECK(error.where().line == 16);
    CHECK(error.where().column == 19);
    CHECK(error.detail() == "identification is 'std.lv', expected marker or std_lv.");
}

TEST_CASE("YAML identification: it belongs under estimation, not model") {
    const InputError error = model_error("model:\n  identification: std_lv\n  latent:\n    F: [x1, x2, x3]\n");
    CHECK(error.where().line == 13);
    CHECK(error.detail() == "unknown key 'identification' in model, expected one of latent, regressions, covariances, "
                            "variances, defined, constraints.");
}

TEST_CASE("YAML start values: regressions, covariances and variances take start(v) too") {
    const ModelSpec spec = read_model(
        "model:\n  regressions:\n    y: [start(0.3)*x1, b*start(-1e-1)*x2]\n  covariances:\n    - [x1, x2, start(0.5)]\n"
        "  variances:\n    y: v*start(2)\n    x3: start(1)*\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].value == 0.3);
    CHECK(rows[0].free);
    CHECK_FALSE(rows[0].free_explicit);
    CHECK(rows[1].label == "b");
    CHECK(rows[1].value == -0.1);
    CHECK(rows[2].value == 0.5);
    CHECK(rows[2].free);
    CHECK(rows[3].label == "v");
    CHECK(rows[3].value == 2.0);
    CHECK(rows[4].value == 1.0);
    CHECK(rows[4].free);
}

TEST_CASE("YAML start values: start() with a fixed value, twice, or without a number is rejected") {
    const InputError fixed = model_error("model:\n  regressions:\n    y: [0.5*start(1)*x1]\n");
    CHECK(fixed.where().line == 14);
    CHECK(fixed.where().column == 13);
    CHECK(fixed.detail() == "malformed term '0.5*start(1)*x1': unexpected 'start(1)' at character 5, expected start() "
                            "only on a free parameter, not with a fixed value.");
    const InputError twice = model_error("model:\n  regressions:\n    y: [start(1)*start(2)*x1]\n");
    CHECK(twice.detail().find("expected at most one start() per parameter.") != std::string::npos);
    const InputError word = model_error("model:\n  regressions:\n    y: [start(a)*x1]\n");
    CHECK(word.where().column == 15);
    CHECK(word.detail() == "malformed term 'start(a)*x1': unexpected 'a' at character 7, expected a number in "
                           "start(...).");
    const InputError alone = model_error("model:\n  variances:\n    y: start(\n");
    CHECK(alone.detail().find("expected a number in start(...)") != std::string::npos);
}

TEST_CASE("YAML latent: the Holzinger-Swineford CFA fits as lavaan fits it (chi-square 85.306, 24 df)") {
    const ModelSpec spec = read_model_spec(JALUR_SOURCE_DIR "/tests/fixtures/specs/hs_cfa.yaml");
    CHECK(spec.data_kind == DataKind::Raw);
    CHECK(sample_of(spec).n == 301);
    CHECK(spec.data.names == std::vector<std::string>{"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"});
    CHECK(spec.estimation.likelihood == Likelihood::Normal);
    const FitResult result = fit_model(spec.table, spec.data, spec.estimation);
    CHECK(result.fit.df == 24);
    CHECK(result.fit.chisq == doctest::Approx(85.306).epsilon(1e-4));
}

// The model section of a YAML spec: regressions, covariances, variances, labels and defined parameters.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "models/model_spec.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"

using namespace jalur;
using jalur::testing::error_reading_text;
using jalur::testing::read_spec_text;

namespace {

// Specs below put their model after these 9 lines, so the model's first line is line 10.
const char* const kData = R"(data:
  covariance:
    names: [Y, X, M, W]
    lower:
      - [2.0]
      - [0.5, 1.0]
      - [0.7, 0.3, 1.5]
      - [0.2, 0.1, 0.4, 1.2]
  n: 100
)";

ModelSpec read_model(const std::string& model) { return read_spec_text(std::string(kData) + model); }

InputError model_error(const std::string& model) { return error_reading_text(std::string(kData) + model); }

}  // namespace

TEST_CASE("YAML model: terms give free, labelled, fixed and explicitly free paths") {
    const ModelSpec spec = read_model("model:\n  regressions:\n    Y: [X, b1*M, -0.5*W]\n    M: [NA*X]\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].rhs == "X");
    CHECK(rows[0].free);
    CHECK(rows[0].label.empty());
    CHECK(rows[1].label == "b1");
    CHECK(rows[1].free);
    CHECK_FALSE(rows[2].free);
    CHECK(rows[2].value == -0.5);
    CHECK(rows[3].lhs == "M");
    CHECK(rows[3].free);
    CHECK(rows[3].label.empty());
    CHECK(rows[2].where.line == 12);
    CHECK(rows[2].where.column == 18);
}

TEST_CASE("YAML model: a malformed term is rejected at the offending character") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [X, b1**M]\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 15);
    CHECK(error.detail() == "malformed term 'b1**M': unexpected '*' at character 4, expected a variable name after '*'.");
}

TEST_CASE("YAML model: the column of a malformed quoted term counts from inside the quotes") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [\"b1*M W\"]\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 15);
}

TEST_CASE("YAML model: a variable not in the data is rejected at the term naming it") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [X, b*XYZ]\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 14);
    CHECK(error.detail() == "variable 'XYZ' is not in the data, expected one of Y, X, M, W.");
}

TEST_CASE("YAML model: an outcome not in the data is rejected at its key") {
    const InputError error = model_error("model:\n  regressions:\n    Z: [X]\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 5);
    CHECK(error.detail().find("variable 'Z' is not in the data") == 0);
}

TEST_CASE("YAML model: the same path twice is rejected at the second") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [a*X, M,\n        X]\n");
    CHECK(error.where().line == 13);
    CHECK(error.where().column == 9);
    CHECK(error.detail() == "duplicate path Y ~ X (first at line 12), expected each predictor once per outcome.");
}

TEST_CASE("YAML model: a variable regressed on itself is rejected") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [X, Y]\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 12);
    CHECK(error.detail() == "Y is regressed on itself, expected a predictor other than the outcome.");
}

TEST_CASE("YAML model: regressions must list their terms in a sequence") {
    const InputError error = model_error("model:\n  regressions:\n    Y: X\n");
    CHECK(error.where().line == 12);
    CHECK(error.detail() == "regression of Y is 'X', expected a sequence [..., ...].");
}

TEST_CASE("YAML model: a long value of the wrong kind is quoted by its start and its length") {
    const std::string terms = "a*X1 + b*X2 + c*X3 + d*X4 + e*X5 + f*X6 + g*X7 + h*X8 + i*X9 + j*X10 + k*X11";
    const InputError error = model_error("model:\n  regressions:\n    Y: " + terms + "\n");
    CHECK(error.detail() == "regression of Y is a text of " + std::to_string(terms.size()) + " characters, '" +
                                terms.substr(0, 60) + "...', expected a sequence [..., ...].");
}

TEST_CASE("YAML model: an outcome with no terms is rejected") {
    const InputError error = model_error("model:\n  regressions:\n    Y: []\n");
    CHECK(error.detail() == "the regression of Y has no terms, expected a sequence of terms such as [a*X, Z].");
}

TEST_CASE("YAML model: an empty model is rejected") {
    const InputError error = model_error("model:\n  covariances: []\n");
    CHECK(error.where().line == 10);
    CHECK(error.detail() ==
          "the model has no latent variables, regressions, covariances or variances, expected at least one of them.");
}

TEST_CASE("YAML model: covariance pairs may carry a label or a fixed value") {
    const ModelSpec spec = read_model("model:\n  covariances:\n    - [X, M]\n    - [X, W, c1]\n    - [M, W, 0]\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].op == Op::Covariance);
    CHECK(rows[0].free);
    CHECK(rows[1].label == "c1");
    CHECK_FALSE(rows[2].free);
    CHECK(rows[2].value == 0.0);
    CHECK(rows[2].where.line == 14);
    CHECK(rows[2].where.column == 7);
}

TEST_CASE("YAML model: a covariance of a variable with itself is rejected") {
    const InputError error = model_error("model:\n  covariances:\n    - [X, X]\n");
    CHECK(error.where().line == 12);
    CHECK(error.detail() ==
          "pair 1 of covariances names X twice, expected two different variables (write a variance under variances:).");
}

TEST_CASE("YAML model: the same covariance pair in reverse order is rejected at the second") {
    const InputError error = model_error("model:\n  covariances:\n    - [X, M]\n    - [M, X]\n");
    CHECK(error.where().line == 13);
    CHECK(error.detail() == "duplicate covariance of M and X (first at line 12), expected each pair once.");
}

TEST_CASE("YAML model: a covariance pair with the wrong number of elements is rejected") {
    const InputError error = model_error("model:\n  covariances:\n    - [X, M, c1, c2]\n");
    CHECK(error.where().line == 12);
    CHECK(error.detail() == "pair 1 of covariances has 4 elements, expected [x, y] or [x, y, label or number].");
}

TEST_CASE("YAML model: variances may be fixed, labelled or free") {
    const ModelSpec spec = read_model("model:\n  variances:\n    Y: 1.0\n    X: v1*\n    M: v2\n    W: NA\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].is_variance());
    CHECK_FALSE(rows[0].free);
    CHECK(rows[0].value == 1.0);
    CHECK(rows[1].label == "v1");
    CHECK(rows[1].free);
    CHECK(rows[2].label == "v2");
    CHECK(rows[3].free);
    CHECK(rows[3].label.empty());
}

TEST_CASE("YAML model: a malformed variance modifier is rejected at the offending character") {
    const InputError error = model_error("model:\n  variances:\n    Y: v1 v2\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 11);
    CHECK(error.detail().find("expected a label, a number, NA or start(number)") != std::string::npos);
}

TEST_CASE("YAML model: a label equal to a variable name is rejected") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [M*X]\n    M: [X]\n");
    CHECK(error.where().line == 12);
    CHECK(error.detail().find("label 'M' is also the name of a variable") == 0);
}

TEST_CASE("YAML model: defined parameters keep their expression text") {
    const ModelSpec spec =
        read_model("model:\n  regressions:\n    M: [a*X]\n    Y: [b*M]\n  defined:\n    ab: a*b\n    twice: 2*(a*b)\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].op == Op::Defined);
    CHECK(rows[2].lhs == "ab");
    CHECK(rows[3].rhs == "2*(a*b)");
    CHECK(rows[3].where.line == 16);
}

TEST_CASE("YAML model: a constraints list gives the table's constraints, and an unknown label is reported at it") {
    const ModelSpec spec = read_model("model:\n  regressions:\n    Y: [a*X, b*M]\n  constraints:\n    - a + b == 1\n"
                                      "    - a > 0\n");
    REQUIRE(spec.table.constraints.size() == 2);
    CHECK(spec.table.constraints[0].text() == "a + b == 1");
    CHECK(spec.table.constraints[0].where.line == 14);
    CHECK(spec.table.constraints[1].relation == Relation::Greater);
    const InputError error = model_error("model:\n  regressions:\n    Y: [a*X, b*M]\n  constraints:\n    - a == 2*bb\n");
    CHECK(error.where().line == 14);
    CHECK(error.where().column == 14);
    CHECK(error.detail() == "constraint uses 'bb', which is not a label of the model, expected one of the labels a, b.");
}

TEST_CASE("YAML model: a constraint may use the defined parameters, and an unknown symbol names labels and them") {
    const ModelSpec spec = read_model("model:\n  regressions:\n    Y: [a*X, b*M]\n  defined:\n    d1: 2*a\n"
                                      "    d2: d1 + b\n  constraints:\n    - d1 == d2\n");
    REQUIRE(spec.table.constraints.size() == 1);
    CHECK(spec.table.constraints[0].text() == "d1 == d2");
    const InputError error = model_error("model:\n  regressions:\n    Y: [a*X, b*M]\n  defined:\n    d1: 2*a\n"
                                         "  constraints:\n    - d1 == bb\n");
    CHECK(error.where().line == 16);
    CHECK(error.where().column == 13);
    CHECK(error.detail() == "constraint uses 'bb', which is neither a label nor a defined parameter of the model, "
                            "expected one of the labels a, b or the defined parameter d1.");
}

TEST_CASE("YAML model: a syntax error in a defined expression is reported at its character") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [a*X, b*M]\n  defined:\n    d: a*(b + \n");
    CHECK(error.where().line == 14);
    CHECK(error.where().column == 14);
    CHECK(error.detail().find("defined parameter 'd': ") == 0);
}

TEST_CASE("YAML model: a defined expression using an unknown label names it and the known labels") {
    const InputError error = model_error("model:\n  regressions:\n    Y: [a*X, b*M]\n  defined:\n    d: a*bb\n");
    CHECK(error.where().line == 14);
    CHECK(error.where().column == 10);
    CHECK(error.detail() == "defined parameter 'd' uses 'bb', which is not a label of the model, expected one of the "
                            "labels a, b.");
}

TEST_CASE("YAML model: a defined name equal to a label or a variable is rejected") {
    const InputError label = model_error("model:\n  regressions:\n    Y: [a*X]\n  defined:\n    a: 2*a\n");
    CHECK(label.where().line == 14);
    CHECK(label.detail().find("defined parameter 'a' has the name of a label") == 0);
    const InputError variable = model_error("model:\n  regressions:\n    Y: [a*X]\n  defined:\n    X: 2*a\n");
    CHECK(variable.detail().find("defined parameter 'X' has the name of a variable") == 0);
}

TEST_CASE("YAML model: a defined name written twice is rejected at the second") {
    const InputError error =
        model_error("model:\n  regressions:\n    Y: [a*X]\n  defined:\n    d: 2*a\n    d: 3*a\n");
    CHECK(error.where().line == 15);
    CHECK(error.detail() == "duplicate key 'd' in defined (first at line 14), expected each key once.");
}

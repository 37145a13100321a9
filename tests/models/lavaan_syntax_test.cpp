// lavaan model syntax: every construct, every class of error with its line and column, YAML blocks of it
// (`model: |`), and one model written in the YAML mapping, a YAML block and a .lav file giving one table.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "models/lavaan_spec.hpp"
#include "models/lavaan_syntax.hpp"
#include "models/model_spec.hpp"
#include "support/scratch.hpp"
#include "support/sample.hpp"
#include "support/spec_errors.hpp"
#include "support/thrown.hpp"

using namespace jalur;
using jalur::testing::sample_of;
using jalur::models::ModelRows;
using jalur::models::parse_lavaan_syntax;
using jalur::models::TextOrigin;
using jalur::testing::error_reading_text;
using jalur::testing::Scratch;
using jalur::testing::thrown;

namespace {

ModelRows parse(const std::string& text) { return parse_lavaan_syntax(text, {"m.lav", 1, 1, 1}); }

InputError parse_error(const std::string& text) {
    INFO("parsing\n" << text);
    return thrown<InputError>([&] { parse(text); });
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool same_value(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// The rows of two tables agree in everything but where they were written.
void check_same_rows(const std::vector<ParameterRow>& a, const std::vector<ParameterRow>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("row " << i << ": " << a[i].lhs << " " << op_symbol(a[i].op) << " " << a[i].rhs);
        CHECK(a[i].lhs == b[i].lhs);
        CHECK(a[i].op == b[i].op);
        CHECK(a[i].rhs == b[i].rhs);
        CHECK(a[i].label == b[i].label);
        CHECK(a[i].free == b[i].free);
        CHECK(same_value(a[i].value, b[i].value));
        CHECK(a[i].free_explicit == b[i].free_explicit);
        CHECK(a[i].user == b[i].user);
    }
}

const char* const kHeader = R"(data:
  covariance:
    names: [x1, x2, y]
    lower:
      - [2.0]
      - [0.5, 1.0]
      - [0.7, 0.3, 1.5]
  n: 100
)";  // 8 lines: `model:` is line 9

}  // namespace

TEST_CASE("lavaan syntax: =~ gives loadings in order, declares the latent variables and locates every row at its term") {
    const ModelRows model = parse("visual  =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\n");
    REQUIRE(model.rows.size() == 6);
    for (const ParameterRow& row : model.rows) {
        CHECK(row.op == Op::Loading);
        CHECK(row.free);
        CHECK(row.user);
    }
    CHECK(model.rows[0].lhs == "visual");
    CHECK(model.rows[0].rhs == "x1");
    CHECK(model.rows[4].lhs == "textual");
    CHECK(model.rows[4].rhs == "x5");
    CHECK(model.rows[4].where.file == "m.lav");
    CHECK(model.rows[4].where.line == 2);
    CHECK(model.rows[4].where.column == 17);
    REQUIRE(model.latent.size() == 2);
    CHECK(model.latent[1].name == "textual");
    CHECK(model.latent[1].where.line == 2);
    CHECK(model.latent[1].where.column == 1);
    CHECK(model.observed() == std::vector<std::string>{"x1", "x2", "x3", "x4", "x5", "x6"});
}

TEST_CASE("lavaan syntax: ~ gives regressions, and a '+' list on the left writes every term for each name") {
    const ModelRows model = parse("y1 + y2 ~ x1 + b*x2");
    REQUIRE(model.rows.size() == 4);
    const char* const expected[][3] = {{"y1", "x1", ""}, {"y1", "x2", "b"}, {"y2", "x1", ""}, {"y2", "x2", "b"}};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(model.rows[i].op == Op::Regression);
        CHECK(model.rows[i].lhs == expected[i][0]);
        CHECK(model.rows[i].rhs == expected[i][1]);
        CHECK(model.rows[i].label == expected[i][2]);
    }
    CHECK(model.rows[3].where.column == 16);
    CHECK(model.latent.empty());
}

TEST_CASE("lavaan syntax: ~~ gives covariances and variances") {
    const ModelRows model = parse("x1 ~~ x2 + 0*x3\nx1 ~~ v*x1");
    REQUIRE(model.rows.size() == 3);
    CHECK(model.rows[0].op == Op::Covariance);
    CHECK_FALSE(model.rows[0].is_variance());
    CHECK_FALSE(model.rows[1].free);
    CHECK(model.rows[1].value == 0.0);
    CHECK(model.rows[2].is_variance());
    CHECK(model.rows[2].label == "v");
}

TEST_CASE("lavaan syntax: y ~ 1 gives an intercept, with a label or a fixed value as other terms") {
    const ModelRows model = parse("y ~ 1\nx ~ a*1 + z\nw ~ 0*1");
    REQUIRE(model.rows.size() == 4);
    CHECK(model.rows[0].op == Op::Intercept);
    CHECK(model.rows[0].lhs == "y");
    CHECK(model.rows[0].rhs.empty());
    CHECK(model.rows[0].where.column == 5);
    CHECK(model.rows[1].op == Op::Intercept);
    CHECK(model.rows[1].label == "a");
    CHECK(model.rows[2].op == Op::Regression);
    CHECK(model.rows[2].rhs == "z");
    CHECK(model.rows[3].op == Op::Intercept);
    CHECK_FALSE(model.rows[3].free);
    CHECK(model.observed() == std::vector<std::string>{"y", "x", "z", "w"});
}

TEST_CASE("lavaan syntax: := gives defined parameters, after all other rows wherever they are written") {
    const ModelRows model = parse("ab := a*b\ny ~ a*x\nz ~ b*y\nratio := a / (b + 1)");
    REQUIRE(model.rows.size() == 4);
    CHECK(model.rows[2].op == Op::Defined);
    CHECK(model.rows[2].lhs == "ab");
    CHECK(model.rows[2].rhs == "a*b");
    CHECK_FALSE(model.rows[2].free);
    CHECK(model.rows[2].where.line == 1);
    CHECK(model.rows[3].lhs == "ratio");
    CHECK(model.rows[3].rhs == "a / (b + 1)");
}

TEST_CASE("lavaan syntax: modifiers label, fix, free (NA), start, equal() and label(), also chained") {
    const ModelRows model = parse(
        "f =~ NA*x1 + start(0.5)*x2 + equal(\"l\")*x3 + label('l')*x4 + l*start(1)*x5 + 0.7*x6 + -1e-1*x7 + "
        "NA * start(2) * x8");
    const auto& rows = model.rows;
    REQUIRE(rows.size() == 8);
    CHECK(rows[0].free);
    CHECK(rows[0].free_explicit);
    CHECK(std::isnan(rows[0].value));
    // Only NA frees a marker: start(v) alone is a start value, which lavaan keeps as the fixed value of a marker
    // (issue 12; engine/model/model_defaults.hpp).
    CHECK_FALSE(rows[1].free_explicit);
    CHECK(rows[1].value == 0.5);
    CHECK(rows[2].label == "l");
    CHECK_FALSE(rows[2].free_explicit);
    CHECK(rows[3].label == "l");
    CHECK(rows[4].label == "l");
    CHECK(rows[4].value == 1.0);
    CHECK_FALSE(rows[4].free_explicit);
    CHECK_FALSE(rows[5].free);
    CHECK(rows[5].value == 0.7);
    CHECK_FALSE(rows[6].free);
    CHECK(rows[6].value == -0.1);
    CHECK(rows[7].free_explicit);
    CHECK(rows[7].value == 2.0);
}

TEST_CASE("lavaan syntax: '#' and '!' comments, semicolons and blank lines separate statements") {
    const ModelRows model = parse("# a comment\n\ny ~ x # trailing\n  ! another comment\nz ~ y; w ~~ z ;\n\n");
    REQUIRE(model.rows.size() == 3);
    CHECK(model.rows[0].where.line == 3);
    CHECK(model.rows[1].lhs == "z");
    CHECK(model.rows[1].where.line == 5);
    CHECK(model.rows[2].op == Op::Covariance);
    CHECK(model.rows[2].where.line == 5);
    CHECK(model.rows[2].where.column == 13);
}

TEST_CASE("lavaan syntax: a statement continues after a line ending in an operator or '+', or before a line starting with '+'") {
    const ModelRows model = parse("f =~ x1 +\n     x2\ng =~\n  x3 + x4   # comment\n    + x5\ny ~ f +\n\n  g");
    REQUIRE(model.rows.size() == 7);
    CHECK(model.rows[1].rhs == "x2");
    CHECK(model.rows[1].where.line == 2);
    CHECK(model.rows[1].where.column == 6);
    CHECK(model.rows[2].lhs == "g");
    CHECK(model.rows[2].where.line == 4);
    CHECK(model.rows[2].where.column == 3);
    CHECK(model.rows[4].rhs == "x5");
    CHECK(model.rows[4].where.line == 5);
    CHECK(model.rows[4].where.column == 7);
    CHECK(model.rows[6].rhs == "g");
    CHECK(model.rows[6].where.line == 8);
}

TEST_CASE("lavaan syntax: a '+' inside a number's exponent does not split terms") {
    const ModelRows model = parse("y ~ 1e+2*x + z");
    REQUIRE(model.rows.size() == 2);
    CHECK(model.rows[0].value == 100.0);
    CHECK(model.rows[1].rhs == "z");
}

TEST_CASE("lavaan syntax: the origin puts the first line at its column and further lines at the margin") {
    const ModelRows model = parse_lavaan_syntax("y ~ x\nz ~ y", TextOrigin{"s.yaml", 10, 8, 3});
    CHECK(model.rows[0].where.file == "s.yaml");
    CHECK(model.rows[0].where.line == 10);
    CHECK(model.rows[0].where.column == 12);
    CHECK(model.rows[1].where.line == 11);
    CHECK(model.rows[1].where.column == 7);
}

TEST_CASE("lavaan syntax: an unknown operator is rejected at the operator") {
    const InputError error = parse_error("f =~ x1 + x2\ny >< x1");
    CHECK(error.where().file == "m.lav");
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 3);
    CHECK(error.detail() == "unknown operator '><', expected =~, ~, ~~, :=, ==, < or >.");
}

TEST_CASE("lavaan syntax: lavaan's composite operator <~ is refused at the operator, saying what it is") {
    const InputError error = parse_error("f =~ x1 + x2\ny <~ x1 + x2");
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 3);
    CHECK(error.detail() == "lavaan's operator '<~' (a composite formed by its variables) is not supported, expected "
                            "=~ for a latent variable measured by its indicators.");
}

TEST_CASE("lavaan syntax: lavaan's threshold and scale operators | and ~*~ are refused as ordered-variable syntax") {
    const InputError threshold = parse_error("f =~ u1 + u2\nu1 | t1 + t2");
    CHECK(threshold.where().line == 2);
    CHECK(threshold.where().column == 4);
    CHECK(threshold.detail() == "lavaan's operator '|' (the thresholds of an ordered variable) is not supported, "
                                "expected continuous variables (jalur fits covariances by maximum likelihood).");
    const InputError scale = parse_error("u1 ~*~ u1");
    CHECK(scale.where().column == 4);
    CHECK(scale.detail().find("lavaan's operator '~*~' (the scale factor of an ordered variable) is not supported") ==
          0);
}

TEST_CASE("lavaan syntax: lavaan's group and level blocks are refused at the ':'") {
    const InputError error = parse_error("group: 1\nf =~ x1 + x2 + x3");
    CHECK(error.where().line == 1);
    CHECK(error.where().column == 6);
    CHECK(error.detail() == "lavaan's blocks (group: 1, level: 1) are not supported, expected one model for one "
                            "group and one level.");
    CHECK(parse_error("f =~ x1 + x2\nlevel: 2").where().line == 2);
}

TEST_CASE("lavaan syntax: lavaan's operator % is refused at the operator") {
    const InputError error = parse_error("y ~ x\nx % w");
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 3);
    CHECK(error.detail() == "lavaan's operator '%' is not supported, expected =~, ~, ~~, :=, ==, < or >.");
}

TEST_CASE("lavaan syntax: lavaan's efa() blocks are refused at the name they mark") {
    const InputError error = parse_error("efa(\"b\")*f1 + efa(\"b\")*f2 =~ x1 + x2 + x3 + x4");
    CHECK(error.where().column == 1);
    CHECK(error.detail() == "lavaan's efa(\"...\") blocks (exploratory factors) are not supported, expected a "
                            "confirmatory latent variable such as f =~ x1 + x2 + x3.");
}

TEST_CASE("lavaan syntax: lavaan's modifiers c(), efa(), lower(), upper(), prior() and rv() are refused by name") {
    const InputError groups = parse_error("f =~ x1 + c(a, b)*x2");
    CHECK(groups.where().column == 11);
    CHECK(groups.detail() == "unsupported modifier in term 'c(a, b)*x2': lavaan's c(...) gives one value per group "
                             "(jalur fits one group), expected a label, a number, NA, start(number), equal(\"label\") "
                             "or label(\"label\").");
    CHECK(parse_error("f =~ x1 + efa(\"b\")*x2").detail().find("lavaan's efa(...) makes an exploratory factor "
                                                               "block") != std::string::npos);
    CHECK(parse_error("f =~ x1 + x2\nx1 ~~ lower(0)*x1").detail().find("lavaan's lower(...) bounds a parameter") !=
          std::string::npos);
    CHECK(parse_error("y ~ upper(1)*x").detail().find("lavaan's upper(...) bounds a parameter") != std::string::npos);
    CHECK(parse_error("y ~ prior(\"normal(0,1)\")*x").detail().find("lavaan's prior(...) gives a prior") !=
          std::string::npos);
    const InputError slope = parse_error("y ~ x\ny ~ rv(\"s\")*z");
    CHECK(slope.where().line == 2);
    CHECK(slope.where().column == 5);
    CHECK(slope.detail().find("lavaan's rv(...) makes a random slope of a multilevel model") != std::string::npos);
}

TEST_CASE("lavaan syntax: constraints with ==, < and > become the table's constraints, in the order written") {
    const ModelRows rows = parse("y ~ a*x + b*z\na + b == 2*1\na1 := a*b\na > 0.01; b < a");
    REQUIRE(rows.constraints.size() == 3);
    CHECK(rows.constraints[0].lhs == "a + b");
    CHECK(rows.constraints[0].relation == Relation::Equal);
    CHECK(rows.constraints[0].rhs == "2*1");
    CHECK(rows.constraints[0].where.line == 2);
    CHECK(rows.constraints[0].where.column == 1);
    CHECK(rows.constraints[1].text() == "a > 0.01");
    CHECK(rows.constraints[2].relation == Relation::Less);
    CHECK(rows.constraints[2].where.line == 4);
    CHECK(rows.constraints[2].where.column == 11);
}

TEST_CASE("lavaan syntax: a constraint on an unknown label or with a bad expression is rejected at its character") {
    const InputError unknown = parse_error("y ~ a*x + b*z\na == c");
    CHECK(unknown.where().line == 2);
    CHECK(unknown.where().column == 6);
    CHECK(unknown.detail() == "constraint uses 'c', which is not a label of the model, expected one of the labels a, b.");
    const InputError syntax = parse_error("y ~ a*x\na == (1 +");
    CHECK(syntax.where().line == 2);
    CHECK(syntax.detail().find("constraint: ") == 0);
    CHECK(parse_error("y ~ a*x\na >= 0").detail() ==
          "'>=' is not a relation, expected '>' (an inequality holds as ≤ or ≥ at the boundary).");
    CHECK(parse_error("y ~ a*x\n == a").detail().find("missing left-hand side") == 0);
}

TEST_CASE("lavaan syntax: a constraint may use defined parameters, and an unknown symbol names the labels and them") {
    const ModelRows rows = parse("y ~ a*x + b*z\nind1 := 2*a\nind2 := ind1 + b\nind1 == ind2");
    REQUIRE(rows.constraints.size() == 1);
    CHECK(rows.constraints[0].text() == "ind1 == ind2");
    CHECK(rows.rows.back().rhs == "ind1 + b");
    const InputError unknown = parse_error("y ~ a*x + b*z\nind1 := a*b\nind1 == c");
    CHECK(unknown.where().line == 3);
    CHECK(unknown.where().column == 9);
    CHECK(unknown.detail() == "constraint uses 'c', which is neither a label nor a defined parameter of the model, "
                              "expected one of the labels a, b or the defined parameter ind1.");
    // A defined parameter may use only those defined before it (lavaan's order); a later one is unknown there.
    CHECK(parse_error("y ~ a*x + b*z\nd1 := d2 + a\nd2 := 2*b").detail() ==
          "defined parameter 'd1' uses 'd2', which is not a label of the model, expected one of the labels a, b.");
    CHECK(parse_error("y ~ a*x + b*z\nd1 := a\nd2 := d1*e").detail() ==
          "defined parameter 'd2' uses 'e', which is neither a label nor a defined parameter of the model, expected "
          "one of the labels a, b or the defined parameter d1.");
}

TEST_CASE("lavaan syntax: a statement without an operator is rejected at its start") {
    const InputError error = parse_error("f =~ x1 + x2\n  x3 x4\n");
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 3);
    CHECK(error.detail() == "'x3 x4' has no operator, expected a statement such as f =~ x1 + x2, y ~ x, x1 ~~ x2 or "
                            "d := a*b.");
}

TEST_CASE("lavaan syntax: a missing right-hand side is rejected at the operator") {
    const InputError loading = parse_error("y ~ x\nf =~");
    CHECK(loading.where().line == 2);
    CHECK(loading.where().column == 3);
    CHECK(loading.detail() == "missing right-hand side after '=~', expected indicators such as f =~ x1 + x2 + x3.");
    CHECK(parse_error("y ~ ;").detail() ==
          "missing right-hand side after '~', expected predictors such as y ~ x1 + x2, or y ~ 1 for an intercept.");
    CHECK(parse_error("x ~~   # nothing\n").detail() ==
          "missing right-hand side after '~~', expected variables such as x1 ~~ x2.");
    const InputError defined = parse_error("y ~ a*x\nd :=");
    CHECK(defined.where().column == 3);
    CHECK(defined.detail() == "missing expression after ':=', expected name := expression.");
}

TEST_CASE("lavaan syntax: a missing or malformed left-hand side is rejected") {
    const InputError missing = parse_error("=~ x1 + x2");
    CHECK(missing.where().column == 1);
    CHECK(missing.detail() == "missing left-hand side before '=~', expected a variable name.");
    const InputError name = parse_error("y ~ x\n2y ~ x");
    CHECK(name.where().line == 2);
    CHECK(name.where().column == 1);
    CHECK(name.detail() ==
          "'2y' is not a variable name, expected a name of letters, digits, '_' and '.' that does not start with a digit.");
    const InputError empty = parse_error("y1 + + y2 ~ x");
    CHECK(empty.where().column == 4);
    CHECK(empty.detail() == "empty name next to '+', expected names separated by '+'.");
    const InputError defined = parse_error("y ~ a*x\nd + e := a");
    CHECK(defined.where().column == 5);
    CHECK(defined.detail() == "a defined parameter has one name, expected name := expression.");
}

TEST_CASE("lavaan syntax: an empty term between '+' signs is rejected at the '+'") {
    const InputError error = parse_error("y ~ x1 + + x2");
    CHECK(error.where().column == 8);
    CHECK(error.detail() == "empty term next to '+', expected terms separated by '+' such as x1 + a*x2.");
    CHECK(parse_error("y ~ x1 +").where().column == 8);
}

TEST_CASE("lavaan syntax: a malformed term or modifier is rejected at the offending character") {
    const InputError stars = parse_error("y ~ x\nz ~ a**x");
    CHECK(stars.where().line == 2);
    CHECK(stars.where().column == 7);
    CHECK(stars.detail() == "malformed term 'a**x': unexpected '*' at character 3, expected a variable name after '*'.");
    const InputError unknown = parse_error("f =~ d(a, b)*x1");
    CHECK(unknown.where().column == 6);
    CHECK(unknown.detail() == "malformed term 'd(a, b)*x1': unexpected 'd' at character 1, expected start(number), "
                              "equal(\"label\") or label(\"label\") before '('.");
    const InputError unquoted = parse_error("f =~ equal(a)*x1");
    CHECK(unquoted.where().column == 12);
    CHECK(unquoted.detail() == "malformed term 'equal(a)*x1': unexpected 'a' at character 7, expected a label in "
                               "quotes, such as equal(\"a\").");
    const InputError two = parse_error("f =~ x1 + a*0.5*x2");
    CHECK(two.where().column == 13);
    CHECK(two.detail() == "malformed term 'a*0.5*x2': unexpected '0.5' at character 3, expected at most one label, "
                          "number or NA per parameter.");
    const InputError number = parse_error("f =~ x1 + 1");
    CHECK(number.where().column == 11);
    CHECK(number.detail() == "malformed term '1': '1' is a number, expected a variable name or number*name.");
    const InputError start = parse_error("y ~ start(1)");
    CHECK(start.where().column == 13);
    CHECK(start.detail() == "malformed term 'start(1)': unexpected end of text at character 9, expected '*' and a "
                            "variable name after start(1).");
}

TEST_CASE("lavaan syntax: a row written twice is rejected at the second, naming the line of the first") {
    const InputError loading = parse_error("f =~ x1 + x2\ng =~ x3\nf =~ x2");
    CHECK(loading.where().line == 3);
    CHECK(loading.where().column == 6);
    CHECK(loading.detail() ==
          "duplicate loading f =~ x2 (first at line 1), expected each indicator once per latent variable.");
    const InputError covariance = parse_error("x1 ~~ x2\nx2 ~~ x1");
    CHECK(covariance.where().line == 2);
    CHECK(covariance.detail() == "duplicate covariance of x2 and x1 (first at line 1), expected each pair once.");
    CHECK(parse_error("y ~~ y; y ~~ 1*y").detail() ==
          "duplicate variance of y (first at line 1), expected each variance once.");
    CHECK(parse_error("y ~ x\ny ~ z + x").detail() ==
          "duplicate path y ~ x (first at line 1), expected each predictor once per outcome.");
    CHECK(parse_error("y ~ 1\ny ~ 1").detail() ==
          "duplicate intercept of y (first at line 1), expected each intercept once.");
}

TEST_CASE("lavaan syntax: a variable regressed on itself or a factor measured by itself is rejected") {
    CHECK(parse_error("y ~ x + y").detail() == "y is regressed on itself, expected a predictor other than the outcome.");
    const InputError factor = parse_error("f =~ x1 + f");
    CHECK(factor.where().column == 11);
    CHECK(factor.detail() ==
          "the latent variable f is measured by itself, expected an indicator other than the latent variable.");
}

TEST_CASE("lavaan syntax: a label that names a variable is rejected") {
    const InputError error = parse_error("f =~ x1 + x2\ny ~ f*x1");
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 5);
    CHECK(error.detail() ==
          "label 'f' is also the name of a variable (at line 1), expected a label that differs from every variable.");
}

TEST_CASE("lavaan syntax: a defined parameter's errors point into its expression or at its name") {
    const InputError syntax = parse_error("y ~ a*x\nd := a*(x");
    CHECK(syntax.where().line == 2);
    CHECK(syntax.where().column == 10);
    CHECK(syntax.detail().find("defined parameter 'd': ") == 0);
    const InputError unknown = parse_error("y ~ a*x + b*z\nd := a*bb");
    CHECK(unknown.where().line == 2);
    CHECK(unknown.where().column == 8);
    CHECK(unknown.detail() ==
          "defined parameter 'd' uses 'bb', which is not a label of the model, expected one of the labels a, b.");
    const InputError label = parse_error("y ~ a*x\na := 2*a");
    CHECK(label.where().column == 1);
    CHECK(label.detail() == "defined parameter 'a' has the name of a label, expected a name that differs from every "
                            "label and variable.");
    CHECK(parse_error("y ~ a*x\nx := 2*a").detail().find("defined parameter 'x' has the name of a variable") == 0);
    const InputError twice = parse_error("y ~ a*x\nd := 2*a\nd := 3*a");
    CHECK(twice.where().line == 3);
    CHECK(twice.detail() == "duplicate defined parameter 'd' (first at line 2), expected each name once.");
}

TEST_CASE("lavaan syntax: a text without statements, or with defined parameters only, is rejected") {
    const InputError empty = parse_error("# nothing\n\n");
    CHECK(empty.where().line == 1);
    CHECK(empty.detail() ==
          "the model has no statements, expected lavaan model syntax such as f =~ x1 + x2 + x3 or y ~ x.");
    const InputError defined = parse_error("\n d := 2");
    CHECK(defined.where().line == 2);
    CHECK(defined.where().column == 2);
    CHECK(defined.detail() ==
          "the model has no latent variables, regressions, covariances or variances, expected at least one of them.");
}

TEST_CASE("lavaan syntax in YAML: rows of a model: | block carry the file's own lines and columns") {
    Scratch scratch;
    const ModelSpec spec = read_model_spec(scratch.write(
        "spec.yaml", std::string(kHeader) + "model: |\n  # comment\n  y ~ a*x1 +\n      x2\n\n  x1 ~~ x2\n"));
    REQUIRE(spec.table.rows.size() == 3);
    CHECK(spec.table.rows[0].where.file == scratch.path("spec.yaml"));
    CHECK(spec.table.rows[0].where.line == 11);
    CHECK(spec.table.rows[0].where.column == 7);
    CHECK(spec.table.rows[1].where.line == 12);
    CHECK(spec.table.rows[1].where.column == 7);
    CHECK(spec.table.rows[2].op == Op::Covariance);
    CHECK(spec.table.rows[2].where.line == 14);
    CHECK(spec.table.rows[2].where.column == 9);
}

TEST_CASE("lavaan syntax in YAML: errors inside a block name the file's line and column") {
    const InputError error = error_reading_text(std::string(kHeader) + "model: |\n    y ~ x1\n    y ~ x2 + a**x1\n");
    CHECK(error.where().line == 11);
    CHECK(error.where().column == 16);
    CHECK(error.detail() == "malformed term 'a**x1': unexpected '*' at character 3, expected a variable name after '*'.");
    const InputError missing = error_reading_text(std::string(kHeader) + "model: |\n  y ~ x1 + z\n");
    CHECK(missing.where().line == 10);
    CHECK(missing.where().column == 12);
    CHECK(missing.detail() == "variable 'z' is not in the data, expected one of x1, x2, y.");
}

TEST_CASE("lavaan syntax in YAML: leading blank lines, a comment after '|', an indentation indicator and chomping") {
    const InputError blank =
        error_reading_text(std::string(kHeader) + "model: |   # lavaan syntax\n\n   y ~ x1\n   y <~ x2\n");
    CHECK(blank.where().line == 12);
    CHECK(blank.where().column == 6);
    const InputError indicator = error_reading_text(std::string(kHeader) + "model: |2-\n    y ~ x1 + q\n");
    CHECK(indicator.where().line == 10);
    CHECK(indicator.where().column == 14);
    CHECK(indicator.detail().find("variable 'q' is not in the data") == 0);
}

TEST_CASE("lavaan syntax in YAML: a one-line scalar is read in place, quoted or plain") {
    const InputError quoted = error_reading_text(std::string(kHeader) + "model: \"y ~ x1 + q\"\n");
    CHECK(quoted.where().line == 9);
    CHECK(quoted.where().column == 18);
    const InputError plain = error_reading_text(std::string(kHeader) + "model: y ~ x1; y ~~ q\n");
    CHECK(plain.where().line == 9);
    CHECK(plain.where().column == 21);
}

TEST_CASE("lavaan syntax in YAML: a folded block or an empty model is rejected") {
    const InputError folded = error_reading_text(std::string(kHeader) + "model: >\n  y ~ x1\n");
    CHECK(folded.where().line == 9);
    CHECK(folded.detail() == "model is a folded block scalar (>), which joins its lines, expected a literal block "
                             "(model: |) for lavaan syntax, or a mapping.");
    const InputError empty = error_reading_text(std::string(kHeader) + "model: \"\"\n");
    CHECK(empty.where().line == 9);
    CHECK(empty.detail() == "the model is empty, expected a mapping or lavaan model syntax after model: |.");
}

TEST_CASE("lavaan syntax in YAML: identification goes under estimation for both forms") {
    const ModelSpec spec = read_model_spec(Scratch().write(
        "spec.yaml", std::string(kHeader) + "model: |\n  f =~ x1 + x2 + y\nestimation:\n  identification: std_lv\n"));
    CHECK(spec.estimation.identification == Identification::StdLv);
    CHECK(spec.table.is_latent("f"));
}

TEST_CASE("three languages, one table: the Holzinger-Swineford CFA as YAML mapping, YAML block and .lav file") {
    const std::string dir = JALUR_SOURCE_DIR "/tests/fixtures/specs/";
    const ModelSpec mapping = read_model_spec(dir + "hs_cfa.yaml");
    const ModelSpec block = read_model_spec(dir + "hs_cfa_lavaan.yaml");
    const ModelSpec lav = read_lavaan_file(dir + "hs_cfa.lav", dir + "HolzingerSwineford1939.csv");
    REQUIRE(mapping.table.rows.size() == 11);
    check_same_rows(mapping.table.rows, block.table.rows);
    check_same_rows(mapping.table.rows, lav.table.rows);
    CHECK(mapping.table.rows[3].free_explicit);
    CHECK(mapping.table.rows[5].value == 1.0);
    CHECK(mapping.table.rows[10].rhs == "v3/v2");
    for (const ModelSpec* spec : {&block, &lav}) {
        CHECK(spec->data.names == mapping.data.names);
        CHECK(sample_of(*spec).n == sample_of(mapping).n);
        CHECK(sample_of(*spec).covariance.isApprox(sample_of(mapping).covariance));
        CHECK(spec->data_kind == DataKind::Raw);
        CHECK(spec->estimation.likelihood == mapping.estimation.likelihood);
        CHECK(spec->estimation.identification == mapping.estimation.identification);
    }
    CHECK(block.table.rows[3].where.line == 7);
    CHECK(lav.table.rows[3].where.line == 3);
    CHECK(lav.table.rows[3].where.column == 12);
}

TEST_CASE("three languages, one table: the thesis path model as YAML mapping, YAML block and .lav text") {
    const std::string dir = JALUR_SOURCE_DIR "/tests/fixtures/specs/";
    const ModelSpec mapping = read_model_spec(dir + "bor_thesis.yaml");
    const ModelSpec block = read_model_spec(dir + "bor_thesis_lavaan.yaml");
    const ModelRows lav = parse_lavaan_syntax(read_file(dir + "bor_thesis.lav"), {"bor_thesis.lav", 1, 1, 1});
    REQUIRE(mapping.table.rows.size() == 5);
    check_same_rows(mapping.table.rows, block.table.rows);
    check_same_rows(mapping.table.rows, lav.rows);
    CHECK(sample_of(block).covariance == sample_of(mapping).covariance);
    CHECK(block.estimation.likelihood == Likelihood::Wishart);
    CHECK(lav.rows[4].where.line == 5);
    CHECK(lav.rows[4].where.column == 18);
}

TEST_CASE("lavaan syntax: a term repeated in one statement is one parameter with the modifiers of both, as lavaan's") {
    const ModelRows model = parse("f =~ NA*x1 + start(0.8)*x1 + x2 + a*x3 + NA*x3\ny ~ x + x");
    const auto& rows = model.rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].rhs == "x1");
    CHECK(rows[0].free);
    CHECK(rows[0].free_explicit);  // NA: not the marker
    CHECK(rows[0].value == 0.8);   // the start value
    CHECK(rows[1].rhs == "x2");
    CHECK(rows[2].rhs == "x3");
    CHECK(rows[2].label == "a");
    CHECK(rows[2].free_explicit);
    CHECK(rows[3].op == Op::Regression);
}

TEST_CASE("lavaan syntax: a term repeated with modifiers that cannot be one parameter is refused at the second") {
    const InputError labels = parse_error("f =~ x1 + a*x2 + b*x2");
    CHECK(labels.where().column == 18);
    CHECK(labels.detail() == "'x2' is written twice with two labels ('a' and 'b'), expected the modifiers of one "
                             "parameter (lavaan keeps the first).");
    CHECK(parse_error("y ~ 0.5*x + 0.7*x").detail() ==
          "'x' is written twice with two values (0.5 and 0.7), expected the modifiers of one parameter (lavaan keeps "
          "the first).");
    CHECK(parse_error("y ~ 0.5*x + NA*x").detail() ==
          "'x' is written twice with a fixed value and NA or start(), expected the modifiers of one parameter (lavaan "
          "keeps the first).");
    CHECK(parse_error("y ~ a*x + 0.5*x").detail() ==
          "'x' is written twice with a label and a fixed value, expected the modifiers of one parameter (lavaan "
          "keeps the first).");
    CHECK(parse_error("y ~ start(1)*x + start(2)*x").detail() ==
          "'x' is written twice with two start values (1 and 2), expected the modifiers of one parameter (lavaan "
          "keeps the first).");
}

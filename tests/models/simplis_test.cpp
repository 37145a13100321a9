// LISREL's SIMPLIS language: the thesis's own input against the YAML example, the Holzinger-Swineford CFA against
// the lavaan syntax and lavaan's fit, every command jalur reads, and every error with its file, line and column.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "engine/fit.hpp"
#include "engine/data/sample_moments.hpp"
#include "models/model_spec.hpp"
#include "models/lavaan_syntax.hpp"
#include "models/simplis.hpp"
#include "support/models.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"
#include "support/sample.hpp"

using namespace jalur;
using jalur::testing::sample_of;
using jalur::testing::error_reading;
using jalur::testing::Scratch;

namespace {

const std::string kThesis = JALUR_SOURCE_DIR "/examples/bor/thesis.spl";
const std::string kThesisYaml = JALUR_SOURCE_DIR "/examples/bor/model.yaml";
const char* const kThesisLavaan = "KEPUASAN ~ KUALITAS\nBOR ~ KEPUASAN + KUALITAS\n";
const std::string kHolzinger = JALUR_SOURCE_DIR "/tests/fixtures/simplis/hs_cfa.spl";

// Three lines: "Observed Variables" with the names, a covariance matrix (1 on the diagonal, 0.3 elsewhere) and N = 100.
std::string data_for(const std::vector<std::string>& names) {
    std::string text = "Observed Variables:";
    for (const auto& name : names) text += " " + name;
    text += "\nCovariance Matrix:";
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) text += " 0.3";
        text += " 1";
    }
    return text + "\nSample Size = 100\n";
}

// The first lines of hs_cfa.spl, up to Sample Size: the Holzinger-Swineford covariance matrix of x1-x9.
std::string holzinger_data() {
    const std::string text = jalur::testing::read_text(kHolzinger);
    const std::size_t end = text.find('\n', text.find("Sample Size"));
    REQUIRE(end != std::string::npos);
    return text.substr(0, end + 1);
}

ModelSpec read_text(const std::string& text, const std::string& name = "model.spl") {
    Scratch scratch;
    return read_model_spec(scratch.write(name, text));
}

struct ExpectedError {
    int line;
    int column;
    std::string detail;
};

void check_error(const std::string& text, const ExpectedError& expected) {
    Scratch scratch;
    const std::string path = scratch.write("model.spl", text);
    const InputError error = error_reading(path);
    CAPTURE(text);
    CHECK(error.where().file == path);
    CHECK(error.where().line == expected.line);
    CHECK(error.where().column == expected.column);
    CHECK(error.detail() == expected.detail);
}

// A double with 17 significant digits (it reads back as the same double).
std::string fmt_double(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

// The rows as lhs / op / rhs / free / value (value only when fixed), sorted: the table without labels, defined
// parameters or order.
using RowKey = std::tuple<std::string, Op, std::string, bool, double>;
std::vector<RowKey> row_keys(const ParameterTable& table) {
    std::vector<RowKey> keys;
    for (const ParameterRow& r : table.rows)
        if (r.op != Op::Defined) keys.emplace_back(r.lhs, r.op, r.rhs, r.free, r.free ? 0.0 : r.value);
    std::sort(keys.begin(), keys.end());
    return keys;
}

const ParameterRow& row_of(const ParameterTable& table, const std::string& lhs, Op op, const std::string& rhs) {
    const ParameterRow* row = table.find(lhs, op, rhs);
    REQUIRE_MESSAGE(row != nullptr, lhs << " " << op_symbol(op) << " " << rhs);
    return *row;
}

}  // namespace

// ---- the thesis ------------------------------------------------------------------------------------------

TEST_CASE("SIMPLIS: the thesis input reads into the three paths it names, the printed matrix and N = 250") {
    const models::SimplisSpec read = models::read_simplis(kThesis);
    const ModelSpec& spec = read.spec;
    CHECK(spec.title == "Service quality -> patient satisfaction -> BOR (RSD Balung, 2019)");
    REQUIRE(spec.table.rows.size() == 3);
    const struct { const char* lhs; const char* rhs; int line; } paths[] = {
        {"BOR", "KEPUASAN", 13}, {"KEPUASAN", "KUALITAS", 14}, {"BOR", "KUALITAS", 15}};
    for (int i = 0; i < 3; ++i) {
        const ParameterRow& row = spec.table.rows[i];
        CHECK(row.op == Op::Regression);
        CHECK(row.lhs == paths[i].lhs);
        CHECK(row.rhs == paths[i].rhs);
        CHECK(row.label.empty());
        CHECK(row.free);
        CHECK_FALSE(row.free_explicit);
        CHECK(std::isnan(row.value));
        CHECK(row.user);
        CHECK(row.where.line == paths[i].line);
    }
    CHECK(spec.table.rows[1].where.column == 12);  // KUALITAS in "KEPUASAN = KUALITAS"

    CHECK(spec.data.names == std::vector<std::string>{"KEPUASAN", "BOR", "KUALITAS"});
    CHECK(sample_of(spec).covariance(2, 0) == 71.55);
    CHECK(sample_of(spec).covariance(0, 2) == 71.55);
    CHECK(sample_of(spec).covariance(1, 1) == 3.02);
    CHECK(sample_of(spec).covariance(2, 2) == 186.78);
    CHECK(sample_of(spec).n == 250);
    CHECK(spec.data_kind == DataKind::Covariance);
    CHECK(spec.data_where.line == 7);
    CHECK(spec.estimation.likelihood == Likelihood::Wishart);
    CHECK_FALSE(spec.estimation.inference_n.has_value());
    CHECK(spec.notes.empty());  // SS and EF are what jalur always reports
    CHECK(read.options == std::vector<std::string>{"SS", "EF"});
}

TEST_CASE("SIMPLIS: the thesis input is the table of the YAML example (without labels, defined rows) and lavaan's") {
    const ModelSpec simplis = read_model_spec(kThesis);
    const ModelSpec yaml = read_model_spec(kThesisYaml);
    CHECK(row_keys(simplis.table) == row_keys(yaml.table));
    ParameterTable lavaan;
    lavaan.rows = models::parse_lavaan_syntax(kThesisLavaan, {"thesis.lav", 1, 1, 1}).rows;
    CHECK(row_keys(simplis.table) == row_keys(lavaan));
    CHECK(simplis.title == yaml.title);
    CHECK(simplis.data.names == yaml.data.names);
    CHECK(sample_of(simplis).covariance == sample_of(yaml).covariance);
    CHECK(sample_of(simplis).n == sample_of(yaml).n);
    CHECK(simplis.estimation.likelihood == yaml.estimation.likelihood);
    CHECK(yaml.estimation.inference_n.has_value());  // the YAML example reproduces the printout's SEs
    CHECK_FALSE(simplis.estimation.inference_n.has_value());
}

TEST_CASE("SIMPLIS: the thesis input, the YAML example and the lavaan syntax fit to identical results") {
    const ModelSpec simplis = read_model_spec(kThesis);
    ModelSpec yaml = read_model_spec(kThesisYaml);
    yaml.estimation.inference_n.reset();
    ParameterTable lavaan;
    lavaan.rows = models::parse_lavaan_syntax(kThesisLavaan, {"thesis.lav", 1, 1, 1}).rows;
    const FitResult a = fit_model(simplis.table, simplis.data, simplis.estimation);
    const FitResult b = fit_model(yaml.table, yaml.data, yaml.estimation);
    const FitResult c = fit_model(lavaan, simplis.data, simplis.estimation);
    for (const FitResult* other : {&b, &c}) {
        int compared = 0;
        for (const ParameterRow& row : a.table.rows) {
            CAPTURE(row.lhs + op_symbol(row.op) + row.rhs);
            const ParameterRow& same = row_of(other->table, row.lhs, row.op, row.rhs);
            CHECK(row.est == doctest::Approx(same.est).epsilon(1e-13));
            CHECK(row.se == doctest::Approx(same.se).epsilon(1e-12));
            CHECK(row.z == doctest::Approx(same.z).epsilon(1e-12));
            CHECK(row.std_all == doctest::Approx(same.std_all).epsilon(1e-13));
            ++compared;
        }
        CHECK(compared == 6);
        CHECK(a.fit.df == other->fit.df);
        CHECK(a.fit.npar == other->fit.npar);
        CHECK(a.fit.chisq == doctest::Approx(other->fit.chisq).epsilon(1e-12));
        CHECK(a.n_inference == other->n_inference);
    }
    CHECK(a.n_inference == 249);
    // The thesis's numbers (with n = N - 1; the printout's SEs imply 248, docs/reproducing-lisrel.md).
    CHECK(row_of(a.table, "KEPUASAN", Op::Regression, "KUALITAS").est == doctest::Approx(0.3830710).epsilon(1e-6));
    CHECK(row_of(a.table, "BOR", Op::Regression, "KEPUASAN").est == doctest::Approx(0.02172194).epsilon(1e-6));
    CHECK(row_of(a.table, "BOR", Op::Regression, "KUALITAS").est == doctest::Approx(0.0579066).epsilon(1e-6));
}

TEST_CASE("SIMPLIS: jalur fit thesis.spl prints the LISREL report, and a bad line exits 3 with file:line:column") {
    const auto run = jalur::testing::run_jalur({"fit", kThesis});
    CHECK(run.status == 0);
    CHECK(run.err.empty());
    CHECK(run.out.find("Service quality -> patient satisfaction -> BOR (RSD Balung, 2019)") != std::string::npos);
    CHECK(run.out.find("BOR = 0.022*KEPUASAN + 0.058*KUALITAS") != std::string::npos);
    CHECK(run.out.find("\n Note: ") == std::string::npos);  // no header notes

    Scratch scratch;
    const std::string path = scratch.write(
        "bad.spl", data_for({"Y", "X"}) + "Relationships\nY = X\nLet the Errors of Y and X Corelate\n");
    const auto bad = jalur::testing::run_jalur({"fit", path});
    CHECK(bad.status == 3);
    CHECK(bad.out.empty());
    CHECK(bad.err == "jalur: error: " + path +
                         ":6:27: unexpected 'Corelate' in a Let command, expected 'Let the Errors of A and B "
                         "Correlate'.\n");
}

// ---- Holzinger & Swineford ----------------------------------------------------------------------------

TEST_CASE("SIMPLIS: the Holzinger-Swineford CFA in SIMPLIS, lavaan syntax and YAML: one table, one fit, lavaan's") {
    const ModelSpec spec = read_model_spec(kHolzinger);
    CHECK(spec.title == "Holzinger & Swineford (1939): three correlated factors of nine ability tests");
    CHECK(sample_of(spec).n == 301);
    CHECK(spec.data.names.size() == 9);
    CHECK(sample_of(spec).covariance(8, 6) == 0.37454154330688105);
    CHECK(spec.notes.empty());

    // The same model in lavaan syntax, and in YAML with the same matrix (no fixed values: the engine's marker
    // default fixes the first loading of each factor in all three).
    const std::vector<ParameterRow> lavaan =
        models::parse_lavaan_syntax("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9\n",
                                    {"hs.lav", 1, 1, 1})
            .rows;
    std::string yaml_text = "data:\n  covariance:\n    names: [x1, x2, x3, x4, x5, x6, x7, x8, x9]\n    lower:\n";
    for (Eigen::Index i = 0; i < 9; ++i) {
        yaml_text += "      - [";
        for (Eigen::Index j = 0; j <= i; ++j)
            yaml_text += (j ? ", " : "") + fmt_double(sample_of(spec).covariance(i, j));
        yaml_text += "]\n";
    }
    yaml_text += "  n: 301\nmodel:\n  latent:\n    visual: [x1, x2, x3]\n    textual: [x4, x5, x6]\n"
                 "    speed: [x7, x8, x9]\n";
    const ModelSpec yaml = read_text(yaml_text, "hs.yaml");
    CHECK(sample_of(yaml).covariance == sample_of(spec).covariance);

    for (const std::vector<ParameterRow>* other : {&lavaan, &yaml.table.rows}) {
        REQUIRE(spec.table.rows.size() == other->size());
        for (std::size_t i = 0; i < other->size(); ++i) {
            const ParameterRow& a = spec.table.rows[i];
            const ParameterRow& b = (*other)[i];
            CAPTURE(i);
            CHECK(a.lhs == b.lhs);
            CHECK(a.op == b.op);
            CHECK(a.rhs == b.rhs);
            CHECK(a.free == b.free);
            CHECK(a.free_explicit == b.free_explicit);
            CHECK(std::isnan(a.value));
            CHECK(std::isnan(b.value));
            CHECK(a.label == b.label);
        }
    }
    CHECK(spec.table.rows.size() == 9);
    CHECK(spec.table.latent() == std::vector<std::string>{"visual", "textual", "speed"});

    // One fit for all three; lavaan 0.6.14, cfa(..., sample.cov = S, sample.nobs = 301, likelihood = "wishart")
    // (fixture README).
    ParameterTable lavaan_table;
    lavaan_table.rows = lavaan;
    const FitResult fit = fit_model(spec.table, spec.data, spec.estimation);
    const FitResult lavaan_fit = fit_model(lavaan_table, spec.data, spec.estimation);
    const FitResult yaml_fit = fit_model(yaml.table, yaml.data, yaml.estimation);
    for (const FitResult* other : {&lavaan_fit, &yaml_fit}) {
        REQUIRE(other->table.rows.size() == fit.table.rows.size());
        for (std::size_t i = 0; i < fit.table.rows.size(); ++i) {
            CAPTURE(i);
            // Bit for bit: the same table and data must give the same numbers (a fixed marker has no SE: NaN).
            const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
            CHECK(same(fit.table.rows[i].est, other->table.rows[i].est));
            CHECK(same(fit.table.rows[i].se, other->table.rows[i].se));
            CHECK(same(fit.table.rows[i].std_all, other->table.rows[i].std_all));
        }
        CHECK(fit.fit.chisq == other->fit.chisq);
        CHECK(fit.n_inference == other->n_inference);
    }
    CHECK(fit.fit.df == 24);
    CHECK(fit.fit.chisq == doctest::Approx(85.0221147221).epsilon(1e-7));
    const struct { const char* factor; const char* indicator; double est; } loadings[] = {
        {"visual", "x2", 0.553500607192},  {"visual", "x3", 0.729369958592}, {"textual", "x5", 1.113076707445},
        {"textual", "x6", 0.926146379265}, {"speed", "x8", 1.179950818339},  {"speed", "x9", 1.081530040290}};
    for (const auto& l : loadings)
        CHECK(row_of(fit.table, l.factor, Op::Loading, l.indicator).est == doctest::Approx(l.est).epsilon(1e-5));
    CHECK(row_of(fit.table, "visual", Op::Loading, "x2").se == doctest::Approx(0.0998309794853).epsilon(1e-4));
    const ParameterRow& marker = row_of(fit.table, "visual", Op::Loading, "x1");
    CHECK_FALSE(marker.free);
    CHECK(marker.value == 1.0);
}

TEST_CASE("SIMPLIS: a factor scaled by its variance fits as lavaan's NA* marker with the variance fixed at 1") {
    const ModelSpec spec = read_text(holzinger_data() +
                                     "Latent Variables: visual textual speed\n"
                                     "Relationships\n"
                                     "x1-x3 = visual\n"
                                     "x4-x6 = textual\n"
                                     "x7-x9 = speed\n"
                                     "Set the Variance of textual to 1\n");
    ParameterTable lavaan;
    lavaan.rows = models::parse_lavaan_syntax("visual =~ x1 + x2 + x3\n"
                                              "textual =~ NA*x4 + x5 + x6\n"
                                              "speed =~ x7 + x8 + x9\n"
                                              "textual ~~ 1*textual\n",
                                              {"hs.lav", 1, 1, 1})
                      .rows;
    CHECK(row_keys(spec.table) == row_keys(lavaan));
    const FitResult a = fit_model(spec.table, spec.data, spec.estimation);
    const FitResult b = fit_model(lavaan, spec.data, spec.estimation);
    CHECK(a.fit.df == 24);
    CHECK(a.fit.chisq == doctest::Approx(b.fit.chisq).epsilon(1e-10));
    for (const ParameterRow& row : a.table.rows) {
        CAPTURE(row.lhs + op_symbol(row.op) + row.rhs);
        CHECK(row.est == doctest::Approx(row_of(b.table, row.lhs, row.op, row.rhs).est).epsilon(1e-6));
    }
    CHECK(row_of(a.table, "textual", Op::Loading, "x4").free);
}

// ---- what each command means ---------------------------------------------------------------------------

TEST_CASE("SIMPLIS: equations with several outcomes, paths with arrows, '+', fixed coefficients and start values") {
    const ModelSpec spec = read_text(data_for({"Y1", "Y2", "M", "X1", "X2"}) +
                                     "Paths\n"
                                     "X1 X2 -> M\n"
                                     "Relationships\n"
                                     "Y1 Y2 = M\n"
                                     "Y1 = 0.5*X1 + (0.25) * X2\n"
                                     "Y2 = -1e-1*X2\n");
    const auto& rows = spec.table.rows;
    REQUIRE(rows.size() == 7);
    const struct { const char* lhs; const char* rhs; bool free; double value; bool explicit_free; } expected[] = {
        {"M", "X1", true, kNaN, false},   {"M", "X2", true, kNaN, false},  {"Y1", "M", true, kNaN, false},
        {"Y2", "M", true, kNaN, false},   {"Y1", "X1", false, 0.5, false}, {"Y1", "X2", true, 0.25, true},
        {"Y2", "X2", false, -0.1, false}};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(rows[i].op == Op::Regression);
        CHECK(rows[i].lhs == expected[i].lhs);
        CHECK(rows[i].rhs == expected[i].rhs);
        CHECK(rows[i].free == expected[i].free);
        CHECK(rows[i].free_explicit == expected[i].explicit_free);
        if (std::isnan(expected[i].value))
            CHECK(std::isnan(rows[i].value));
        else
            CHECK(rows[i].value == expected[i].value);
    }
    CHECK(rows[0].where.line == 5);  // the outcome of a path: "X1 X2 -> M"
    CHECK(rows[0].where.column == 10);
    CHECK(rows[5].where.line == 8);  // the predictor of an equation
    CHECK(rows[5].where.column == 24);
}

TEST_CASE("SIMPLIS: measurement lines are loadings, with ranges, and a factor with a fixed loading or variance gets no marker") {
    const ModelSpec spec = read_text(holzinger_data() +
                                     "Latent Variables: Visual Textual Speed\n"
                                     "Relationships\n"
                                     "x1 - x3 = Visual\n"
                                     "x5 x6 = Textual\n"
                                     "x4 = 1*Textual\n"
                                     "x7-x9 = Speed\n"
                                     "Set the Variance of Speed to 1\n");
    const ParameterTable& t = spec.table;
    REQUIRE(t.rows.size() == 10);
    for (int k = 1; k <= 3; ++k) {
        const ParameterRow& visual = row_of(t, "Visual", Op::Loading, "x" + std::to_string(k));
        CHECK(visual.free);
        CHECK_FALSE(visual.free_explicit);  // the engine fixes x1's loading
        const ParameterRow& speed = row_of(t, "Speed", Op::Loading, "x" + std::to_string(6 + k));
        CHECK(speed.free);
        CHECK(speed.free_explicit);  // scaled by its variance
    }
    const ParameterRow& x4 = row_of(t, "Textual", Op::Loading, "x4");
    CHECK_FALSE(x4.free);
    CHECK(x4.value == 1.0);
    CHECK(row_of(t, "Textual", Op::Loading, "x5").free_explicit);  // scaled by x4, not by the first loading
    CHECK(row_of(t, "Textual", Op::Loading, "x6").free_explicit);
    const ParameterRow& variance = row_of(t, "Speed", Op::Covariance, "Speed");
    CHECK_FALSE(variance.free);
    CHECK(variance.value == 1.0);
    CHECK(t.latent() == std::vector<std::string>{"Visual", "Textual", "Speed"});

    // Fitted, the three ways of scaling give the same model as markers do: lavaan's chi-square on 24 df.
    const FitResult fit = fit_model(t, spec.data, spec.estimation);
    CHECK(fit.fit.df == 24);
    CHECK(fit.fit.chisq == doctest::Approx(85.0221147221).epsilon(1e-7));
    CHECK(row_of(fit.table, "Speed", Op::Covariance, "Speed").est == 1.0);
    CHECK(row_of(fit.table, "Speed", Op::Loading, "x7").free);
    CHECK_FALSE(row_of(fit.table, "Visual", Op::Loading, "x1").free);
    CHECK(row_of(fit.table, "Textual", Op::Loading, "x5").free);
}

TEST_CASE("SIMPLIS: a latent variable measured only by latent variables is a second-order factor") {
    const ModelSpec spec = read_text(data_for({"x1", "x2", "x3", "x4", "x5", "x6"}) +
                                     "Latent Variables: F1 F2 G\n"
                                     "Relationships\n"
                                     "x1-x3 = F1\n"
                                     "x4-x6 = F2\n"
                                     "F1 F2 = G\n");
    CHECK(row_of(spec.table, "G", Op::Loading, "F1").free);
    CHECK(row_of(spec.table, "G", Op::Loading, "F2").free);
    CHECK(spec.table.latent() == std::vector<std::string>{"F1", "F2", "G"});
}

TEST_CASE("SIMPLIS: a latent variable measured by observed ones and leading to another is a structural path") {
    const ModelSpec spec = read_text(data_for({"a1", "a2", "b1", "b2", "z"}) +
                                     "Latent Variables: A B\n"
                                     "Relationships\n"
                                     "a1 a2 = A\n"
                                     "b1 b2 = B\n"
                                     "B = A z\n");
    CHECK(row_of(spec.table, "B", Op::Regression, "A").free);
    CHECK(row_of(spec.table, "B", Op::Regression, "z").free);
}

TEST_CASE("SIMPLIS: Let the Errors Correlate, Set variances and covariances, Set a path, Equal paths") {
    const ModelSpec spec = read_text(data_for({"Y1", "Y2", "Y3", "X", "W", "x1", "x2"}) +
                                     "Latent Variables: F\n"
                                     "Relationships\n"
                                     "Y1 Y2 Y3 = X\n"
                                     "Y1 = W\n"
                                     "x1 x2 = F\n"
                                     "Let the Errors of Y1 and Y2 Correlate\n"
                                     "Let the Errors between Y2 Y3 Correlate\n"
                                     "let the error covariance of x1 and x2 be free\n"
                                     "Set the Error Variance of Y3 to 0.5\n"
                                     "Set the Variance of F to 1\n"
                                     "Set the Covariance of X and W to 0\n"
                                     "Set the Error Covariance between Y1 and Y3 = 0.1\n"
                                     "Set the Path from W to Y1 to 0.2\n"
                                     "Set the Path from X to Y1 Equal to the Path from X to Y2\n"
                                     "Set Path X -> Y3 = Path X -> Y1\n");
    const ParameterTable& t = spec.table;
    REQUIRE(t.rows.size() == 13);
    CHECK(row_of(t, "Y1", Op::Covariance, "Y2").free);
    CHECK(row_of(t, "Y2", Op::Covariance, "Y3").free);
    CHECK(row_of(t, "x1", Op::Covariance, "x2").free);
    CHECK(row_of(t, "Y3", Op::Covariance, "Y3").value == 0.5);
    CHECK_FALSE(row_of(t, "Y3", Op::Covariance, "Y3").free);
    CHECK(row_of(t, "F", Op::Covariance, "F").value == 1.0);
    CHECK(row_of(t, "X", Op::Covariance, "W").value == 0.0);
    CHECK_FALSE(row_of(t, "X", Op::Covariance, "W").free);
    CHECK(row_of(t, "Y1", Op::Covariance, "Y3").value == 0.1);
    const ParameterRow& fixed = row_of(t, "Y1", Op::Regression, "W");
    CHECK_FALSE(fixed.free);
    CHECK(fixed.value == 0.2);
    CHECK(row_of(t, "Y1", Op::Regression, "X").label == "eq1");
    CHECK(row_of(t, "Y2", Op::Regression, "X").label == "eq1");
    CHECK(row_of(t, "Y3", Op::Regression, "X").label == "eq1");
    CHECK(row_of(t, "F", Op::Loading, "x1").free_explicit);  // F's scale is its variance
    CHECK(row_of(t, "Y1", Op::Covariance, "Y2").where.line == 9);
    CHECK(row_of(t, "Y1", Op::Covariance, "Y2").where.column == 19);

    ParameterTable numbered = t;
    numbered.number_free();
    CHECK(row_of(numbered, "Y1", Op::Regression, "X").index == row_of(numbered, "Y3", Op::Regression, "X").index);
}

TEST_CASE("SIMPLIS: keywords in any case, title lines, comments, semicolons, Labels and the forms of Sample Size") {
    const ModelSpec spec = read_text(
        "A first title line\n"
        "  and a second  ! with a comment\n"
        "! a comment line\n"
        "LABELS\n"
        "Y  X\n"
        "   M\n"
        "covariance matrix: 2.0\n"
        "0.5 1.0 /* comment */\n"
        "0.7, 0.3, 1.5\n"
        "SAMPLE SIZE 100; relationships\n"
        "Y = X M\n"
        "M = X; path diagram\n"
        "OPTIONS SS EF SC\n"
        "end of problem\n");
    CHECK(spec.title == "A first title line and a second");
    CHECK(spec.data.names == std::vector<std::string>{"Y", "X", "M"});
    CHECK(sample_of(spec).covariance(2, 1) == 0.3);
    CHECK(sample_of(spec).covariance(1, 2) == 0.3);
    CHECK(sample_of(spec).n == 100);
    CHECK(spec.table.rows.size() == 3);
    CHECK(row_of(spec.table, "M", Op::Regression, "X").where.line == 12);
    CHECK(spec.notes.empty());

    for (const char* sample_size : {"Sample Size = 80", "Sample Size: 80", "Sample Size 80", "Sample Size\n80"}) {
        CAPTURE(sample_size);
        const ModelSpec s = read_text("Observed Variables: Y X\nCovariance Matrix\n1\n0.5 1\n" +
                                      std::string(sample_size) + "\nRelationships\nY = X\n");
        CHECK(sample_of(s).n == 80);
        CHECK(s.title.empty());
    }
    const ModelSpec titled = read_text("Title The model\n" + data_for({"Y", "X"}) + "Relationships: Y = X\n");
    CHECK(titled.title == "The model");
    CHECK(titled.table.rows.size() == 1);
}

TEST_CASE("SIMPLIS: a full covariance matrix, a correlation matrix with standard deviations, from a file") {
    const ModelSpec full = read_text("Observed Variables: Y X\nCovariance Matrix\n2 0.5\n0.5 1\nSample Size = 50\n"
                                     "Relationships\nY = X\n");
    CHECK(sample_of(full).covariance(0, 1) == 0.5);
    CHECK(sample_of(full).covariance(1, 1) == 1.0);
    CHECK(full.data_kind == DataKind::Covariance);

    const ModelSpec correlation = read_text(
        "Observed Variables: Y X\nCorrelation Matrix:\n1\n0.25 1\nStandard Deviations: 2 3\nSample Size = 80\n"
        "Relationships\nY = X\n");
    CHECK(correlation.data_kind == DataKind::Correlation);
    CHECK(sample_of(correlation).covariance(0, 0) == doctest::Approx(4.0));
    CHECK(sample_of(correlation).covariance(1, 0) == doctest::Approx(1.5));
    CHECK(sample_of(correlation).covariance(1, 1) == doctest::Approx(9.0));
    CHECK(correlation.estimation.likelihood == Likelihood::Wishart);

    Scratch scratch;
    scratch.write("s.cov", "4\n1.5 9\n");
    const ModelSpec from_file = read_model_spec(scratch.write(
        "m.spl", "Observed Variables: Y X\nCovariance Matrix from File s.cov\nSample Size = 80\n"
                 "Relationships\nY = X\n"));
    CHECK(sample_of(from_file).covariance(1, 0) == 1.5);
    CHECK(sample_of(from_file).covariance(1, 1) == 9.0);
}

TEST_CASE("SIMPLIS: Raw Data from File, blank- or comma-separated without a header, with the Wishart likelihood") {
    const std::string folder = JALUR_SOURCE_DIR "/tests/fixtures/simplis/";
    Scratch scratch;
    const ModelSpec spec = read_model_spec(scratch.write(
        "raw.spl", "Observed Variables: a b c\nRaw Data from File '" + folder + "raw.dat'\nRelationships\nc = a b\n"));
    Eigen::MatrixXd data(6, 3);
    data << 1, 2, 3, 2, 3, 5, 3, 5, 4, 4, 4, 6, 5, 7, 7, 6, 6, 9;
    CHECK(spec.data_kind == DataKind::Raw);
    CHECK(sample_of(spec).n == 6);
    CHECK(sample_of(spec).covariance.isApprox(covariance_of(data), 1e-14));
    CHECK(spec.data_where.file == folder + "raw.dat");
    CHECK(spec.estimation.likelihood == Likelihood::Wishart);

    // A relative path is read from the model file's folder; a Sample Size must agree.
    const ModelSpec relative = read_model_spec(folder + "../simplis/hs_cfa.spl");
    CHECK(sample_of(relative).n == 301);
    scratch.write("raw.dat", "1 2\n3 4\n5 7\n");
    const ModelSpec inline_path = read_model_spec(scratch.write(
        "r2.spl", "Observed Variables: a b\nRaw Data from File raw.dat\nSample Size = 3\nRelationships\nb = a\n"));
    CHECK(sample_of(inline_path).n == 3);
}

TEST_CASE("SIMPLIS: Options, LISREL Output, Method and other commands are accepted, and what jalur ignores is noted") {
    const models::SimplisSpec read = [] {
        Scratch scratch;
        return models::read_simplis(scratch.write(
            "m.spl", data_for({"Y", "X"}) +
                         "Relationships\nY = X\n"
                         "Method of Estimation: Maximum Likelihood\n"
                         "Method = ML\n"
                         "Number of Decimals = 3\n"
                         "Options: SS EF ND=3 RS ME=ML\n"
                         "LISREL Output: SC\n"
                         "Path Diagram\n"
                         "End of Problem\n"
                         "A second problem\n"));
    }();
    CHECK(read.options == std::vector<std::string>{"SS", "EF", "ND=3", "RS", "ME=ML", "SC"});
    CHECK(read.spec.notes == std::vector<std::string>{
                                 "'Number of Decimals = 3' is ignored (jalur does not use this SIMPLIS command)",
                                 "options ND=3 RS ignored (jalur always reports the estimates, standardized "
                                 "solution, effects and fit measures)",
                                 "LISREL Output is ignored (jalur prints its own LISREL-style report)",
                                 "the lines after End of Problem are ignored (jalur reads one problem)"});
}

TEST_CASE("SIMPLIS: title lines run until a command that starts a problem, names from a file, inline raw data") {
    Scratch scratch;
    scratch.write("names.txt", "a b\n c\n");
    const ModelSpec spec = read_model_spec(scratch.write("m.spl",
                                                         "Set of models for BOR\n"
                                                         "Group 1: all patients\n"
                                                         "Observed Variables from File names.txt\n"
                                                         "Raw Data\n"
                                                         "1 2 3\n2 3 5\n3 5 4 4 4 6\n"
                                                         "Means: 2.5 3.5 4.5\n"
                                                         "Relationships\n"
                                                         "c = a b\n"));
    CHECK(spec.title == "Set of models for BOR Group 1: all patients");
    CHECK(spec.data.names == std::vector<std::string>{"a", "b", "c"});
    CHECK(spec.data_kind == DataKind::Raw);
    CHECK(sample_of(spec).n == 4);
    CHECK(spec.data_where.line == 4);
    CHECK(spec.notes ==
          std::vector<std::string>{"Means are not used (jalur fits the covariance structure without means)"});

    check_error(data_for({"Y", "X"}) + "Relationships\nY = X\nGroup 2: girls\n",
                {6, 1, "a multiple-group model is not supported, expected the data as a covariance matrix, a "
                       "correlation matrix with standard deviations, or complete raw data, and a single-group model "
                       "fitted by maximum likelihood."});
    const std::string unknown_relationship =
        "unknown command 'Y = X', expected a SIMPLIS command (Observed Variables, Latent Variables, Covariance Matrix, "
        "Correlation Matrix, Standard Deviations, Raw Data, Sample Size, Relationships, Paths, Let, Set, Method of "
        "Estimation, Options, Path Diagram, End of Problem); relationships such as 'Y = X' go after Relationships.";
    check_error("Observed Variables: Y X\nY = X\n", {2, 1, unknown_relationship});
    check_error("Observed Variables: Y X\nCovariance Matrix: 1 0.5 1\nY = X\n", {3, 1, unknown_relationship});
    check_error(data_for({"Y", "X"}) + "Means: 1\nRelationships\nY = X\n",
                {4, 1, "Means has 1 value, expected 2, one per observed variable."});
}

TEST_CASE("SIMPLIS: the extensions .spl, .spj and .ls8 in any case choose the SIMPLIS reader") {
    for (const char* name : {"m.spl", "m.SPJ", "m.ls8"}) {
        CAPTURE(name);
        CHECK(read_text(data_for({"Y", "X"}) + "Relationships\nY = X\n", name).table.rows.size() == 1);
    }
}

// ---- errors --------------------------------------------------------------------------------------------

TEST_CASE("SIMPLIS errors: the file, unknown commands and unsupported input") {
    const InputError missing = error_reading("/nonexistent/model.spl");
    CHECK(missing.where().line == 0);
    CHECK(missing.detail() ==
          "cannot open the model file (No such file or directory), expected a readable SIMPLIS file.");

    check_error("! only a comment\n\n", {0, 0,
                "the model file has no commands, expected a SIMPLIS model: Observed Variables, the data, Sample Size "
                "and Relationships."});
    check_error(data_for({"Y", "X"}) + "Relationships\nY = X\nPrint Everything\n",
                {6, 1, "'Print Everything' is not a relationship, expected 'Y = X1 X2', 'X1 X2 -> Y' or a SIMPLIS "
                       "command."});
    check_error(data_for({"Y", "X"}) + "Y = X\n",
                {4, 1,
                 "unknown command 'Y = X', expected a SIMPLIS command (Observed Variables, Latent Variables, "
                 "Covariance Matrix, Correlation Matrix, Standard Deviations, Raw Data, Sample Size, Relationships, "
                 "Paths, Let, Set, Method of Estimation, Options, Path Diagram, End of Problem); relationships such "
                 "as 'Y = X' go after Relationships."});
    check_error("TI\nSYSTEM FILE from file 'E:\\TESIS\\Data rasio.dsf'\nSample Size = 250\n",
                {2, 1,
                 "a LISREL system file (.dsf) is not supported, expected the data as a covariance matrix, a "
                 "correlation matrix with standard deviations, or complete raw data, and a single-group model "
                 "fitted by maximum likelihood."});
    check_error("Title\nDA NI=3 NO=250 MA=CM\n",
                {2, 1, "a line of the LISREL command language ('DA NI=3 NO=250 MA=CM'), expected SIMPLIS commands "
                       "(Observed Variables, Covariance Matrix, Sample Size, Relationships, ...)."});
    check_error(data_for({"Y", "X"}) + "Relationships\nY = X\nMethod of Estimation: Two-Stage Least Squares\n",
                {6, 23, "estimation method 'Two-Stage Least Squares', expected Maximum Likelihood, Generalized Least "
                        "Squares, Weighted Least Squares, Unweighted Least Squares or Diagonally Weighted Least "
                        "Squares (ME=ML, GLS, WLS, ULS, DWLS)."});
    check_error(data_for({"Y", "X"}) + "Relationships\nY = X\nOptions: SS ME=TSLS\n",
                {6, 16, "estimation method 'TSLS', expected Maximum Likelihood, Generalized Least Squares, Weighted "
                        "Least Squares, Unweighted Least Squares or Diagonally Weighted Least Squares (ME=ML, GLS, "
                        "WLS, ULS, DWLS)."});
    check_error(data_for({"Y", "X"}) + "Relationships\nY = CONST + X\n",
                {5, 5, "CONST (an intercept) is not supported, expected relationships without CONST (jalur fits "
                       "covariance structures, without means)."});
}

TEST_CASE("SIMPLIS errors: variables and data") {
    check_error("Covariance Matrix\n1\nSample Size = 10\nRelationships\nY = X\n",
                {1, 1, "no Observed Variables, expected Observed Variables: followed by the names of the variables in "
                       "the data."});
    check_error("Observed Variables: Y X 2Z\n",
                {1, 25, "'2Z' is not a variable name, expected a name of letters, digits, '_' and '.' that does not "
                        "start with a digit."});
    check_error("Observed Variables: Y X\nY\n",
                {2, 1, "variable 'Y' is named twice (first at line 1), expected unique names."});
    check_error(data_for({"Y", "X"}) + "Latent Variables: F X\n",
                {4, 21, "'X' is also an observed variable (at line 1), expected latent names that differ from the "
                        "observed ones."});
    check_error("Observed Variables: Y X\nSample Size = 10\nRelationships\nY = X\nEnd of Problem\n",
                {5, 1, "no data, expected Covariance Matrix, Correlation Matrix with Standard Deviations, or Raw Data "
                       "from File."});
    check_error("Observed Variables: Y X\nCovariance Matrix: 1 0.5\nSample Size = 10\n",
                {2, 1, "the covariance matrix has 2 values, expected 3 (the lower triangle, row by row, of 2 observed "
                       "variables) or 4 (the full matrix)."});
    check_error("Observed Variables: Y X\nCovariance Matrix: 1 0.5\n1 0.5 2\nSample Size = 10\n",
                {2, 1, "the covariance matrix has 5 values, expected 3 (the lower triangle, row by row, of 2 observed "
                       "variables) or 4 (the full matrix)."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 l.5\nSample Size = 10\n",
                {4, 5, "value 3 of the covariance matrix is 'l.5', expected a number."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1 0.5\n0.51 1\nSample Size = 10\n",
                {4, 1, "value 1 of row 2 of the covariance matrix is 0.51 but value 2 of row 1 is 0.5, expected a "
                       "symmetric matrix (equal within 1e-8 relative)."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 -1\nSample Size = 10\n",
                {4, 5, "the variance of X is -1, expected a positive number on the diagonal."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 1\nRelationships\nY = X\n",
                {2, 1, "no Sample Size, expected Sample Size = N (the number of observations) with a covariance or "
                       "correlation matrix."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 1\nSample Size = 99.5\n",
                {5, 15, "Sample Size is '99.5', expected an integer from 2 to 1000000000."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 1\nSample Size = 100 200\n",
                {5, 1, "Sample Size has 2 values, expected one number, the number of observations."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 1\nCovariance Matrix:\n1\n0.5 1\n",
                {5, 1, "the covariance matrix is given twice (first at line 2), expected each data command once."});
    check_error("Observed Variables: Y X\nCovariance Matrix:\n1\n0.5 1\nCorrelation Matrix:\n1\n0.5 1\n"
                "Sample Size = 10\nRelationships\nY = X\n",
                {5, 1, "the correlation matrix after the covariance matrix (at line 2), expected one source of data: a "
                       "covariance matrix, a correlation matrix or raw data."});
    check_error("Observed Variables: Y X\nCorrelation Matrix:\n1\n0.5 1\nSample Size = 10\nRelationships\nY = X\n",
                {2, 1, "Correlation Matrix without Standard Deviations, expected Standard Deviations: with one value "
                       "per observed variable (jalur fits the covariance matrix)."});
    check_error("Observed Variables: Y X\nCorrelation Matrix:\n1\n1.5 1\nStandard Deviations: 1 2\nSample Size = 10\n"
                "Relationships\nY = X\n",
                {4, 1, "the correlation of X and Y is 1.5, expected a correlation between -1 and 1."});
    check_error("Observed Variables: Y X\nCorrelation Matrix:\n1\n0.5 1\nStandard Deviations: 1 0\nSample Size = 10\n"
                "Relationships\nY = X\n",
                {5, 24, "the standard deviation of X is 0, expected a positive number."});
}

TEST_CASE("SIMPLIS errors: raw data files") {
    Scratch scratch;
    scratch.write("odd.dat", "1 2\n3 4\n5\n");
    scratch.write("text.dat", "1 2\n3 x4\n");
    const std::string odd =
        scratch.write("odd.spl", "Observed Variables: a b\nRaw Data from File odd.dat\nRelationships\nb = a\n");
    InputError error = error_reading(odd);
    CHECK(error.where().str() == odd + ":2:1");
    CHECK(error.detail() == "the raw data has 5 values, expected a multiple of 2, one value per observed variable for "
                            "each observation.");

    error = error_reading(
        scratch.write("text.spl", "Observed Variables: a b\nRaw Data from File text.dat\nRelationships\nb = a\n"));
    CHECK(error.where().str() == scratch.path("text.dat") + ":2:3");
    CHECK(error.detail() == "value 4 of the raw data is 'x4', expected a number.");

    error = error_reading(
        scratch.write("none.spl", "Observed Variables: a b\nRaw Data from File none.dat\nRelationships\nb = a\n"));
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 20);
    CHECK(error.detail() == "cannot open the data file '" + scratch.path("none.dat") +
                                "' (No such file or directory), expected a readable file (a relative path is read "
                                "from the model file's folder).");

    scratch.write("three.dat", "1 2\n3 4\n5 7\n");
    error = error_reading(scratch.write(
        "n.spl", "Observed Variables: a b\nRaw Data from File three.dat\nSample Size = 4\nRelationships\nb = a\n"));
    CHECK(error.where().line == 3);
    CHECK(error.where().column == 15);
    CHECK(error.detail() == "Sample Size is 4 but the raw data has 3 observations, expected the number of observations "
                            "in the raw data (or no Sample Size).");
}

TEST_CASE("SIMPLIS errors: relationships") {
    const std::string d = data_for({"Y", "X", "M"});  // Relationships at line 4
    check_error(d + "Relationships\nY = X KUALTAS\n",
                {5, 7, "'KUALTAS' is neither an observed nor a latent variable, expected one of the Observed Variables "
                       "(Y, X, M) or a name declared under Latent Variables."});
    check_error(d + "Latent Variables: F\nRelationships\nY = F G\n",
                {6, 7, "'G' is neither an observed nor a latent variable, expected one of the Observed Variables "
                       "(Y, X, M) or the Latent Variables (F)."});
    check_error(d + "Relationships\n",
                {4, 1, "the model has no relationships, expected Relationships (or Paths) followed by lines such as "
                       "'Y = X1 X2', 'x1 x2 x3 = F' or 'X -> Y'."});
    check_error(d + "Relationships\nY = X\nY = M X\n",
                {6, 7, "duplicate path from X to Y (first at line 5), expected each path once."});
    check_error(d + "Relationships\nY = Y X\n",
                {5, 5, "'Y' is on both sides of a relationship, expected a path between two different variables."});
    check_error(d + "Relationships\nY = 0.5 X\n",
                {5, 5, "the number 0.5 is not followed by '*', expected a fixed coefficient such as 0.5*X, or a "
                       "variable name."});
    check_error(d + "Relationships\nY = (0.5 X\n",
                {5, 10, "the start value is not closed, expected ')' after the number, as in (0.5)*X."});
    check_error(d + "Relationships\n0.5*Y = X\n",
                {5, 1, "a coefficient on the left of '=', expected coefficients only on the right of '=', as in "
                       "'Y = 0.5*X'."});
    check_error(d + "Relationships\nX -> 0.5*Y\n",
                {5, 6, "a coefficient in a path, expected coefficients only on the right of '=', as in 'Y = 0.5*X'."});
    check_error(d + "Relationships\nY = X = M\n",
                {5, 7, "a second '=' on one line, expected one relationship per line, as in 'Y = X1 X2'."});
    check_error(d + "Relationships\nY = \n", {5, 4, "nothing on the right of '=', expected the independent variables, "
                                                    "as in 'Y = X'."});
    check_error(d + "Relationships\nY = X, M\n",
                {5, 6, "unexpected ',' on the right of '=', expected variable names separated by blanks."});
    check_error(d + "Relationships\nY = M - X\n",
                {5, 9, "the range M - X runs backwards, expected a range from an earlier to a later variable in the "
                       "order they were declared."});
    check_error(d + "Latent Variables: F\nRelationships\nY X = F\nM = Y - F\n",
                {7, 9, "the range Y - F mixes observed and latent variables, expected a range within Observed "
                       "Variables or within Latent Variables."});
    check_error(d + "Latent Variables: F G\nRelationships\nY X = F\n",
                {4, 21, "latent variable 'G' has no indicators, expected a relationship such as 'x1 x2 x3 = G' that "
                        "names the observed variables measuring it (or latent ones, for a second-order factor)."});
}

TEST_CASE("SIMPLIS errors: Let and Set") {
    const std::string d = data_for({"Y1", "Y2", "X", "W"}) + "Latent Variables: F\nRelationships\nY1 Y2 = X\nW = F\n";
    // Let and Set lines start at line 8.
    check_error(d + "Let the Errors of Y1 Correlate\n",
                {8, 22, "unexpected 'Correlate' in a Let command, expected 'Let the Errors of A and B Correlate'."});
    check_error(d + "Let Y1 and Y2 Correlate\n",
                {8, 5, "unexpected 'Y1' in a Let command, expected 'Let the Errors of A and B Correlate'."});
    check_error(d + "Let the Errors of Y1 and\n",
                {8, 25, "the Let command ends too early, expected 'Let the Errors of A and B Correlate'."});
    check_error(d + "Let the Errors of X and Y1 Correlate\n",
                {8, 19, "'X' is an independent variable without an error term, expected two dependent variables "
                        "(outcomes or indicators); the covariance of independent variables is free unless set with "
                        "'Set the Covariance of A and B to ...'."});
    check_error(d + "Set the Variance of Y1 to 1\n",
                {8, 21, "'Y1' is a dependent variable (its variance is not a parameter), expected 'Set the Error "
                        "Variance of Y1 to ...'."});
    check_error(d + "Set the Error Variance of F to 1\n",
                {8, 27, "'F' is an independent variable without an error term, expected 'Set the Variance of F to "
                        "...'."});
    check_error(d + "Set the Covariance of Y1 and X to 0\n",
                {8, 23, "'Y1' is a dependent variable, expected two independent variables; for dependent variables use "
                        "'Let the Errors of A and B Correlate' or 'Set the Error Covariance of A and B to ...'."});
    check_error(d + "Set the Variance of Q to 1\n",
                {8, 21, "'Q' is neither an observed nor a latent variable, expected one of the Observed Variables (Y1, "
                        "Y2, X, W) or the Latent Variables (F)."});
    check_error(data_for({"Y", "X", "Z"}) + "Relationships\nY = X\nSet the Variance of Z to 1\n",
                {6, 21, "'Z' is not in any relationship, expected a variable of the model (one named under "
                        "Relationships or Paths)."});
    check_error(d + "Set the Variance of X to one\n",
                {8, 26, "unexpected 'one' in a Set command, expected 'Set the Variance of A to 1', 'Set the Error "
                        "Variance of A to 0.5', 'Set the Covariance of A and B to 0', 'Set the Path from A to B to 1' "
                        "or 'Set the Path from A to B Equal to the Path from C to D'."});
    check_error(d + "Set the Variance of X to 1\nSet the Variance of X to 2\n",
                {9, 21, "the variance of X is set twice (first at line 8), expected one Set per variance."});
    check_error(d + "Let the Errors of Y1 and Y2 Correlate\nSet the Error Covariance of Y2 and Y1 to 0\n",
                {9, 29, "the covariance of Y2 and Y1 is given twice (first at line 8), expected each pair once."});
    check_error(d + "Set the Path from Y1 to X to 1\n",
                {8, 19, "there is no path from Y1 to X, expected a path written under Relationships or Paths."});
    check_error(d + "Set the Path from X to Y1 to 1\nSet the Path from X to Y1 Equal to the Path from X to Y2\n",
                {9, 19, "the path from X to Y1 is fixed, expected two free paths to set equal."});
}

TEST_CASE("SIMPLIS: Method of Estimation and ME= name LISREL's estimators, in words or in short (issue 13)") {
    const std::pair<const char*, Estimator> methods[] = {
        {"Method of Estimation: Maximum Likelihood\n", Estimator::ML},
        {"Method of Estimation: Generalized Least Squares\n", Estimator::GLS},
        {"Method of Estimation: Weighted Least Squares\n", Estimator::WLS},
        {"Method of Estimation: Unweighted Least Squares\n", Estimator::ULS},
        {"Method of Estimation: Diagonally Weighted Least Squares\n", Estimator::DWLS},
        {"Options: SS ME=GLS\n", Estimator::GLS},
        {"Options: ME=uls\n", Estimator::ULS},
    };
    for (const auto& [line, estimator] : methods) {
        CAPTURE(std::string(line));
        const ModelSpec spec = read_text(data_for({"Y", "X"}) + "Relationships\nY = X\n" + line);
        CHECK(spec.estimation.estimator == estimator);
    }
}

TEST_CASE("SIMPLIS: Robust Estimation asks for Satorra-Bentler (lavaan's MLM, normal likelihood), and with another method it is an error at it") {
    const ModelSpec spec = read_text(data_for({"Y", "X"}) + "Relationships\nY = X\nRobust Estimation\n");
    CHECK(spec.estimation.estimator_label() == "MLM");
    CHECK(spec.estimation.likelihood == Likelihood::Normal);
    check_error(data_for({"Y", "X"}) + "Relationships\nY = X\nRobust Estimation\nMethod of Estimation: Unweighted Least Squares\n",
                {6, 1, "Robust Estimation with ULS, expected Robust Estimation with Maximum Likelihood (Satorra-Bentler's "
                       "scaled chi-square and robust standard errors)."});
}

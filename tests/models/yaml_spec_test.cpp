// The YAML model spec as a whole: the thesis example, files, YAML syntax, top-level keys, estimation options.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "models/model_spec.hpp"
#include "support/fixtures.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"
#include "support/sample.hpp"

using namespace jalur;
using jalur::testing::sample_of;
using jalur::testing::error_reading;
using jalur::testing::Scratch;

namespace {

InputError error_reading_text(const std::string& text) { return error_reading(Scratch().write("spec.yaml", text)); }

const char* const kData = R"(data:
  covariance:
    names: [Y, X, M]
    lower:
      - [2.0]
      - [0.5, 1.0]
      - [0.7, 0.3, 1.5]
  n: 100
)";

const std::string kModel = "model:\n  regressions:\n    Y: [X]\n";

}  // namespace

TEST_CASE("YAML spec: the thesis example reads into three labelled paths, two defined parameters and its matrix") {
    const ModelSpec spec = read_model_spec(JALUR_SOURCE_DIR "/tests/fixtures/specs/bor_thesis.yaml");
    CHECK(spec.title == "Service quality -> patient satisfaction -> BOR (RSD Balung, 2019)");
    REQUIRE(spec.table.rows.size() == 5);
    const struct { const char* lhs; const char* rhs; const char* label; } paths[] = {
        {"KEPUASAN", "KUALITAS", "a"}, {"BOR", "KEPUASAN", "b"}, {"BOR", "KUALITAS", "c"}};
    for (int i = 0; i < 3; ++i) {
        const ParameterRow& row = spec.table.rows[i];
        CHECK(row.op == Op::Regression);
        CHECK(row.lhs == paths[i].lhs);
        CHECK(row.rhs == paths[i].rhs);
        CHECK(row.label == paths[i].label);
        CHECK(row.free);
        CHECK(row.user);
    }
    CHECK(spec.table.rows[1].where.line == 14);
    CHECK(spec.table.rows[1].where.column == 11);
    CHECK(spec.table.rows[3].op == Op::Defined);
    CHECK(spec.table.rows[3].lhs == "indirect");
    CHECK(spec.table.rows[3].rhs == "a*b");
    CHECK_FALSE(spec.table.rows[3].free);
    CHECK(spec.table.rows[4].lhs == "total");
    CHECK(spec.table.rows[4].rhs == "c + a*b");

    CHECK(spec.data.names == std::vector<std::string>{"KEPUASAN", "BOR", "KUALITAS"});
    REQUIRE(sample_of(spec).covariance.rows() == 3);
    CHECK(sample_of(spec).covariance(2, 0) == 71.55);
    CHECK(sample_of(spec).covariance(0, 2) == 71.55);
    CHECK(sample_of(spec).covariance(1, 1) == 3.02);
    CHECK(sample_of(spec).n == 250);
    CHECK(spec.data_kind == DataKind::Covariance);
    CHECK(spec.data_where.line == 4);
    CHECK(spec.estimation.likelihood == Likelihood::Wishart);
    CHECK(spec.notes.empty());
}

TEST_CASE("YAML spec: a file that is not .yaml or .yml is rejected by its extension") {
    const InputError error = error_reading("model.txt");
    CHECK(error.where().line == 0);
    CHECK(error.detail().find("unsupported model file extension '.txt', expected .yaml") == 0);
}

TEST_CASE("YAML spec: a .lav file alone is rejected because it names no data") {
    const InputError error = error_reading("model.lav");
    CHECK(error.where().file == "model.lav");
    CHECK(error.detail() == "a lavaan model file (.lav) names no data, expected jalur fit MODEL.lav --data DATA.csv.");
}

TEST_CASE("YAML spec: a missing spec file is reported with its path") {
    const InputError error = error_reading("/nonexistent/folder/model.yml");
    CHECK(error.where().file == "/nonexistent/folder/model.yml");
    CHECK(error.where().line == 0);
    CHECK(error.detail().find("cannot open the model file") != std::string::npos);
}

TEST_CASE("YAML spec: a YAML syntax error is reported at yaml-cpp's line and column") {
    const InputError error = error_reading_text("title: x\ndata: [1, 2\nmodel: {}\n");
    CHECK(error.where().line == 3);
    CHECK(error.where().column > 0);
    CHECK(error.detail().find("YAML syntax error: end of sequence flow not found") == 0);
}

TEST_CASE("YAML spec: a tab in the indentation is named as a tab at its line and column") {
    // yaml-cpp itself says "end of map not found" at the start of the map.
    const InputError error = error_reading_text(std::string(kData) + "model:\n  regressions:\n \tY: [X]\n");
    CHECK(error.where().line == 11);
    CHECK(error.where().column == 2);
    CHECK(error.detail() == "a tab in the indentation, expected spaces (YAML indents with spaces only).");
    // A tab inside a line is no indentation: the syntax error is yaml-cpp's.
    const InputError inside = error_reading_text("title: x\t y\ndata: [1, 2\nmodel: {}\n");
    CHECK(inside.detail().find("YAML syntax error") == 0);
}

TEST_CASE("YAML spec: a data file's separator and decimal mark are read next to file:") {
    Scratch scratch;
    scratch.write("data.csv", "x;y\n1,5;2\n2;3,25\n3,5;3\n4;5\n");
    const std::string model = "model:\n  regressions:\n    y: [x]\n";
    const ModelSpec detected = read_model_spec(scratch.write("a.yaml", "data:\n  file: data.csv\n" + model));
    const ModelSpec given = read_model_spec(
        scratch.write("b.yaml", "data:\n  file: data.csv\n  separator: ';'\n  decimal: ','\n" + model));
    REQUIRE(sample_of(detected).means);
    CHECK((*sample_of(detected).means)[0] == doctest::Approx(2.75));
    CHECK(sample_of(given).covariance == sample_of(detected).covariance);
    const InputError point = error_reading(
        scratch.write("c.yaml", "data:\n  file: data.csv\n  separator: ';'\n  decimal: '.'\n" + model));
    CHECK(point.detail().find("variable x has '1,5', expected a number") == 0);
    const InputError pipe = error_reading(scratch.write("d.yaml", "data:\n  file: data.csv\n  separator: '|'\n" + model));
    CHECK(pipe.where().line == 3);
    CHECK(pipe.detail() == "separator is '|', expected ',', ';' or tab (the character between the cells of a CSV file).");
    const InputError matrix = error_reading(scratch.write("e.yaml", std::string(kData) + "  decimal: ','\n" + kModel));
    CHECK(matrix.detail() == "decimal without a data file, expected decimal: with file: (a CSV file).");
    const InputError spss = error_reading(
        scratch.write("f.yaml", "data:\n  file: answers.sav\n  separator: ';'\n" + model));
    CHECK(spss.detail() == "separator with the SPSS file answers.sav, expected separator: only with a CSV file.");
}

TEST_CASE("YAML spec: an unknown top-level key is named with the allowed keys") {
    const InputError error = error_reading_text(std::string(kData) + kModel + "estimaton:\n  likelihood: normal\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 1);
    CHECK(error.detail() == "unknown key 'estimaton' in the model file, expected one of title, data, model, estimation, instrument.");
}

TEST_CASE("YAML spec: an unknown key inside a section is named with that section's keys") {
    const InputError error = error_reading_text(std::string(kData) + "model:\n  regresions:\n    Y: [X]\n");
    CHECK(error.where().line == 10);
    CHECK(error.where().column == 3);
    CHECK(error.detail() ==
          "unknown key 'regresions' in model, expected one of latent, regressions, covariances, variances, "
          "defined, constraints.");
}

TEST_CASE("YAML spec: a key written twice is rejected at the second") {
    const InputError error = error_reading_text(std::string(kData) + "model:\n  regressions:\n    Y: [X]\n    Y: [M]\n");
    CHECK(error.where().line == 12);
    CHECK(error.where().column == 5);
    CHECK(error.detail() == "duplicate key 'Y' in regressions (first at line 11), expected each key once.");
}

TEST_CASE("YAML spec: a spec without a model section is rejected") {
    const InputError error = error_reading_text(kData);
    CHECK(error.where().line == 1);
    CHECK(error.detail().find("the model file has no model section") == 0);
}

TEST_CASE("YAML spec: an empty spec file is rejected") {
    const InputError error = error_reading_text("");
    CHECK(error.detail().find("the model file has no data section") == 0);
}

TEST_CASE("YAML spec: a title that is not a single value is rejected") {
    const InputError error = error_reading_text("title: [a, b]\n" + std::string(kData) + kModel);
    CHECK(error.where().line == 1);
    CHECK(error.where().column == 1);
    CHECK(error.detail() == "title is a sequence, expected a single value.");
}

TEST_CASE("YAML spec: matrix input defaults to the Wishart likelihood and estimation options are read") {
    const ModelSpec defaults = read_model_spec(Scratch().write("spec.yaml", std::string(kData) + kModel));
    CHECK(defaults.estimation.likelihood == Likelihood::Wishart);
    CHECK_FALSE(defaults.estimation.inference_n.has_value());
    const ModelSpec spec = read_model_spec(Scratch().write(
        "spec.yml", std::string(kData) + kModel +
                        "estimation:\n  likelihood: normal\n  inference_n: 248\n  max_evaluations: 500\n"));
    CHECK(spec.estimation.likelihood == Likelihood::Normal);
    CHECK(spec.estimation.inference_n == 248.0);
    CHECK(spec.estimation.max_evaluations == 500);
}

TEST_CASE("YAML spec: an unknown likelihood is rejected with the allowed ones") {
    const InputError error =
        error_reading_text(std::string(kData) + kModel + "estimation:\n  likelihood: gaussian\n");
    CHECK(error.where().line == 13);
    CHECK(error.where().column == 15);
    CHECK(error.detail() == "likelihood is 'gaussian', expected wishart or normal.");
}

TEST_CASE("YAML spec: estimator names any of jalur's estimators in any case, ADF as WLS, and others are refused (issue 13)") {
    const std::pair<const char*, Estimator> names[] = {{"ML", Estimator::ML},   {"gls", Estimator::GLS},
                                                       {"WLS", Estimator::WLS}, {"ADF", Estimator::WLS},
                                                       {"Uls", Estimator::ULS}, {"DWLS", Estimator::DWLS}};
    for (const auto& [name, estimator] : names) {
        CAPTURE(std::string(name));
        const ModelSpec spec = read_model_spec(
            Scratch().write("spec.yaml", std::string(kData) + kModel + "estimation:\n  estimator: " + name + "\n"));
        CHECK(spec.estimation.estimator == estimator);
    }
    const InputError error = error_reading_text(std::string(kData) + kModel + "estimation:\n  estimator: MLRX\n");
    CHECK(error.where().line == 13);
    CHECK(error.where().column == 14);
    CHECK(error.detail() == "estimator is 'MLRX', expected ML, GLS, WLS (or ADF), ULS, DWLS, MLM, MLMV, MLMVS or MLR.");
}

TEST_CASE("YAML spec: an inference_n outside its range is reported at its value, with the range") {
    const InputError error = error_reading_text(std::string(kData) + kModel + "estimation:\n  inference_n: -5\n");
    CHECK(error.where().line == 13);
    CHECK(error.where().column == 16);
    CHECK(error.detail() == "inference_n is '-5', expected a number from 1 to 1000000000, a sample size.");
}

TEST_CASE("YAML spec: max_evaluations must be a positive integer") {
    const InputError error = error_reading_text(std::string(kData) + kModel + "estimation:\n  max_evaluations: 0.5\n");
    CHECK(error.where().line == 13);
    CHECK(error.where().column == 20);
    CHECK(error.detail() == "max_evaluations is '0.5', expected an integer from 1 to 1000000000.");
}

TEST_CASE("YAML spec: estimation ridge is read and must be above 0 and at most 1") {
    const std::string spec = R"(data:
  covariance:
    names: [Y, X]
    lower:
      - [2.0]
      - [0.5, 1.0]
  n: 100
model:
  regressions:
    Y: [X]
estimation:
  ridge: 0.01
)";
    const ModelSpec read = read_model_spec(Scratch().write("spec.yaml", spec));
    REQUIRE(read.estimation.ridge.has_value());
    CHECK(*read.estimation.ridge == 0.01);
    std::string negative = spec;
    negative.replace(negative.find("0.01"), 4, "-0.5");
    const InputError error = error_reading(Scratch().write("spec.yaml", negative));
    CHECK(error.where().line == 12);
    CHECK(error.detail() == "ridge is '-0.5', expected a number above 0 and at most 1 (the diagonal is multiplied by 1 + "
                            "ridge).");
}

TEST_CASE("YAML spec: estimation meanstructure is true or false") {
    CHECK_FALSE(read_model_spec(Scratch().write("spec.yaml", std::string(kData) + kModel)).estimation.meanstructure);
    const ModelSpec read =
        read_model_spec(Scratch().write("spec.yaml", std::string(kData) + kModel + "estimation:\n  meanstructure: true\n"));
    CHECK(read.estimation.meanstructure);
    const InputError error = error_reading_text(std::string(kData) + kModel + "estimation:\n  meanstructure: yes\n");
    CHECK(error.where().line == 13);
    CHECK(error.detail() == "meanstructure is 'yes', expected true or false.");
}

TEST_CASE("YAML spec: estimation exogenous is free (LISREL's default) or fixed (lavaan's fixed.x)") {
    CHECK(read_model_spec(Scratch().write("spec.yaml", std::string(kData) + kModel)).estimation.exogenous ==
          ExogenousMoments::Free);
    const ModelSpec read =
        read_model_spec(Scratch().write("spec.yaml", std::string(kData) + kModel + "estimation:\n  exogenous: fixed\n"));
    CHECK(read.estimation.exogenous == ExogenousMoments::Fixed);
    const InputError error = error_reading_text(std::string(kData) + kModel + "estimation:\n  exogenous: true\n");
    CHECK(error.where().line == 13);
    CHECK(error.detail() == "exogenous is 'true', expected free or fixed.");
}

TEST_CASE("Raw CSV data gives the sample means of the model's columns") {
    const std::string folder = jalur::testing::source_path("tests/fixtures/lavaan/raw_path/");
    const ModelSpec read = read_model_spec(folder + "model.yaml");
    REQUIRE(sample_of(read).means.has_value());
    REQUIRE(sample_of(read).means->size() == 4);
    CHECK((*sample_of(read).means)[read.data.index_of("x1")] == doctest::Approx(40.49983).epsilon(1e-6));
    CHECK((*sample_of(read).means)[read.data.index_of("out")] == doctest::Approx(42.51003).epsilon(1e-6));
}

TEST_CASE("YAML spec: se and test give lavaan's other combinations (issue 13), and unknown names are refused with the allowed ones") {
    const ModelSpec spec = read_model_spec(Scratch().write(
        "spec.yaml", std::string(kData) + kModel + "estimation:\n  estimator: ML\n  se: standard\n  test: satorra.bentler\n"));
    CHECK(spec.estimation.vcov == VcovKind::Expected);
    REQUIRE(spec.estimation.tests.size() == 2);
    CHECK(spec.estimation.tests[1] == TestStatistic::SatorraBentler);
    CHECK(spec.estimation.estimator_label() == "ML");  // no shorthand names this combination
    const ModelSpec standard = read_model_spec(Scratch().write(
        "spec.yaml", std::string(kData) + kModel + "estimation:\n  estimator: MLR\n  test: standard\n"));
    CHECK(standard.estimation.tests.size() == 1);
    CHECK(standard.estimation.vcov == VcovKind::RobustHuberWhite);
    CHECK(error_reading_text(std::string(kData) + kModel + "estimation:\n  se: robust\n").detail() ==
          "se is 'robust', expected standard, robust.sem, robust.huber.white or bootstrap.");
    CHECK(error_reading_text(std::string(kData) + kModel + "estimation:\n  test: yuan.bentler\n").detail() ==
          "test is 'yuan.bentler', expected standard, satorra.bentler, yuan.bentler.mplus, scaled.shifted, "
          "mean.var.adjusted or bollen.stine.");
    // lavaan takes the observed information for a Satorra-Bentler test with Huber-White SEs: not computed yet.
    CHECK(error_reading_text(std::string(kData) + kModel +
                             "estimation:\n  se: robust.huber.white\n  test: satorra.bentler\n")
              .detail() == "estimation: test satorra.bentler with se robust.huber.white is not available yet, expected "
                           "yuan.bentler.mplus with robust.huber.white (MLR) or the satorra.bentler family with "
                           "standard or robust.sem (MLM, MLMV, MLMVS), expected options in their documented ranges.");
}

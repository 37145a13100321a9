// The data section of a YAML spec: covariance and correlation matrices, and raw data from CSV files.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "models/model_spec.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"
#include "support/sample.hpp"

using namespace jalur;
using jalur::testing::sample_of;
using jalur::testing::error_reading;
using jalur::testing::Scratch;

namespace {

// The data section goes first, so its line numbers are those of the text given.
const std::string kModel = "model:\n  regressions:\n    Y: [X]\n";

InputError data_error(const std::string& data) { return error_reading(Scratch().write("spec.yaml", data + kModel)); }

// A spec reading `csv` from data.csv beside it.
struct RawSpec {
    Scratch scratch;
    std::string csv_path;
    std::string spec_path;
    RawSpec(const std::string& csv, const std::string& model)
        : csv_path(scratch.write("data.csv", csv)),
          spec_path(scratch.write("spec.yaml", "data:\n  file: data.csv\n" + model)) {}
};

}  // namespace

TEST_CASE("YAML data: a full symmetric covariance matrix is read like its lower triangle") {
    const ModelSpec spec = read_model_spec(Scratch().write(
        "spec.yaml", "data:\n  covariance:\n    names: [Y, X]\n    full:\n      - [2.0, 0.5]\n      - [0.5, 1.0]\n"
                     "  n: 50\n" + kModel));
    Eigen::Matrix2d expected;
    expected << 2.0, 0.5, 0.5, 1.0;
    CHECK(sample_of(spec).covariance.isApprox(expected));
    CHECK(sample_of(spec).n == 50);
}

TEST_CASE("YAML data: a full matrix that is not symmetric is rejected at the lower value") {
    const InputError error = data_error(
        "data:\n  covariance:\n    names: [Y, X]\n    full:\n      - [2.0, 0.5]\n      - [0.51, 1.0]\n  n: 50\n");
    CHECK(error.where().line == 6);
    CHECK(error.where().column == 10);
    CHECK(error.detail() == "value 1 of row 2 of full is 0.51 but value 2 of row 1 of full is 0.5, expected a "
                            "symmetric matrix (equal within 1e-8 relative).");
}

TEST_CASE("YAML data: a row of the lower triangle with too many values is rejected at that row") {
    const InputError error = data_error(
        "data:\n  covariance:\n    names: [Y, X, M]\n    lower:\n      - [2.0]\n      - [0.5, 1.0, 0.3]\n"
        "      - [0.7, 0.3, 1.5]\n  n: 50\n");
    CHECK(error.where().line == 6);
    CHECK(error.where().column == 9);
    CHECK(error.detail() == "row 2 of lower has 3 values, expected 2 (row i of a lower triangle has i values).");
}

TEST_CASE("YAML data: a lower triangle with more rows than names is rejected at the first extra row") {
    const InputError error = data_error(
        "data:\n  covariance:\n    names: [Y, X]\n    lower:\n      - [2.0]\n      - [0.5, 1.0]\n"
        "      - [0.7, 0.3, 1.5]\n  n: 50\n");
    CHECK(error.where().line == 7);
    CHECK(error.detail() == "lower has 3 rows, expected 2 rows, one per name.");
}

TEST_CASE("YAML data: a lower triangle with fewer rows than names is rejected at lower") {
    const InputError error =
        data_error("data:\n  covariance:\n    names: [Y, X, M]\n    lower:\n      - [2.0]\n  n: 50\n");
    CHECK(error.where().line == 4);
    CHECK(error.detail() == "lower has 1 rows, expected 3 rows, one per name.");
}

TEST_CASE("YAML data: a matrix value that is not a number is rejected at the value") {
    const InputError error =
        data_error("data:\n  covariance:\n    names: [Y, X]\n    lower:\n      - [2.0]\n      - [0.5, one]\n  n: 50\n");
    CHECK(error.where().line == 6);
    CHECK(error.where().column == 15);
    CHECK(error.detail() == "value 2 of row 2 of lower is 'one', expected a finite number.");
}

TEST_CASE("YAML data: a variance that is not positive is rejected") {
    const InputError error =
        data_error("data:\n  covariance:\n    names: [Y, X]\n    lower:\n      - [2.0]\n      - [0.5, -1]\n  n: 50\n");
    CHECK(error.where().line == 6);
    CHECK(error.detail() == "the variance of X is -1, expected a positive number on the diagonal.");
}

TEST_CASE("YAML data: names must be unique identifiers") {
    const InputError twice =
        data_error("data:\n  covariance:\n    names: [Y, Y]\n    lower:\n      - [2.0]\n      - [0.5, 1]\n  n: 50\n");
    CHECK(twice.where().line == 3);
    CHECK(twice.where().column == 16);
    CHECK(twice.detail() == "variable 'Y' is named twice, expected unique names.");
    const InputError bad =
        data_error("data:\n  covariance:\n    names: [Y, 2X]\n    lower:\n      - [2.0]\n      - [0.5, 1]\n  n: 50\n");
    CHECK(bad.where().column == 16);
    CHECK(bad.detail().find("name 2 of names is '2X', expected a name of letters") == 0);
}

TEST_CASE("YAML data: n must be an integer of at least 2 and is required for a matrix") {
    const std::string matrix = "data:\n  covariance:\n    names: [Y, X]\n    lower:\n      - [2.0]\n      - [0.5, 1]\n";
    const InputError missing = data_error(matrix);
    CHECK(missing.where().line == 1);
    CHECK(missing.detail() == "data has no n, expected the sample size n: with a covariance or correlation matrix.");
    const InputError fractional = data_error(matrix + "  n: 99.5\n");
    CHECK(fractional.where().line == 7);
    CHECK(fractional.where().column == 6);
    CHECK(fractional.detail() == "n is '99.5', expected an integer from 2 to 1000000000.");
    CHECK(data_error(matrix + "  n: 1\n").detail() == "n is '1', expected an integer from 2 to 1000000000.");
}

TEST_CASE("YAML data: exactly one data source is allowed") {
    const InputError error = data_error(
        "data:\n  file: x.csv\n  covariance:\n    names: [Y, X]\n    lower:\n      - [2.0]\n      - [0.5, 1]\n  n: 5\n");
    CHECK(error.where().line == 1);
    CHECK(error.detail() == "data must give one source, expected exactly one of covariance, correlation or file.");
}

TEST_CASE("YAML data: a correlation matrix with standard deviations gives D R D") {
    const ModelSpec spec = read_model_spec(Scratch().write(
        "spec.yaml", "data:\n  correlation:\n    names: [Y, X]\n    lower:\n      - [1]\n      - [0.25, 1]\n"
                     "  sd: [2, 3]\n  n: 80\n" + kModel));
    Eigen::Matrix2d expected;
    expected << 4.0, 1.5, 1.5, 9.0;
    CHECK(sample_of(spec).covariance.isApprox(expected));
    CHECK(spec.data_kind == DataKind::Correlation);
    CHECK(spec.estimation.likelihood == Likelihood::Wishart);
}

TEST_CASE("YAML data: a correlation matrix is checked for its diagonal, its range and its standard deviations") {
    const std::string head = "data:\n  correlation:\n    names: [Y, X]\n    lower:\n      - [1]\n";
    const InputError diagonal = data_error(head + "      - [0.25, 0.9]\n  sd: [2, 3]\n  n: 80\n");
    CHECK(diagonal.where().line == 6);
    CHECK(diagonal.where().column == 16);
    CHECK(diagonal.detail() == "the diagonal value of X is 0.9, expected 1 on the diagonal of a correlation matrix.");
    const InputError range = data_error(head + "      - [-1.25, 1]\n  sd: [2, 3]\n  n: 80\n");
    CHECK(range.where().column == 10);
    CHECK(range.detail() == "value 1 of row 2 of lower is -1.25, expected a correlation between -1 and 1.");
    const InputError count = data_error(head + "      - [0.25, 1]\n  sd: [2]\n  n: 80\n");
    CHECK(count.where().line == 7);
    CHECK(count.detail() == "sd has 1 values, expected 2 standard deviations, one per name of the correlation matrix.");
    const InputError negative = data_error(head + "      - [0.25, 1]\n  sd: [2, 0]\n  n: 80\n");
    CHECK(negative.where().column == 11);
    CHECK(negative.detail() == "the standard deviation of X is 0, expected a positive number.");
    const InputError without = data_error(head + "      - [0.25, 1]\n  n: 80\n");
    CHECK(without.where().line == 2);
    CHECK(without.detail().find("correlation without sd") == 0);
}

TEST_CASE("YAML data: raw data gives the covariance of its complete rows and notes the dropped ones") {
    const ModelSpec spec = read_model_spec(JALUR_SOURCE_DIR "/tests/fixtures/specs/raw_small.yaml");
    CHECK(spec.data_kind == DataKind::Raw);
    CHECK(spec.data.names == std::vector<std::string>{"x", "y", "z"});
    CHECK(sample_of(spec).n == 4);
    Eigen::MatrixXd complete(4, 3);
    complete << 1.0, 2.5, 3, 3.5, 4.0, 2, 4.0, 6.5, 5, 5.5, 5.0, 4;
    CHECK(sample_of(spec).covariance.isApprox(covariance_of(complete)));
    CHECK(sample_statistics(spec.data, {}).notes ==
          std::vector<std::string>{"2 rows with missing values were dropped (listwise deletion)"});
    CHECK(spec.estimation.likelihood == Likelihood::Normal);
    CHECK(spec.data_where.file == JALUR_SOURCE_DIR "/tests/fixtures/specs/raw_small.csv");
}

TEST_CASE("YAML data: a missing value only drops a row when the model uses its column") {
    const RawSpec raw("a,b,c\n1,2,NA\n2,1,.\n3,5,\n4,3,x\n", "model:\n  regressions:\n    a: [b]\n");
    const ModelSpec spec = read_model_spec(raw.spec_path);
    CHECK(sample_of(spec).n == 4);
    CHECK(sample_statistics(spec.data, {}).notes.empty());
}

TEST_CASE("YAML data: a non-numeric cell is rejected at its line and column with its variable") {
    const RawSpec raw("a,b\n1,2\n2, 1x\n3,5\n", "model:\n  regressions:\n    a: [b]\n");
    const InputError error = error_reading(raw.spec_path);
    CHECK(error.where().file == raw.csv_path);
    CHECK(error.where().line == 3);
    CHECK(error.where().column == 4);
    CHECK(error.detail() == "variable b has '1x', expected a number or a missing value (empty, NA or .).");
}

TEST_CASE("YAML data: a CSV row with the wrong number of cells is rejected at its line") {
    const RawSpec raw("a,b\n1,2\n\n2,1,7\n", "model:\n  regressions:\n    a: [b]\n");
    const InputError error = error_reading(raw.spec_path);
    CHECK(error.where().line == 4);
    CHECK(error.detail().find("this row has 3 cells, expected 2") == 0);
}

TEST_CASE("YAML data: quoted CSV cells are unquoted and an unterminated quote is rejected") {
    const RawSpec quoted("\"a\",\"b\",\"note\"\n1,2,\"x, \"\"y\"\"\"\n2,1,\"\"\n3,4,z\n",
                         "model:\n  regressions:\n    a: [b]\n");
    CHECK(sample_of(read_model_spec(quoted.spec_path)).n == 3);
    const RawSpec open("a,b\n1,2\n2,\"1\n", "model:\n  regressions:\n    a: [b]\n");
    const InputError error = error_reading(open.spec_path);
    CHECK(error.where().line == 3);
    CHECK(error.where().column == 3);
    CHECK(error.detail().find("unterminated quoted cell") == 0);
}

TEST_CASE("YAML data: fewer than two complete rows are rejected") {
    const RawSpec raw("a,b\n1,2\n2,NA\n", "model:\n  regressions:\n    a: [b]\n");
    const InputError error = error_reading(raw.spec_path);
    CHECK(error.where().line == 0);
    CHECK(error.detail() == "1 rows answer every item (a, b), expected at least 2 complete rows.");
}

TEST_CASE("YAML data: a model variable missing from the CSV header is rejected at its use") {
    const RawSpec raw("a,b\n1,2\n2,1\n", "model:\n  regressions:\n    a: [b, c]\n");
    const InputError error = error_reading(raw.spec_path);
    CHECK(error.where().file == raw.spec_path);
    CHECK(error.where().line == 5);
    CHECK(error.where().column == 12);
    CHECK(error.detail() == "variable 'c' is not in the data, expected one of a, b.");
}

TEST_CASE("YAML data: n with raw data is rejected") {
    Scratch scratch;
    scratch.write("data.csv", "a,b\n1,2\n2,1\n");
    const InputError error =
        error_reading(scratch.write("spec.yaml", "data:\n  file: data.csv\n  n: 2\nmodel:\n  regressions:\n    a: [b]\n"));
    CHECK(error.where().line == 3);
    CHECK(error.detail() == "n is given with raw data, expected no n with file: (N is the number of complete rows).");
}

TEST_CASE("YAML data: a missing data file is reported with the path it was looked for at") {
    Scratch scratch;
    const std::string spec = scratch.write("spec.yaml", "data:\n  file: absent.csv\nmodel:\n  regressions:\n    a: [b]\n");
    const InputError error = error_reading(spec);
    CHECK(error.where().file == (std::filesystem::path(spec).parent_path() / "absent.csv").string());
    CHECK(error.where().line == 0);
    CHECK(error.detail().find("cannot open the data file") == 0);
}

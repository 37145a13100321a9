// The engine's data stage: a group's Data (rows, or statistics without rows) → S, ȳ, N after listwise deletion,
// and the ADF Γ on request, compared with lavaan's lavInspect(fit, "gamma") (tests/fixtures/lavaan/gamma).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/data/sample_statistics.hpp"
#include "engine/fit.hpp"
#include "models/survey_data.hpp"
#include "support/fixtures.hpp"
#include "support/models.hpp"

using namespace jalur;
using namespace jalur::testing;

namespace {

constexpr double kNa = std::numeric_limits<double>::quiet_NaN();

// Five cases of three variables; case 2 misses y, case 4 misses z.
Data five_cases() {
    Eigen::MatrixXd rows(5, 3);
    rows << 1.0, 2.0, 3.0,  //
        2.0, kNa, 1.0,      //
        3.0, 5.0, 4.0,      //
        4.0, 3.0, kNa,      //
        6.0, 7.0, 2.0;
    return Data::from_rows({"x", "y", "z"}, rows, SourceLocation{"cases.csv"});
}

Eigen::MatrixXd matrix_of(const nlohmann::json& rows) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.size()));
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j) m(i, j) = rows[i][j].get<double>();
    return m;
}

}  // namespace

TEST_CASE("Data: raw rows carry a missing-value mask that marks their NaN entries") {
    const Data data = five_cases();
    CHECK(data.has_rows());
    CHECK(data.missing.count() == 2);
    CHECK(data.missing(1, 1));
    CHECK(data.missing(3, 2));
    CHECK(data.index_of("z") == 2);
    CHECK(data.index_of("w") == -1);
}

TEST_CASE("Sample statistics: listwise deletion drops only the rows with a missing value in the variables asked") {
    const Data data = five_cases();
    const SampleStatistics xz = sample_statistics(data, {"x", "z"});
    CHECK(xz.moments.n == 4);
    CHECK(xz.rows_dropped == 1);
    CHECK(xz.notes == std::vector<std::string>{"1 row with missing values was dropped (listwise deletion)"});
    Eigen::MatrixXd complete(4, 2);
    complete << 1, 3, 2, 1, 3, 4, 6, 2;
    CHECK(xz.moments.covariance.isApprox(covariance_of(complete), 1e-15));
    CHECK(xz.moments.means->isApprox(Eigen::Vector2d(3.0, 2.5), 1e-15));

    const SampleStatistics all = sample_statistics(data, {});
    CHECK(all.moments.names == std::vector<std::string>{"x", "y", "z"});
    CHECK(all.moments.n == 3);
    CHECK(all.rows_dropped == 2);
    CHECK(all.notes == std::vector<std::string>{"2 rows with missing values were dropped (listwise deletion)"});

    const SampleStatistics zx = sample_statistics(data, {"z", "x"});  // the order asked
    CHECK(zx.moments.covariance(0, 0) == xz.moments.covariance(1, 1));
    CHECK(zx.moments.covariance(0, 1) == xz.moments.covariance(1, 0));
}

TEST_CASE("Sample statistics: complete data drop nothing and note nothing") {
    const SampleStatistics xy = sample_statistics(five_cases(), {"x"});
    CHECK(xy.moments.n == 5);
    CHECK(xy.rows_dropped == 0);
    CHECK(xy.notes.empty());
    CHECK_FALSE(xy.gamma.has_value());
}

TEST_CASE("Sample statistics: fewer than 2 complete rows are an input error at the data file") {
    Eigen::MatrixXd rows(3, 2);
    rows << 1, kNa, 2, 3, kNa, 4;
    const Data data = Data::from_rows({"a", "b"}, rows, SourceLocation{"d.csv"});
    try {
        (void)sample_statistics(data, {});
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.where().file == "d.csv");
        CHECK(error.detail() == "1 row has no missing value in a, b, expected at least 2 complete rows (listwise"
                                " deletion drops the others)");
    }
    CHECK(sample_statistics(data, {"b"}).moments.n == 2);
    CHECK(sample_statistics(data, {"a"}).moments.n == 2);
}

TEST_CASE("Sample statistics: a variable that is not in the data is an input error naming the data's variables") {
    try {
        (void)sample_statistics(five_cases(), {"x", "w"});
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.where().file == "cases.csv");
        CHECK(error.detail() == "variable 'w' is not in the data, expected one of x, y, z");
    }
    CHECK_THROWS_AS((void)sample_statistics(thesis_moments(), {"BOR", "w"}), InputError);
}

TEST_CASE("Sample statistics: a covariance matrix is statistics without rows, and has no Γ") {
    const Data data = thesis_moments();
    CHECK_FALSE(data.has_rows());
    const SampleStatistics s = sample_statistics(data, {"KUALITAS", "BOR"});
    CHECK(s.moments.n == 250);
    CHECK(s.moments.covariance(0, 0) == 186.78);
    CHECK(s.moments.covariance(1, 0) == 12.37);
    CHECK(s.rows_dropped == 0);
    CHECK(s.notes.empty());
    CHECK_THROWS_WITH_AS((void)sample_statistics(data, {}, {true, false}),
                         doctest::Contains("expected raw data rather than a covariance or correlation matrix"),
                         InputError);
}

TEST_CASE("Sample statistics: Γ is computed only when asked, of vech(S) and of the means with a mean structure") {
    const Data data = five_cases();
    CHECK_FALSE(sample_statistics(data, {"x", "z"}).gamma);
    const SampleStatistics covariances = sample_statistics(data, {"x", "z"}, {true, false});
    REQUIRE(covariances.gamma);
    CHECK(covariances.gamma->rows() == 3);
    const SampleStatistics with_means = sample_statistics(data, {"x", "z"}, {true, true});
    REQUIRE(with_means.gamma);
    CHECK(with_means.gamma->rows() == 5);
    // The means' block is the covariance of the cases (divisor N), the rest that of vech.
    Eigen::MatrixXd complete(4, 2);
    complete << 1, 3, 2, 1, 3, 4, 6, 2;
    CHECK(with_means.gamma->topLeftCorner(2, 2).isApprox(covariance_of(complete) * 3.0 / 4.0, 1e-14));
    CHECK(with_means.gamma->bottomRightCorner(3, 3).isApprox(*covariances.gamma, 1e-14));
}

TEST_CASE("Sample statistics: Γ equals lavaan's lavInspect(fit, \"gamma\") to 1e-10") {
    const std::string folder = source_path("tests/fixtures/lavaan/gamma/");
    const nlohmann::json reference = read_json(folder + "gamma.json");
    REQUIRE(reference["cases"].size() == 3);
    for (const auto& c : reference["cases"]) {
        CAPTURE(c["name"].get<std::string>());
        const std::vector<std::string> names = c["names"].get<std::vector<std::string>>();
        const models::SurveyData survey = models::read_survey(folder + c["data"].get<std::string>());
        const Data data = Data::from_rows(names, models::item_values(survey, names));
        const SampleStatistics s = sample_statistics(data, names, {true, c["meanstructure"].get<bool>()});
        CHECK(s.moments.n == c["n"].get<int>());
        REQUIRE(s.gamma);
        const Eigen::MatrixXd lavaan = matrix_of(c["gamma"]);
        REQUIRE(s.gamma->rows() == lavaan.rows());
        const double scale = lavaan.cwiseAbs().maxCoeff();
        for (Eigen::Index i = 0; i < lavaan.rows(); ++i)
            for (Eigen::Index j = 0; j < lavaan.cols(); ++j) {
                CAPTURE(i);
                CAPTURE(j);
                const double tolerance = 1e-10 * std::max(std::abs(lavaan(i, j)), 1e-3 * scale);
                CHECK(std::abs((*s.gamma)(i, j) - lavaan(i, j)) <= tolerance);
            }
    }
}

TEST_CASE("Fit: raw data and their sample statistics give the same fit, and the fit reports the listwise deletion") {
    const std::string folder = source_path("tests/fixtures/lavaan/raw_path/");
    const models::SurveyData survey = models::read_survey(folder + "data.csv");
    const std::vector<std::string> names{"x1", "x2", "m", "out"};
    Eigen::MatrixXd rows(survey.rows() + 1, 4);
    rows.topRows(survey.rows()) = models::item_values(survey, names);
    rows.row(survey.rows()) << 1.0, kNa, 2.0, 3.0;  // one incomplete case more
    const Data data = Data::from_rows(names, rows);
    ParameterTable table;
    table.rows = {path("m", "x1"), path("m", "x2"), path("out", "m"), path("out", "x1")};
    EstimationOptions options;
    options.likelihood = Likelihood::Normal;
    options.meanstructure = true;

    const FitResult raw = fit_model(table, data, options);
    const FitResult from_statistics = fit_model(table, sample_statistics(data, {}).moments, options);
    CHECK(raw.n == 300);
    CHECK(raw.rows_dropped == 1);
    CHECK(raw.data_notes == std::vector<std::string>{"1 row with missing values was dropped (listwise deletion)"});
    CHECK(from_statistics.rows_dropped == 0);
    CHECK(from_statistics.data_notes.empty());
    CHECK(raw.theta == from_statistics.theta);
    CHECK(raw.fit.chisq == from_statistics.fit.chisq);
}

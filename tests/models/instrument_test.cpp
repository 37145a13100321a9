// The questionnaire in a YAML spec: the instrument: section (scales, spans, reverse keys, scores, categories) with
// every error at its file, line and column, the score expressions of data: scores:, and a model fitted on scores
// against the same model fitted on the same scores computed beforehand.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/model_spec.hpp"
#include "models/survey_spec.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"
#include "support/sample.hpp"

using namespace jalur;
using jalur::testing::sample_of;
using jalur::testing::error_reading;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;

namespace {

// Five respondents; g is text.
const char* const kAnswers =
    "id,a1,a2,a3,b1,b2,b3,g\n"
    "1,1,2,3,4,5,4,L\n"
    "2,2,2,3,3,4,4,P\n"
    "3,3,4,4,5,5,5,L\n"
    "4,4,4,5,2,3,2,P\n"
    "5,5,5,5,1,2,1,L\n";

// A spec reading d.csv beside it; `rest` starts on line 2.
struct Files {
    Scratch scratch;
    std::string spec;
    explicit Files(const std::string& rest, const std::string& data_line = "data: {file: d.csv}\n") {
        scratch.write("d.csv", kAnswers);
        spec = scratch.write("s.yaml", data_line + rest);
    }
};

InputError instrument_error(const std::string& instrument) {
    const Files files("instrument:\n" + instrument);
    try {
        models::read_survey_spec(files.spec);
    } catch (const InputError& error) {
        CHECK(error.where().file == files.spec);
        return error;
    }
    FAIL("no InputError for instrument:\n" << instrument);
    throw std::logic_error("unreachable");
}

// The model spec: data: {file: d.csv, scores: ...} (scores from line 4), Y regressed on X, and `more`.
const std::string kScoresModel = "model:\n  regressions:\n    Y: [X]\n";

ModelSpec scores_spec(const std::string& scores, const std::string& more = "") {
    const Files files("  file: d.csv\n  scores:\n" + scores + kScoresModel + more, "data:\n");
    return read_model_spec(files.spec);
}

InputError scores_error(const std::string& scores, const std::string& more = "") {
    const Files files("  file: d.csv\n  scores:\n" + scores + kScoresModel + more, "data:\n");
    return error_reading(files.spec);
}

double mean_of(const ModelSpec& spec, const std::string& name) {
    const int at = spec.data.index_of(name);
    REQUIRE(at >= 0);
    REQUIRE(sample_of(spec).means.has_value());
    return (*sample_of(spec).means)(at);
}

std::string where(const InputError& error) {
    return std::to_string(error.where().line) + ":" + std::to_string(error.where().column);
}

}  // namespace

TEST_CASE("Instrument: scales are read with spans, reverse keys, score kinds, categories and the range") {
    const Files files("instrument:\n"
                      "  range: 1-5\n"
                      "  scales:\n"
                      "    A: [a1..a3]\n"
                      "    B:\n"
                      "      items: b1, b3..g\n"
                      "      reverse: [b3]\n"
                      "      score: sum\n"
                      "      categories: {low: 3-7, high: 7.5-15}\n");
    const models::SurveySpec spec = models::read_survey_spec(files.spec);
    REQUIRE(spec.instrument.range.has_value());
    CHECK(spec.instrument.range->low == 1);
    CHECK(spec.instrument.range->high == 5);
    REQUIRE(spec.instrument.scales.size() == 2);
    const models::Scale& a = spec.instrument.scales[0];
    CHECK(a.name == "A");
    CHECK(a.items == std::vector<std::string>{"a1", "a2", "a3"});
    CHECK(a.reverse.empty());
    CHECK(a.score == models::ScoreKind::Mean);
    CHECK(a.where.line == 5);
    CHECK(a.where.column == 5);
    const models::Scale& b = spec.instrument.scales[1];
    CHECK(b.items == std::vector<std::string>{"b1", "b3", "g"});
    CHECK(b.reverse == std::vector<std::string>{"b3"});
    CHECK(b.score == models::ScoreKind::Sum);
    REQUIRE(b.categories.size() == 2);
    CHECK(b.categories[0].name == "low");
    CHECK(b.categories[0].low == 3);
    CHECK(b.categories[0].high == 7);
    CHECK(b.categories[1].name == "high");
    CHECK(b.categories[1].low == 7.5);
    CHECK(spec.data.rows() == 5);
    CHECK(models::score_category(b.categories, 7.2) == "high");
    CHECK(models::score_category(b.categories, 2.9) == "");
    CHECK(models::score_category(b.categories, 15.1) == "");
    CHECK(models::score_category(b.categories, std::nan("")) == "");
}

TEST_CASE("Instrument: every error in the section is reported at its line and column") {
    const struct {
        const char* what;
        std::string instrument;  // from line 3
        const char* location;
        std::string message;
    } cases[] = {
        {"an unknown key", "  rnage: 1-5\n  scales:\n    A: [a1..a3]\n", "3:3",
         "unknown key 'rnage' in instrument, expected one of range, scales."},
        {"an unknown key of a scale", "  scales:\n    A:\n      itmes: [a1..a3]\n", "5:7",
         "unknown key 'itmes' in A, expected one of items, reverse, score, categories."},
        {"a scale without items", "  scales:\n    A:\n      score: sum\n", "4:5", "scale A has no items"},
        {"no scales", "  range: 1-5\n", "2:1", "the instrument has no scales"},
        {"empty scales", "  scales: {}\n", "3:3", "scales is empty, expected at least one scale."},
        {"a scale name that is not a name", "  scales:\n    my scale: [a1, a2]\n", "4:5",
         "scale name 'my scale', expected a name of letters, digits and _."},
        {"a reverse item not in the scale", "  range: 1-5\n  scales:\n    A:\n      items: [a1..a3]\n"
                                            "      reverse: [b1]\n",
         "7:7", "reverse-keyed item b1 is not an item of A, expected items of the scale."},
        {"a one-item scale", "  scales:\n    A: [a1]\n", "4:5", "scale A has 1 item, expected at least 2 items."},
        {"a one-item scale in long form", "  scales:\n    A:\n      items: a2\n", "4:5", "scale A has 1 item"},
        {"a range that runs backwards", "  range: 5-1\n  scales:\n    A: [a1..a3]\n", "3:10",
         "range is '5-1', expected the lowest and highest answer as whole numbers, e.g. 1-5."},
        {"a range that is not whole numbers", "  range: 1-4.5\n  scales:\n    A: [a1..a3]\n", "3:10",
         "range is '1-4.5'"},
        {"a range of one number", "  range: 5\n  scales:\n    A: [a1..a3]\n", "3:10", "range is '5'"},
        {"a category band that is not low-high", "  scales:\n    A:\n      items: [a1..a3]\n"
                                                 "      categories: {low: 1-x, high: 3-5}\n",
         "6:25", "category low is '1-x', expected a band low-high such as 51-75."},
        {"a category band that runs backwards", "  scales:\n    A:\n      items: [a1..a3]\n"
                                                "      categories: {low: 2-1}\n",
         "6:25", "category low is '2-1'"},
        {"overlapping category bands", "  scales:\n    A:\n      items: [a1..a3]\n"
                                       "      categories: {low: 1-3, high: 3-5}\n",
         "6:36", "category high overlaps or precedes low, expected bands in increasing order."},
        {"category bands out of order", "  scales:\n    A:\n      items: [a1..a3]\n"
                                        "      categories:\n        high: 4-5\n        low: 1-3\n",
         "8:14", "category low overlaps or precedes high"},
        {"an unknown score kind", "  scales:\n    A:\n      items: [a1..a3]\n      score: median\n", "6:14",
         "unknown score 'median', expected sum or mean."},
        {"an unknown item", "  scales:\n    A: [a1, a9]\n", "4:13",
         "no variable 'a9' in the data, expected one of id, a1, a2, a3, b1, b2, b3, g."},
        {"an unknown item at the end of a span", "  scales:\n    A: [a1..a9]\n", "4:9", "no variable 'a9'"},
        {"an unknown item in a plain list", "  scales:\n    A: a1, a9\n", "4:8", "no variable 'a9'"},
        {"a backwards span", "  scales:\n    A: [a3..a1]\n", "4:9",
         "the span a3..a1 runs backwards (a1 comes before a3 in the data), expected first..last in file order."},
        {"an item listed twice", "  scales:\n    A: [a1, a2, a1]\n", "4:17",
         "item a1 is listed twice, expected each item once."},
        {"an item in a span and on its own", "  scales:\n    A: [a1..a3, a2]\n", "4:17", "item a2 is listed twice"},
        {"an empty name in a plain list", "  scales:\n    A: a1,,a2\n", "4:8", "an empty item name in 'a1,,a2'"},
        {"a scale given twice", "  scales:\n    A: [a1, a2]\n    A: [b1, b2]\n", "5:5", "duplicate key 'A'"},
    };
    for (const auto& c : cases) {
        CAPTURE(std::string(c.what));
        const InputError error = instrument_error(c.instrument);
        CAPTURE(error.what());
        CHECK(where(error) == c.location);
        CHECK(error.detail().find(c.message) == 0);
    }
}

// The data section's file entry was found in a mapping that no longer existed when the file was read (ASan:
// heap-use-after-free on every `items SPEC.yaml` and `scores SPEC.yaml`); a long name is not stored inline.
TEST_CASE("Instrument: a survey spec reads the file its data section names, after a title") {
    Scratch scratch;
    const std::string file = "answers_of_the_patient_satisfaction_survey.csv";
    scratch.write(file, kAnswers);
    const std::string spec_path =
        scratch.write("s.yaml", "title: Kepuasan pasien rawat inap di rumah sakit umum daerah\n"
                                "data:\n  file: " + file + "\n"
                                "instrument:\n  scales:\n    A: [a1..a3]\n");
    const models::SurveySpec spec = models::read_survey_spec(spec_path);
    CHECK(spec.title == "Kepuasan pasien rawat inap di rumah sakit umum daerah");
    CHECK(spec.data.rows() == 5);
    REQUIRE(spec.instrument.scales.size() == 1);
    CHECK(spec.instrument.scales[0].items == std::vector<std::string>{"a1", "a2", "a3"});
}

TEST_CASE("Instrument: a survey spec needs data with a file and an instrument") {
    const Files no_instrument("title: x\n");
    const InputError missing = error_reading(no_instrument.spec);  // as a model spec: no model
    CHECK(missing.where().line == 1);
    try {
        models::read_survey_spec(no_instrument.spec);
        FAIL("no InputError");
    } catch (const InputError& error) {
        CHECK(where(error) == "1:1");
        CHECK(error.detail() == "the spec has no instrument section, expected data: {file: ...} and instrument: "
                                "{scales: ...}.");
    }
    const Files matrix("instrument:\n  scales:\n    A: [a1, a2]\n",
                       "data:\n  covariance: {names: [a1], lower: [[1]]}\n  n: 5\n");
    try {
        models::read_survey_spec(matrix.spec);
        FAIL("no InputError");
    } catch (const InputError& error) {
        CHECK(where(error) == "1:1");  // a section is located at its key
        CHECK(error.detail().find("the data section names no file") == 0);
    }
}

TEST_CASE("Instrument scores: mean(a..c) and sum(a, b) add scores a model can use") {
    const ModelSpec spec = scores_spec("    X: mean(a1..a3)\n    Y: sum(b1, b2)\n");
    CHECK(spec.data.names == std::vector<std::string>{"X", "Y"});
    CHECK(sample_of(spec).n == 5);
    // X: 6/3, 7/3, 11/3, 13/3, 15/3; Y: 9, 7, 10, 5, 3.
    CHECK(mean_of(spec, "X") == doctest::Approx(52.0 / 15).epsilon(1e-14));
    CHECK(mean_of(spec, "Y") == doctest::Approx(6.8).epsilon(1e-14));
    CHECK(sample_of(spec).covariance(1, 1) == doctest::Approx(8.2).epsilon(1e-14));  // var(9, 7, 10, 5, 3) = 32.8 / 4
    CHECK(spec.notes == std::vector<std::string>{"score X = mean of 3 items (a1, a2, a3)", "score Y = sum of 2 items (b1, b2)"});
}

TEST_CASE("Instrument scores: a scale's name takes its reverse keys and score, sum(scale) and mean(scale) override it") {
    const std::string instrument = "instrument:\n"
                                   "  range: 1-5\n"
                                   "  scales:\n"
                                   "    sa:\n"
                                   "      items: [a1..a3]\n"
                                   "      reverse: [a3]\n"
                                   "      score: sum\n"
                                   "    sb: [b1, b2]\n";
    // sa with a3 reversed: 6, 7, 9, 9, 11 (sum); sb: 4.5, 3.5, 5, 2.5, 1.5 (mean).
    const ModelSpec named = scores_spec("    X: sa\n    Y: sb\n", instrument);
    CHECK(mean_of(named, "X") == doctest::Approx(42.0 / 5).epsilon(1e-14));
    CHECK(mean_of(named, "Y") == doctest::Approx(3.4).epsilon(1e-14));
    CHECK(named.notes[0] == "score X = sum of 3 items (a1, a2, a3; reversed: a3)");
    CHECK(named.notes[1] == "score Y = mean of 2 items (b1, b2)");

    const ModelSpec overridden = scores_spec("    X: mean(sa)\n    Y: sum(sb)\n", instrument);
    CHECK(mean_of(overridden, "X") == doctest::Approx(42.0 / 15).epsilon(1e-14));
    CHECK(mean_of(overridden, "Y") == doctest::Approx(6.8).epsilon(1e-14));
    CHECK(overridden.notes[0] == "score X = mean of 3 items (a1, a2, a3; reversed: a3)");

    // The instrument's range applies to the scores' answers.
    const InputError range = scores_error("    X: mean(a1..a3)\n    Y: sum(b1, b2)\n",
                                          "instrument:\n  range: 1-4\n  scales:\n    sa: [a1, a2]\n");
    CHECK(range.where().line == 5);  // d.csv line 5: a3 = 5
    CHECK(range.detail().find("variable a3 has 5, expected an answer from 1 to 4") == 0);
}

TEST_CASE("Instrument scores: errors are reported at the expression or its name") {
    const struct {
        const char* what;
        std::string scores;  // from line 4
        std::string more;
        const char* location;
        std::string message;
    } cases[] = {
        {"an unknown function", "    X: median(a1..a3)\n    Y: sum(b1, b2)\n", "", "4:8",
         "unknown function 'median' in score X, expected mean or sum."},
        {"an unknown scale", "    X: quality\n    Y: sum(b1, b2)\n", "", "4:8",
         "'quality' is not a scale of the instrument: section, expected mean(items), sum(items) or the name of a "
         "scale."},
        {"an unknown scale with an instrument", "    X: quality\n    Y: sum(b1, b2)\n",
         "instrument:\n  scales:\n    qualty: [a1, a2]\n", "4:8", "'quality' is not a scale"},
        {"an unknown scale or item in a function", "    X: sum(quality)\n    Y: sum(b1, b2)\n", "", "4:8",
         "no variable 'quality' in the data"},
        {"a score named like a data column", "    a1: mean(a1..a3)\n    Y: sum(b1, b2)\n", "", "4:5",
         "score a1 has the name of a variable in the data, expected a new name."},
        {"a score name that is not a name", "    my score: mean(a1..a3)\n", "", "4:5", "score name 'my score'"},
        {"an unclosed call", "    X: mean(a1..a3\n    Y: sum(b1, b2)\n", "", "4:8",
         "score X is 'mean(a1..a3', expected mean(items), sum(items) or a scale name."},
        {"an empty call", "    X: mean()\n    Y: sum(b1, b2)\n", "", "4:8", "an empty item name in ''"},
        {"a backwards span", "    X: mean(a3..a1)\n    Y: sum(b1, b2)\n", "", "4:8", "the span a3..a1 runs backwards"},
        {"an item listed twice", "    X: mean(a1..a3)\n    Y: sum(b1, b1)\n", "", "5:8", "item b1 is listed twice"},
        {"a score given twice", "    X: mean(a1..a3)\n    X: sum(b1, b2)\n", "", "5:5", "duplicate key 'X'"},
        {"a text item", "    X: mean(a1, g)\n    Y: sum(b1, b2)\n", "", "2:15", "variable g has 'L'"},
        {"a model variable that is neither data nor score", "    X: mean(a1..a3)\n    Z: sum(b1, b2)\n", "", "8:5",
         "variable 'Y' is not in the data"},
        {"an instrument error met through scores", "    X: mean(a1..a3)\n    Y: sum(b1, b2)\n",
         "instrument:\n  scales:\n    sa: [a1]\n", "11:5", "scale sa has 1 item"},
    };
    for (const auto& c : cases) {
        CAPTURE(std::string(c.what));
        const InputError error = scores_error(c.scores, c.more);
        CAPTURE(error.what());
        CHECK(where(error) == c.location);
        CHECK(error.detail().find(c.message) == 0);
    }
}

TEST_CASE("Instrument scores: scores need raw data, not a covariance matrix") {
    const InputError error = error_reading(Scratch().write("s.yaml", "data:\n"
                                                                     "  covariance:\n"
                                                                     "    names: [X, Y]\n"
                                                                     "    lower: [[1], [0.5, 1]]\n"
                                                                     "  n: 50\n"
                                                                     "  scores:\n"
                                                                     "    X: mean(a1..a3)\n" +
                                                                         kScoresModel));
    CHECK(where(error) == "6:3");
    CHECK(error.detail() == "scores without a data file, expected scores: with file: (the items' answers).");
}

TEST_CASE("Instrument scores: a model fitted on scores equals the model fitted on the same scores computed beforehand") {
    // 40 respondents answer x1..x3 (x3 worded the other way round), m1..m2 and y1..y3 on 1-5; respondent 7 skipped m2.
    Scratch scratch;
    std::string items = "id,x1,x2,x3,m1,m2,y1,y2,y3\n";
    std::string scores = "id,X,M,Y\n";
    unsigned state = 20261122;
    const auto noise = [&state] {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 16) % 3) - 1;  // -1, 0 or 1
    };
    const auto answer = [](int value) { return std::min(5, std::max(1, value)); };
    const auto exact = [](double value) {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", value);
        return std::string(text);
    };
    for (int id = 1; id <= 40; ++id) {
        const int quality = 1 + id % 5;
        const int x1 = answer(quality + noise()), x2 = answer(quality + noise()), x3 = answer(6 - quality + noise());
        const int m1 = answer((quality + 3) / 2 + 1 + noise()), m2 = answer(m1 + noise());
        const int y1 = answer(m1 + noise()), y2 = answer(quality + noise()), y3 = answer(m2 + noise());
        const bool skipped = id == 7;
        items += std::to_string(id) + "," + std::to_string(x1) + "," + std::to_string(x2) + "," + std::to_string(x3) +
                 "," + std::to_string(m1) + "," + (skipped ? "" : std::to_string(m2)) + "," + std::to_string(y1) +
                 "," + std::to_string(y2) + "," + std::to_string(y3) + "\n";
        scores += std::to_string(id) + "," + exact((x1 + x2 + (6 - x3)) / 3.0) + "," +
                  (skipped ? "" : exact(m1 + m2)) + "," + exact((y1 + y2 + y3) / 3.0) + "\n";
    }
    scratch.write("items.csv", items);
    scratch.write("scores.csv", scores);
    const std::string model = "model:\n"
                              "  regressions:\n"
                              "    M: [X]\n"
                              "    Y: [M]\n";  // df = 1
    const std::string from_items = scratch.write("from_items.yaml", "data:\n"
                                                                    "  file: items.csv\n"
                                                                    "  scores:\n"
                                                                    "    X: quality\n"
                                                                    "    M: sum(m1, m2)\n"
                                                                    "    Y: mean(y1..y3)\n"
                                                                    "instrument:\n"
                                                                    "  range: 1-5\n"
                                                                    "  scales:\n"
                                                                    "    quality:\n"
                                                                    "      items: [x1..x3]\n"
                                                                    "      reverse: [x3]\n" +
                                                                        model);
    const std::string from_scores = scratch.write("from_scores.yaml", "data:\n  file: scores.csv\n" + model);

    const ModelSpec a = read_model_spec(from_items);
    const ModelSpec b = read_model_spec(from_scores);
    CHECK(a.data.names == b.data.names);
    CHECK(sample_of(a).n == 39);
    CHECK(sample_of(b).n == 39);
    REQUIRE(sample_of(a).covariance.rows() == 3);
    CHECK(sample_of(a).covariance.isApprox(sample_of(b).covariance, 1e-14));
    CHECK(sample_of(a).means->isApprox(*sample_of(b).means, 1e-14));
    CHECK(sample_of(a).covariance(0, 1) != 0);

    const Run fit_a = run_jalur({"fit", from_items, "--format", "json"});
    const Run fit_b = run_jalur({"fit", from_scores, "--format", "json"});
    CAPTURE(fit_a.err);
    CAPTURE(fit_b.err);
    REQUIRE(fit_a.status == 0);
    REQUIRE(fit_b.status == 0);
    const auto ja = nlohmann::json::parse(fit_a.out);
    const auto jb = nlohmann::json::parse(fit_b.out);
    CHECK(ja["n"] == 39);
    REQUIRE(ja["parameters"].size() == jb["parameters"].size());
    REQUIRE(ja["parameters"].size() >= 5);
    for (std::size_t i = 0; i < ja["parameters"].size(); ++i) {
        const auto& pa = ja["parameters"][i];
        const auto& pb = jb["parameters"][i];
        CAPTURE(pa.dump());
        CHECK(pa["lhs"] == pb["lhs"]);
        CHECK(pa["op"] == pb["op"]);
        CHECK(pa["rhs"] == pb["rhs"]);
        for (const char* key : {"est", "se", "std_all"})
            if (pa[key].is_number()) CHECK(pa[key].get<double>() == doctest::Approx(pb[key].get<double>()).epsilon(1e-10));
    }
    CHECK(ja["fit"]["chisq"].get<double>() == doctest::Approx(jb["fit"]["chisq"].get<double>()).epsilon(1e-10));
    CHECK(ja["fit"]["df"] == 1);
    CHECK(jb["fit"]["df"] == 1);
    CHECK(ja["fit"]["chisq"].get<double>() > 0);
}

TEST_CASE("Instrument scores: a model spec's instrument is checked against the data even when no score uses it") {
    const Files files("model:\n  regressions:\n    b1: [a1]\n"
                      "instrument:\n  scales:\n    sa: [a1, a9]\n");
    const InputError error = error_reading(files.spec);
    CHECK(where(error) == "7:14");
    CHECK(error.detail().rfind("no variable 'a9' in the data, expected one of id, a1, a2", 0) == 0);
}

TEST_CASE("Instrument scores: an instrument with a covariance matrix is rejected, since it has no answers") {
    const InputError error = error_reading(Scratch().write("s.yaml", "data:\n"
                                                                     "  covariance:\n"
                                                                     "    names: [X, Y]\n"
                                                                     "    lower: [[1], [0.5, 1]]\n"
                                                                     "  n: 50\n" +
                                                                         kScoresModel +
                                                                         "instrument:\n  scales:\n    s: [X, Y]\n"));
    CHECK(where(error) == "9:1");
    CHECK(error.detail() == "instrument: with a covariance or correlation matrix, expected data: file: with the "
                            "answers to the instrument's items.");
}

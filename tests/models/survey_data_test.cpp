// Questionnaire data: SPSS files through libreadstat and CSV files, their labels and missing values, and the item
// answers the survey tools analyse, with every bad input reported where it is. Fixtures: tests/fixtures/survey.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <stdexcept>

#include "models/survey_data.hpp"
#include "support/fixtures.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"

using namespace jalur;
using namespace jalur::models;
using jalur::testing::input_error;
using jalur::testing::Scratch;
using jalur::testing::source_path;

namespace {

const std::string kSav = source_path("tests/fixtures/survey/patients.sav");
const std::string kZsav = source_path("tests/fixtures/survey/patients.zsav");
const std::string kCsv = source_path("tests/fixtures/survey/patients.csv");
const std::string kNoCases = source_path("tests/fixtures/survey/no_cases.sav");
const std::string kExcelId = source_path("tests/fixtures/survey/patients_excel_id.csv");
const std::vector<std::string> kItems = {"q1", "q2", "q3", "q4"};

InputError reading_error(const std::string& path, const std::string& hint = "") {
    return input_error([&] { read_survey(path, hint); });
}

InputError items_error(const SurveyData& data, const std::vector<std::string>& items,
                       const std::optional<ResponseRange>& range = std::nullopt) {
    return input_error([&] { item_responses(data, items, range); });
}

// A CSV file written to a scratch folder and read.
struct CsvSurvey {
    Scratch scratch;
    SurveyData data;
    explicit CsvSurvey(const std::string& text) : data(read_survey(scratch.write("survey.csv", text))) {}
};

bool same_number(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void check_same_data(const SurveyData& a, const SurveyData& b) {
    REQUIRE(a.columns.size() == b.columns.size());
    REQUIRE(a.rows() == b.rows());
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        const SurveyColumn& x = a.columns[c];
        const SurveyColumn& y = b.columns[c];
        CAPTURE(x.name);
        CHECK(x.name == y.name);
        CHECK(x.numeric == y.numeric);
        CHECK(x.text == y.text);
        for (std::size_t r = 0; r < a.rows(); ++r) CHECK(same_number(x.numbers[r], y.numbers[r]));
    }
}

}  // namespace

// ---- SPSS files ----

TEST_CASE("Survey data: an SPSS file gives its variables in file order with their variable labels and types") {
    const SurveyData data = read_survey(kSav);
    CHECK(data.spss);
    CHECK(data.path == kSav);
    REQUIRE(data.columns.size() == 9);
    std::vector<std::string> names;
    for (const SurveyColumn& column : data.columns) names.push_back(column.name);
    CHECK(names == std::vector<std::string>{"id", "gender", "education", "age", "weight", "q1", "q2", "q3", "q4"});
    CHECK(data.column("gender").label == "Jenis kelamin");
    CHECK(data.column("q2").label == "Dokter menjelaskan dengan jelas");
    CHECK(data.column("age").label.empty());
    CHECK(data.column("gender").numeric);
    CHECK_FALSE(data.column("education").numeric);
    CHECK(data.column("education").text == std::vector<std::string>{"SMA", "S1", "D3", "SMA", "S1", "SMP", "", "S2"});
    CHECK(data.lines == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(data.column("q1").text_columns.empty());
}

TEST_CASE("Survey data: SPSS value labels are read and display() shows them in place of the value") {
    const SurveyData data = read_survey(kSav);
    const SurveyColumn& gender = data.column("gender");
    CHECK(gender.value_labels == std::map<double, std::string>{{1, "Laki-laki"}, {2, "Perempuan"}});
    CHECK(gender.display(0) == "Laki-laki");
    CHECK(gender.display(1) == "Perempuan");
    CHECK(gender.text[1] == "2");
    const SurveyColumn& q4 = data.column("q4");
    CHECK(q4.value_labels.size() == 6);
    CHECK(q4.value_labels.at(9) == "Tidak menjawab");
    CHECK(q4.display(1) == "Sangat setuju");
    // Without a label display() is the text.
    CHECK(data.column("age").value_labels.empty());
    CHECK(data.column("age").display(0) == "34");
    CHECK(data.column("education").display(0) == "SMA");
}

TEST_CASE("Survey data: system-missing and user-defined missing SPSS values and blank strings are missing") {
    const SurveyData data = read_survey(kSav);
    const SurveyColumn& age = data.column("age");  // system-missing in case 3
    CHECK(age.missing(2));
    CHECK(age.text[2].empty());
    CHECK(std::isnan(age.numbers[2]));
    CHECK(age.display(2).empty());
    const SurveyColumn& q4 = data.column("q4");  // 9 is declared missing; it is in case 4
    CHECK(q4.missing(3));
    CHECK(std::isnan(q4.numbers[3]));
    CHECK(q4.display(3).empty());
    CHECK(data.column("education").missing(6));
    CHECK_FALSE(data.column("education").missing(5));
}

TEST_CASE("Survey data: SPSS numbers are kept as numbers and as text in their shortest form") {
    const SurveyData data = read_survey(kSav);
    const SurveyColumn& weight = data.column("weight");
    CHECK(weight.text == std::vector<std::string>{"61.5", "70.25", "58", "80.1", "66", "55.5", "72", "63.75"});
    CHECK(weight.numbers[3] == 80.1);
    CHECK(data.column("id").text[7] == "8");
    CHECK(data.column("id").numbers[7] == 8);
}

TEST_CASE("Survey data: an SPSS file holds the same names, text and numbers as its CSV export") {
    const SurveyData csv = read_survey(kCsv);
    CHECK_FALSE(csv.spss);
    check_same_data(read_survey(kSav), csv);
}

TEST_CASE("Survey data: .zsav files and upper-case extensions are read as SPSS") {
    const Scratch scratch;
    const std::string upper = scratch.path("PATIENTS.SAV");
    std::filesystem::copy_file(kSav, upper);
    const SurveyData shouting = read_survey(upper);
    CHECK(shouting.spss);
    check_same_data(shouting, read_survey(kSav));
    const SurveyData compressed = read_survey(kZsav);
    CHECK(compressed.spss);
    CHECK(compressed.column("gender").value_labels.at(2) == "Perempuan");
    check_same_data(compressed, read_survey(kSav));
}

TEST_CASE("Survey data: item responses from an SPSS file keep complete cases in the items' order") {
    const ItemResponses answers = item_responses(read_survey(kSav), {"q3", "q1", "q2", "q4"}, ResponseRange{1, 5});
    CHECK(answers.items == std::vector<std::string>{"q3", "q1", "q2", "q4"});
    CHECK(answers.dropped == 2);  // q3 system-missing in case 3, q4 user-missing in case 4
    CHECK(answers.rows == std::vector<std::size_t>{0, 1, 4, 5, 6, 7});
    REQUIRE(answers.values.rows() == 6);
    REQUIRE(answers.values.cols() == 4);
    CHECK(answers.values.row(0) == Eigen::RowVector4d(5, 4, 4, 4));
    CHECK(answers.values.row(2) == Eigen::RowVector4d(1, 2, 2, 2));
}

TEST_CASE("Survey data: SPSS and CSV versions of a questionnaire give the same item responses") {
    const ItemResponses spss = item_responses(read_survey(kSav), kItems);
    const ItemResponses csv = item_responses(read_survey(kCsv), kItems);
    CHECK(spss.values == csv.values);
    CHECK(spss.rows == csv.rows);
    CHECK(spss.dropped == csv.dropped);
}

TEST_CASE("Survey data: a string variable of an SPSS file used as an item is rejected naming the variable") {
    const InputError error = items_error(read_survey(kSav), {"q1", "education"});
    CHECK(error.where().file == kSav);
    CHECK(error.where().line == 0);
    CHECK(error.detail() == "variable education is a string variable in the SPSS file, expected a numeric item.");
}

TEST_CASE("Survey data: an SPSS answer outside the scale is reported at its case") {
    // Case 1 answers q3 with 5; the items are checked case by case.
    const InputError error = items_error(read_survey(kSav), kItems, ResponseRange{1, 4});
    CHECK(error.where().file == kSav);
    CHECK(error.where().line == 1);
    CHECK(error.where().column == 0);
    CHECK(error.detail() == "variable q3 has 5, expected an answer from 1 to 4 (range 1-4).");
}

TEST_CASE("Survey data: an SPSS file without cases is rejected at the file") {
    const InputError error = reading_error(kNoCases);
    CHECK(error.where().file == kNoCases);
    CHECK(error.where().line == 0);
    CHECK(error.detail() == "the SPSS file has no cases, expected one case per respondent.");
}

TEST_CASE("Survey data: a text file named .sav is rejected as not an SPSS file") {
    const Scratch scratch;
    for (const std::string& text : {std::string("id,q1\n1,4\n2,5\n3,3\n"), std::string()}) {
        const std::string path = scratch.write("x.sav", text);
        const InputError error = reading_error(path);
        CHECK(error.where().file == path);
        CHECK(error.where().line == 0);
        CHECK(error.detail() == "the file does not start like an SPSS data file, expected a .sav or .zsav file saved "
                                "by SPSS, PSPP or R (files with other names are read as CSV).");
    }
}

TEST_CASE("Survey data: a broken or cut-off SPSS file is rejected with readstat's reason") {
    const Scratch scratch;
    const auto check_unreadable = [](const std::string& path) {
        const InputError error = reading_error(path);
        CHECK(error.where().file == path);
        CHECK(error.where().line == 0);
        const std::string& detail = error.detail();
        const std::string opening = "cannot read the SPSS file (";
        const std::string closing = "), expected a .sav or .zsav file saved by SPSS, PSPP or R.";
        REQUIRE(detail.size() > opening.size() + closing.size());  // a reason between the parentheses
        CHECK(detail.rfind(opening, 0) == 0);
        CHECK(detail.compare(detail.size() - closing.size(), closing.size(), closing) == 0);
        CHECK(std::all_of(detail.begin(), detail.end(), [](char c) { return c >= ' ' && c <= '~'; }));
    };
    const std::string sav = jalur::testing::read_text(kSav);
    check_unreadable(scratch.write("cut.sav", sav.substr(0, sav.size() - 40)));
    check_unreadable(scratch.write("header.sav", sav.substr(0, 100)));
    check_unreadable(scratch.write("noise.sav", "$FL2" + std::string(300, '\xff')));
}

TEST_CASE("Survey data: an SPSS file that cannot be opened is rejected with the system's reason and the hint") {
    const Scratch scratch;
    const std::string path = scratch.path("missing.sav");
    const InputError error = reading_error(path, "a relative path is read from the spec's folder");
    CHECK(error.where().file == path);
    CHECK(error.detail() == "cannot open the data file (No such file or directory), expected a readable SPSS file "
                            "(a relative path is read from the spec's folder).");
}

TEST_CASE("Survey data: an SPSS variable name that is not valid text is rejected naming the variable, not a crash") {
    // Byte 232 is the first letter of GENDER, the second variable's short name; 0xFF is no UTF-8, so readstat
    // gives no name at all (NULL).
    std::string sav = jalur::testing::read_text(kSav);
    REQUIRE(sav.compare(232, 6, "GENDER") == 0);
    sav[232] = '\xff';
    const Scratch scratch;
    const std::string path = scratch.write("flipped.sav", sav);
    const InputError error = reading_error(path);
    CHECK(error.where().str() == path);
    CHECK(error.detail() == "variable 2 has no readable name (its bytes are not valid text in the file's encoding), "
                            "expected a .sav or .zsav file saved by SPSS, PSPP or R.");
}

// ---- CSV files ----

TEST_CASE("Survey data: CSV columns keep each cell's text, number, line and character column") {
    const CsvSurvey survey("id,sex, q1\n\n1, L ,4\n2,P,NA\n3,.,\"5\"\n");
    const SurveyData& data = survey.data;
    CHECK_FALSE(data.spss);
    CHECK(data.lines == std::vector<int>{3, 4, 5});
    const SurveyColumn& sex = data.column("sex");
    CHECK_FALSE(sex.numeric);
    CHECK(sex.text == std::vector<std::string>{"L", "P", ""});
    CHECK(sex.text_columns == std::vector<int>{4, 3, 3});
    CHECK(std::isnan(sex.numbers[0]));
    CHECK(sex.label.empty());
    CHECK(sex.value_labels.empty());
    const SurveyColumn& q1 = data.column("q1");  // a name with a blank before it is trimmed
    CHECK(q1.numeric);
    CHECK(q1.missing(1));
    CHECK(q1.numbers[2] == 5);
    CHECK(q1.display(0) == "4");
    CHECK(data.where(2, q1).str() == survey.scratch.path("survey.csv") + ":5:5");
}

TEST_CASE("Survey data: a letter in an item column is reported at its line and column") {
    const CsvSurvey survey("q1,q2,q3\n4,4,5\n5,4,4\n3,x,3\n4,5,4\n");
    const InputError error = items_error(survey.data, {"q1", "q2", "q3"});
    CHECK(error.where().file == survey.scratch.path("survey.csv"));
    CHECK(error.where().line == 4);
    CHECK(error.where().column == 3);
    CHECK(error.detail() == "variable q2 has 'x', expected a number or a missing value (empty, NA or .).");
}

TEST_CASE("Survey data: a CSV answer outside the scale is reported at its line and column") {
    const CsvSurvey survey("q1,rel3\n4,4\n\n5, 7\n3,3\n");
    const InputError error = items_error(survey.data, {"q1", "rel3"}, parse_response_range("1-5"));
    CHECK(error.where().line == 4);
    CHECK(error.where().column == 4);
    CHECK(error.detail() == "variable rel3 has 7, expected an answer from 1 to 5 (range 1-5).");
    CHECK(items_error(survey.data, {"q1"}, ResponseRange{4, 7}).detail() ==
          "variable q1 has 3, expected an answer from 4 to 7 (range 4-7).");
}

TEST_CASE("Survey data: missing answers drop their rows and fewer than 3 complete rows are rejected at the file") {
    const CsvSurvey survey("q1,q2\n4,4\n5,NA\n3,3\n.,4\n4,\n");
    const InputError error = items_error(survey.data, {"q1", "q2"});
    CHECK(error.where().file == survey.scratch.path("survey.csv"));
    CHECK(error.where().line == 0);
    CHECK(error.detail() == "2 rows answer every item (q1, q2), expected at least 3 complete rows.");
    const ItemResponses q1 = item_responses(survey.data, {"q1"});
    CHECK(q1.dropped == 1);
    CHECK(q1.rows == std::vector<std::size_t>{0, 1, 2, 4});
}

TEST_CASE("Survey data: an unknown variable is rejected at the file with the data's names") {
    const SurveyData data = read_survey(kCsv);
    CHECK(data.has("q4"));
    CHECK_FALSE(data.has("q5"));
    const InputError error = items_error(data, {"q1", "q5"});
    CHECK(error.where().file == kCsv);
    CHECK(error.where().line == 0);
    CHECK(error.detail() ==
          "no variable 'q5' in the data, expected one of id, gender, education, age, weight, q1, q2, q3, q4.");
    CHECK(input_error([&] { data.column("Q1"); }).detail().rfind("no variable 'Q1' in the data", 0) == 0);
}

TEST_CASE("Survey data: the names listed for an unknown variable stop after twelve") {
    std::string header, row;
    for (int i = 1; i <= 15; ++i) {
        header += (i > 1 ? ",v" : "v") + std::to_string(i);
        row += i > 1 ? ",1" : "1";
    }
    const CsvSurvey survey(header + "\n" + row + "\n");
    CHECK(input_error([&] { survey.data.column("w"); }).detail() ==
          "no variable 'w' in the data, expected one of v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, ….");
}

TEST_CASE("Survey data: a CSV file with a header and no rows is rejected at the file") {
    const Scratch scratch;
    const std::string path = scratch.write("survey.csv", "q1,q2\n\n");
    const InputError error = reading_error(path);
    CHECK(error.where().file == path);
    CHECK(error.where().line == 0);
    CHECK(error.detail() ==
          "the data file has a header but no rows, expected one row per respondent after the header.");
}

TEST_CASE("Survey data: an empty, unreadable or malformed CSV file is rejected as the CSV reader reports it") {
    const Scratch scratch;
    CHECK(reading_error(scratch.write("empty.csv", "")).detail() ==
          "the data file is empty, expected a header row of variable names.");
    CHECK(reading_error(scratch.path("missing.csv"), "a hint").detail() ==
          "cannot open the data file (No such file or directory), expected a readable CSV file (a hint).");
    const InputError ragged = reading_error(scratch.write("ragged.csv", "q1,q2\n1,2\n3\n"));
    CHECK(ragged.where().line == 3);
    CHECK(ragged.detail().rfind("this row has 1 cells, expected 2", 0) == 0);
}

// ---- CSV dialects ----

TEST_CASE("Survey data: Excel's Indonesian CSV (semicolons and a decimal comma) reads as the same data as the comma version") {
    const SurveyData excel = read_survey(kExcelId);
    const SurveyData comma = read_survey(kCsv);
    CHECK(excel.decimal == ',');
    REQUIRE(excel.columns.size() == comma.columns.size());
    REQUIRE(excel.rows() == comma.rows());
    for (std::size_t c = 0; c < excel.columns.size(); ++c) {
        CAPTURE(comma.columns[c].name);
        CHECK(excel.columns[c].name == comma.columns[c].name);
        CHECK(excel.columns[c].numeric == comma.columns[c].numeric);
        for (std::size_t r = 0; r < excel.rows(); ++r)
            CHECK(same_number(excel.columns[c].numbers[r], comma.columns[c].numbers[r]));
    }
    CHECK(excel.column("weight").text[1] == "70,25");  // as the user wrote it
    CHECK(excel.column("weight").numbers[1] == 70.25);
    const ItemResponses a = item_responses(excel, kItems);
    const ItemResponses b = item_responses(comma, kItems);
    CHECK(a.values == b.values);
    CHECK(a.rows == b.rows);
}

TEST_CASE("Survey data: the separator is the one that splits the header and first rows alike, tabs too") {
    const CsvSurvey tabs("id\tname\tq1\n1\tAni Lestari\t4\n2\t\t3,5\n");
    CHECK(tabs.data.column("name").text == std::vector<std::string>{"Ani Lestari", ""});
    CHECK(tabs.data.column("q1").numbers[1] == 3.5);  // tab-separated with decimal commas and no points
    CHECK(tabs.data.column("q1").text_columns == std::vector<int>{15, 4});
    const CsvSurvey points("a;b\n1.5;2\n3;4.25\n");
    CHECK(points.data.decimal == '.');
    CHECK(points.data.column("b").numbers[1] == 4.25);
    const CsvSurvey integers("a;b\n1;2\n3;4\n");
    CHECK(integers.data.decimal == ',');  // Excel's ';' goes with a decimal comma
    const CsvSurvey quoted("\"x;y\",b\n\"1;2\",3.5\n");
    CHECK(quoted.data.columns[0].name == "x;y");
    CHECK(quoted.data.column("b").numbers[0] == 3.5);
}

TEST_CASE("Survey data: a given separator and decimal mark are used as given") {
    const Scratch scratch;
    const std::string path = scratch.write("odd.csv", "a;b\n1,5;2\n");
    const SurveyData data = read_survey(path, "", CsvDialect{';', '.'});
    CHECK(data.column("a").text[0] == "1,5");
    CHECK(std::isnan(data.column("a").numbers[0]));
    CHECK(read_survey(path, "", CsvDialect{0, ','}).column("a").numbers[0] == 1.5);
}

TEST_CASE("Survey data: a CSV file that does not split says which separator it was read with and why") {
    const Scratch scratch;
    const std::string excel = jalur::testing::read_text(kExcelId);
    const InputError given = input_error([&] { read_survey(scratch.write("x.csv", excel), "", CsvDialect{',', 0}); });
    CHECK(given.where().line == 2);
    CHECK(given.detail() == "this row has 2 cells, expected 1, one per name in the header (cells separated by ',', "
                            "as given).");
    const InputError ragged = reading_error(scratch.write("ragged.csv", "a;b;c\n1;2;3\n4;5\n"));
    CHECK(ragged.where().line == 3);
    CHECK(ragged.detail() == "this row has 2 cells, expected 3, one per name in the header (cells separated by "
                             "';', assumed: no separator splits the header and first rows into equal rows).");
    const InputError quote = reading_error(scratch.write("quote.csv", "a;b\n1;2\n\"x\" y;3\n"));
    CHECK(quote.where().str() == scratch.path("quote.csv") + ":3:5");
    CHECK(quote.detail() == "text after a quoted cell, expected ';' or the end of the line (cells separated by ';', "
                            "assumed: no separator splits the header and first rows into equal rows).");
    const CsvSurvey survey("q1;q2\n4;3,5\n2;1.5\n");
    CHECK(items_error(survey.data, {"q1", "q2"}).detail() ==
          "variable q2 has '1.5', expected a number with a decimal comma (the file's decimal mark) or a missing "
          "value (empty, NA or .).");
}

TEST_CASE("Survey data: separators and decimal marks as users write them") {
    CHECK(parse_separator(",") == ',');
    CHECK(parse_separator(";") == ';');
    CHECK(parse_separator("tab") == '\t');
    CHECK(parse_separator("\t") == '\t');
    CHECK_FALSE(parse_separator("|"));
    CHECK(parse_decimal(",") == ',');
    CHECK_FALSE(parse_decimal("comma"));
    CHECK(separator_name('\t') == "tab");
    CHECK(separator_name(';') == "';'");
}

// ---- Response ranges ----

TEST_CASE("Survey data: a response range is two whole numbers joined by - or ..") {
    const auto check_range = [](const std::string& text, double low, double high) {
        CAPTURE(text);
        const auto range = parse_response_range(text);
        REQUIRE(range);
        CHECK(range->low == low);
        CHECK(range->high == high);
    };
    check_range("1-5", 1, 5);
    check_range(" 1 - 7 ", 1, 7);
    check_range("0..10", 0, 10);
    check_range(" 1 .. 4", 1, 4);
    check_range("-2-2", -2, 2);
    check_range("-3..-1", -3, -1);
}

TEST_CASE("Survey data: a response range that is not two increasing whole numbers is rejected") {
    for (const std::string text : {"", "5", "1-", "-5", "a-b", "1.5-5", "1-5.0", "1,5", "5-1", "3-3", "1...5",
                                   "1-5-7", "1 5", "1e0-5", "1234567890-1234567891"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_response_range(text));
    }
}

// `jalur items` run as a user runs it: the JSON, text and CSV reports of item validity and Cronbach's alpha, their
// numbers against psych::alpha (tests/fixtures/survey_stats/reference.json, see its README), reverse keys, scales
// from a spec's instrument: section, SPSS labels, and bad command lines and data.
#include <doctest/doctest.h>

#include <cctype>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/json_report.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/text_checks.hpp"

namespace fs = std::filesystem;
using namespace jalur::testing;
using nlohmann::json;

namespace {

const std::string kLikert = source_path("tests/fixtures/survey_stats/likert.csv");
const std::string kReference = source_path("tests/fixtures/survey_stats/reference.json");
const std::string kPatientsSav = source_path("tests/fixtures/survey/patients.sav");
const std::string kSurveyCsv = source_path("examples/servqual/survey.csv");
const std::string kSurveySav = source_path("examples/servqual/survey.sav");
const std::string kStudy = source_path("examples/servqual/study.yaml");

// "--scale NAME=a,b,c" for a reference scale.
std::string scale_option(const json& scale) {
    std::string items;
    for (const auto& item : scale["items"]) items += (items.empty() ? "" : ",") + item.get<std::string>();
    return scale["name"].get<std::string>() + "=" + items;
}

const json& reference_scale(const json& reference, const std::string& name) {
    for (const auto& scale : reference["scales"])
        if (scale["name"] == name) return scale;
    FAIL("no scale " << name << " in " << kReference);
    throw std::logic_error("unreachable");
}

// The CLI's scale report against psych::alpha's, every number within 1e-9.
void check_against_psych(const json& cli, const json& psych) {
    CAPTURE(psych["name"].get<std::string>());
    CHECK(cli["name"] == psych["name"]);
    CHECK(cli["n"] == psych["n"]);
    CHECK(cli["k"] == psych["k"]);
    CHECK(cli["alpha"].get<double>() == doctest::Approx(psych["raw_alpha"].get<double>()).epsilon(1e-9));
    CHECK(cli["alpha_std"].get<double>() == doctest::Approx(psych["std_alpha"].get<double>()).epsilon(1e-9));
    CHECK(cli["average_r"].get<double>() == doctest::Approx(psych["average_r"].get<double>()).epsilon(1e-9));
    CHECK(cli["r_critical"].get<double>() == doctest::Approx(psych["r_critical"].get<double>()).epsilon(1e-9));
    CHECK(cli["reverse"] == psych["reverse"]);
    REQUIRE(cli["items"].size() == psych["item_stats"].size());
    for (std::size_t i = 0; i < cli["items"].size(); ++i) {
        const json& item = cli["items"][i];
        const json& expected = psych["item_stats"][i];
        CAPTURE(expected["item"].get<std::string>());
        CHECK(item["item"] == expected["item"]);
        CHECK(std::abs(item["mean"].get<double>() - expected["mean"].get<double>()) < 1e-9);
        CHECK(std::abs(item["sd"].get<double>() - expected["sd"].get<double>()) < 1e-9);
        CHECK(std::abs(item["r_total"].get<double>() - expected["raw_r"].get<double>()) < 1e-9);
        CHECK(std::abs(item["r_corrected"].get<double>() - expected["r_drop"].get<double>()) < 1e-9);
        CHECK(std::abs(item["alpha_if_deleted"].get<double>() - expected["alpha_drop"].get<double>()) < 1e-9);
        CHECK(std::abs(item["r_critical"].get<double>() - psych["r_critical"].get<double>()) < 1e-9);
        CHECK(item["valid"] == expected["valid"]);
        json frequencies = json::object();
        for (std::size_t v = 0; v < expected["values"].size(); ++v)
            frequencies[std::to_string(expected["values"][v].get<int>())] = expected["counts"][v];
        CHECK(item["frequencies"] == frequencies);
    }
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::set<std::string> keys_of(const json& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items()) keys.insert(key);
    return keys;
}

// The four SERVQUAL-like scales of likert.csv as psych saw them: emp4 recoded 6 - x.
std::vector<std::string> likert_scales_args(const json& reference, const std::string& format) {
    std::vector<std::string> args{"items", kLikert, "--range", "1-5", "--reverse", "emp4", "--format", format};
    for (const char* name : {"tangibles", "reliability", "responsiveness", "empathy"})
        for (const std::string& part : {std::string("--scale"), scale_option(reference_scale(reference, name))})
            args.push_back(part);
    return args;
}

}  // namespace

TEST_CASE("jalur items: the JSON report has the documented fields for every scale and every item") {
    const json reference = read_json(kReference);
    const json report = json_report(likert_scales_args(reference, "json"));
    CHECK(keys_of(report) == std::set<std::string>{"data", "significance", "scales"});
    CHECK(report["data"] == kLikert);
    CHECK(report["significance"] == 0.05);
    REQUIRE(report["scales"].size() == 4);
    for (const json& scale : report["scales"]) {
        CAPTURE(scale.dump());
        CHECK(keys_of(scale) == std::set<std::string>{"name", "n", "k", "alpha", "alpha_std", "average_r",
                                                      "r_critical", "dropped", "reverse", "items"});
        CHECK(scale["name"].is_string());
        CHECK(scale["n"].is_number_integer());
        CHECK(scale["k"].is_number_integer());
        for (const char* key : {"alpha", "alpha_std", "average_r", "r_critical"}) CHECK(scale[key].is_number_float());
        CHECK(scale["reverse"].is_array());
        REQUIRE(scale["items"].size() == 5);
        for (const json& item : scale["items"]) {
            // CSV data carries no variable labels, so no item has a "label".
            CHECK(keys_of(item) == std::set<std::string>{"item", "mean", "sd", "r_total", "r_corrected",
                                                         "alpha_if_deleted", "r_critical", "valid", "frequencies"});
            for (const char* key : {"mean", "sd", "r_total", "r_corrected", "alpha_if_deleted", "r_critical"})
                CHECK(item[key].is_number());
            CHECK(item["valid"].is_boolean());
            CHECK(item["frequencies"].is_object());
        }
    }
    CHECK(report["scales"][0]["name"] == "tangibles");
    CHECK(report["scales"][3]["name"] == "empathy");
}

TEST_CASE("jalur items: every number of the JSON report equals psych::alpha on the same answers") {
    const json reference = read_json(kReference);
    const json report = json_report(likert_scales_args(reference, "json"));
    REQUIRE(report["scales"].size() == 4);
    for (std::size_t s = 0; s < 4; ++s)
        check_against_psych(report["scales"][s], reference_scale(reference, report["scales"][s]["name"]));

    // The same items with emp4 left as answered: the forgotten recode psych shows as a failing item.
    const json& as_answered = reference_scale(reference, "empathy_as_answered");
    const json unreversed = json_report({"items", kLikert, "--scale", scale_option(as_answered), "--format", "json"});
    REQUIRE(unreversed["scales"].size() == 1);
    check_against_psych(unreversed["scales"][0], as_answered);
}

TEST_CASE("jalur items: --reverse recodes an item as LOW + HIGH - answer before the analysis") {
    const json reference = read_json(kReference);
    const std::string empathy = scale_option(reference_scale(reference, "empathy"));
    const json reversed =
        json_report({"items", kLikert, "--scale", empathy, "--range", "1-5", "--reverse", "emp4", "--format", "json"});
    const json as_answered = json_report({"items", kLikert, "--scale", empathy, "--format", "json"});
    const json& emp4 = reversed["scales"][0]["items"][3];
    const json& emp4_as_answered = as_answered["scales"][0]["items"][3];
    REQUIRE(emp4["item"] == "emp4");
    CHECK(reversed["scales"][0]["reverse"] == json::array({"emp4"}));
    CHECK(as_answered["scales"][0]["reverse"] == json::array());
    // 6 - x: the mean mirrors around 3, the SD stays, the answer counts turn round.
    CHECK(emp4["mean"].get<double>() == doctest::Approx(6 - emp4_as_answered["mean"].get<double>()).epsilon(1e-12));
    CHECK(emp4["sd"].get<double>() == doctest::Approx(emp4_as_answered["sd"].get<double>()).epsilon(1e-12));
    for (int value = 1; value <= 5; ++value)
        CHECK(emp4["frequencies"][std::to_string(value)] == emp4_as_answered["frequencies"][std::to_string(6 - value)]);
    CHECK(emp4["valid"] == true);
    CHECK(emp4_as_answered["valid"] == false);
    CHECK(emp4_as_answered["r_total"].get<double>() < 0);
    // The other items are untouched.
    CHECK(reversed["scales"][0]["items"][0]["mean"] == as_answered["scales"][0]["items"][0]["mean"]);
    // --range 1-7 would recode to 8 - x: the range is what the recode uses.
    const json seven =
        json_report({"items", kLikert, "--scale", empathy, "--range", "1-7", "--reverse", "emp4", "--format", "json"});
    CHECK(seven["scales"][0]["items"][3]["mean"].get<double>() ==
          doctest::Approx(8 - emp4_as_answered["mean"].get<double>()).epsilon(1e-12));
}

TEST_CASE("jalur items: the text report gives each scale's alpha and marks every item valid or NOT VALID") {
    const json reference = read_json(kReference);
    const Run r = run_jalur({"items", kLikert, "--scale", scale_option(reference_scale(reference, "empathy_as_answered"))});
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    // psych: raw_alpha 0.27549, std.alpha 0.29404, average_r 0.07690; critical r at df = 318 is 0.10966.
    CHECK(contains(r.out, " Scale empathy_as_answered: 5 items, N = 320\n"));
    CHECK(contains(r.out, "Cronbach's alpha = 0.2755   standardized alpha = 0.2940   mean inter-item r = 0.0769"));
    CHECK(contains(r.out, "Critical r (df = 318, two-sided 0.05) = 0.1097"));
    // The item table's rows (the answer counts below it also start with the item, but have no decimals).
    int item_lines = 0;
    for (const std::string& line : lines_of(r.out)) {
        std::istringstream words(line);
        std::string item, mean;
        if (!(words >> item >> mean) || item.rfind("emp", 0) != 0 || !contains(mean, ".")) continue;
        ++item_lines;
        CAPTURE(line);
        if (item == "emp4") {
            CHECK(contains(line, "-0.2386"));  // psych raw.r
            CHECK(ends_with(line, "  NOT VALID"));
        } else {
            CHECK(ends_with(line, "  valid"));
        }
    }
    CHECK(item_lines == 5);
}

TEST_CASE("jalur items: the CSV report has a header and one line per item of every scale") {
    const json reference = read_json(kReference);
    const Run r = run_jalur(likert_scales_args(reference, "csv"));
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 21);
    CHECK(lines[0] == "scale,item,n,mean,sd,r_total,r_corrected,alpha_if_deleted,r_critical,valid,scale_alpha,"
                      "scale_alpha_std");
    std::size_t line = 1;
    for (const char* name : {"tangibles", "reliability", "responsiveness", "empathy"}) {
        const json& psych = reference_scale(reference, name);
        for (const json& item : psych["item_stats"]) {
            const auto fields = csv_fields(lines[line++]);
            CAPTURE(lines[line - 1]);
            REQUIRE(fields.size() == 12);
            CHECK(fields[0] == name);
            CHECK(fields[1] == item["item"]);
            CHECK(fields[2] == "320");
            // Ten significant digits.
            CHECK(std::stod(fields[3]) == doctest::Approx(item["mean"].get<double>()).epsilon(1e-9));
            CHECK(std::stod(fields[5]) == doctest::Approx(item["raw_r"].get<double>()).epsilon(1e-9));
            CHECK(std::stod(fields[6]) == doctest::Approx(item["r_drop"].get<double>()).epsilon(1e-9));
            CHECK(std::stod(fields[7]) == doctest::Approx(item["alpha_drop"].get<double>()).epsilon(1e-9));
            CHECK(fields[9] == (item["valid"].get<bool>() ? "true" : "false"));
            CHECK(std::stod(fields[10]) == doctest::Approx(psych["raw_alpha"].get<double>()).epsilon(1e-9));
        }
    }
}

TEST_CASE("jalur items: --significance 0.01 raises the critical r to the one at 1%") {
    const json reference = read_json(kReference);
    const json report = json_report({"items", kLikert, "--scale", scale_option(reference_scale(reference, "tangibles")),
                                     "--significance", "0.01", "--format", "json"});
    double expected = 0;
    for (const json& row : reference["critical_r"])
        if (row["df"] == 318 && row["significance"] == 0.01) expected = row["r"];
    REQUIRE(expected > 0.14);
    CHECK(report["significance"] == 0.01);
    CHECK(report["scales"][0]["r_critical"].get<double>() == doctest::Approx(expected).epsilon(1e-9));
    CHECK(report["scales"][0]["items"][2]["r_critical"].get<double>() == doctest::Approx(expected).epsilon(1e-9));
}

TEST_CASE("jalur items: a spec with instrument: gives the same numbers as the same scales given as options") {
    Scratch scratch;
    const std::string spec = scratch.write("items.yaml", "data:\n  file: " + kLikert +
                                                             "\ninstrument:\n"
                                                             "  range: 1-5\n"
                                                             "  scales:\n"
                                                             "    tangibles: [tan1..tan5]\n"
                                                             "    empathy:\n"
                                                             "      items: emp1..emp5\n"
                                                             "      reverse: [emp4]\n"
                                                             "    weak: [res1, res3, res5]\n");
    const json from_spec = json_report({"items", spec, "--format", "json"});
    const json from_options =
        json_report({"items", kLikert, "--scale", "tangibles=tan1..tan5", "--scale", "empathy=emp1,emp2,emp3,emp4,emp5",
                     "--scale", "weak=res1,res3,res5", "--range", "1-5", "--reverse", "emp4", "--format", "json"});
    REQUIRE(from_spec["scales"].size() == 3);
    CHECK(from_spec["scales"] == from_options["scales"]);
    const json reference = read_json(kReference);
    check_against_psych(from_spec["scales"][1], reference_scale(reference, "empathy"));
    CHECK(from_spec["scales"][2]["k"] == 3);

    // The worked example: its spec against the same scales as options on its SPSS file.
    const json example = json_report({"items", kStudy, "--format", "json"});
    const json options = json_report({"items", kSurveySav, "--scale",
                                      "quality=P_tan1,P_tan2,P_tan3,P_rel1,P_rel2,P_rel3,"
                                      "P_res1,P_res2,P_res3,P_ass1,P_ass2,P_ass3,P_emp1,P_emp2,P_emp3",
                                      "--scale", "satisfaction=sat1..sat4", "--scale", "loyalty=loy1..loy3", "--range",
                                      "1-5", "--reverse", "loy3", "--format", "json"});
    REQUIRE(example["scales"].size() == 3);
    CHECK(example["scales"] == options["scales"]);
    CHECK(example["data"] == source_path("examples/servqual/survey.sav"));
}

TEST_CASE("jalur items: the worked example's loyalty scale equals psych::alpha, with the SPSS answer labels") {
    // R 4.2.2, psych 2.2.9:
    //   d <- read.csv("examples/servqual/survey.csv"); x <- d[, c("loy1", "loy2", "loy3")]; x$loy3 <- 6 - x$loy3
    //   a <- psych::alpha(x); print(a$total, digits = 10); print(a$item.stats, digits = 10)
    //   raw_alpha 0.8614667409  std.alpha 0.8640881683  average_r 0.6794087838
    //   loy1 raw.r 0.8806026298 r.drop 0.7432335703 mean 3.442857143 sd 1.058241833
    //   loy2 raw.r 0.9152534541 r.drop 0.8025312802 mean 3.271428571 sd 1.115392029
    //   loy3 raw.r 0.8636952499 r.drop 0.6761995288 mean 3.314285714 sd 1.198342541
    const std::vector<std::string> scale{"--scale", "loyalty=loy1..loy3", "--range", "1-5", "--reverse", "loy3"};
    std::vector<std::string> sav_args{"items", kSurveySav, "--format", "json"};
    sav_args.insert(sav_args.end(), scale.begin(), scale.end());
    const json sav = json_report(sav_args);
    const json& loyalty = sav["scales"][0];
    CHECK(loyalty["alpha"].get<double>() == doctest::Approx(0.8614667409).epsilon(1e-9));
    CHECK(loyalty["alpha_std"].get<double>() == doctest::Approx(0.8640881683).epsilon(1e-9));
    CHECK(loyalty["average_r"].get<double>() == doctest::Approx(0.6794087838).epsilon(1e-9));
    const double raw_r[] = {0.8806026298, 0.9152534541, 0.8636952499};
    const double r_drop[] = {0.7432335703, 0.8025312802, 0.6761995288};
    const double mean[] = {3.442857143, 3.271428571, 3.314285714};
    const double sd[] = {1.058241833, 1.115392029, 1.198342541};
    for (std::size_t i = 0; i < 3; ++i) {
        CAPTURE(i);
        const json& item = loyalty["items"][i];
        CHECK(item["r_total"].get<double>() == doctest::Approx(raw_r[i]).epsilon(1e-9));
        CHECK(item["r_corrected"].get<double>() == doctest::Approx(r_drop[i]).epsilon(1e-9));
        CHECK(item["mean"].get<double>() == doctest::Approx(mean[i]).epsilon(1e-9));
        CHECK(item["sd"].get<double>() == doctest::Approx(sd[i]).epsilon(1e-9));
    }

    // The CSV export holds the same answers, so the same numbers; only the SPSS file has the labels.
    std::vector<std::string> csv_args{"items", kSurveyCsv, "--format", "json"};
    csv_args.insert(csv_args.end(), scale.begin(), scale.end());
    CHECK(json_report(csv_args)["scales"] == sav["scales"]);

    std::vector<std::string> sav_text{"items", kSurveySav};
    sav_text.insert(sav_text.end(), scale.begin(), scale.end());
    const Run text = run_jalur(sav_text);
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, " Answers: 1 = Sangat tidak setuju; 2 = Tidak setuju; 3 = Ragu-ragu; 4 = Setuju; "
                             "5 = Sangat setuju\n"));
    std::vector<std::string> csv_text{"items", kSurveyCsv};
    csv_text.insert(csv_text.end(), scale.begin(), scale.end());
    const Run plain = run_jalur(csv_text);
    REQUIRE(plain.status == 0);
    CHECK_FALSE(contains(plain.out, "Answers:"));
    CHECK_FALSE(contains(plain.out, "Sangat"));
}

TEST_CASE("jalur items: SPSS variable labels name the items, and missing answers leave respondents out") {
    // patients.sav: q1..q4 labelled; case 3 has q3 system-missing, case 4 has q4 = 9, a user-missing value.
    const Run text = run_jalur({"items", kPatientsSav, "--scale", "service=q1..q4"});
    CAPTURE(text.err);
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, " Scale service: 4 items, N = 6 (2 respondents with a missing answer left out)\n"));
    CHECK(contains(text.out, "Label"));
    for (const char* label : {"Perawat ramah", "Dokter menjelaskan dengan jelas", "Ruang rawat bersih",
                              "Biaya terjangkau"})
        CHECK(contains(text.out, label));
    // q4's labels include 9 = "Tidak menjawab", so the items share no answer labels to print.
    CHECK_FALSE(contains(text.out, "Answers:"));

    const json report = json_report({"items", kPatientsSav, "--scale", "service=q1..q4", "--format", "json"});
    const json& scale = report["scales"][0];
    CHECK(scale["n"] == 6);
    CHECK(scale["dropped"] == 2);
    CHECK(scale["items"][0]["label"] == "Perawat ramah");
    CHECK(scale["items"][3]["label"] == "Biaya terjangkau");
    CHECK_FALSE(scale["items"][3]["frequencies"].contains("9"));
}

TEST_CASE("jalur items: a bad command line exits with 2 and prints no report") {
    Scratch scratch;
    const std::string spec = scratch.write("s.yaml", "data: {file: " + kLikert + "}\ninstrument:\n  scales:\n"
                                                                                  "    t: [tan1..tan5]\n");
    const struct {
        std::vector<std::string> args;
        const char* message;
    } cases[] = {
        {{"items", kLikert}, "no scales: give --scale NAME=item,item,..."},
        {{"items", kLikert, "--scale", "tan1..tan5"}, "invalid --scale 'tan1..tan5', expected NAME=item,item,..."},
        {{"items", kLikert, "--scale", "t=tan1"}, "--scale t has one item, expected at least 2"},
        {{"items", kLikert, "--scale", "t=tan1..tan5", "--scale", "t=emp1..emp5"},
         "--scale t is given twice, expected each scale name once"},
        {{"items", kLikert, "--scale", "t=tan1..tan5", "--reverse", "emp4", "--range", "1-5"},
         "--reverse emp4: the item is in no --scale"},
        {{"items", kLikert, "--scale", "t=tan1..tan5", "--range", "5-1"}, "invalid --range '5-1'"},
        {{"items", kLikert, "--scale", "t=tan1..tan5", "--significance", "1.5"}, "invalid --significance '1.5'"},
        {{"items", kLikert, "--scale", "t=tan1..tan5", "--score", "median"}, "invalid --score 'median'"},
        {{"items", kLikert, "--scale", "t=tan1..tan5", "--format", "xml"}, "unknown format 'xml'"},
        {{"items", spec, "--scale", "t=tan1..tan5"}, "gives its scales under instrument:"},
        {{"items", spec, "--range", "1-5"}, "go with a data file"},
        {{"items"}, "missing data file"},
    };
    for (const auto& c : cases) {
        const Run r = run_jalur(c.args);
        CAPTURE(r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(starts_with(r.err, "jalur: error: "));
        CHECK(contains(r.err, c.message));
        CHECK(contains(r.err, "(see 'jalur help items')"));
    }
}

TEST_CASE("jalur items: bad answers exit with 3 at their line and column, and --output stays unwritten") {
    Scratch scratch;
    const std::string data = scratch.write("answers.csv", "id,a1,a2,a3\n"
                                                          "1,1,2,3\n"
                                                          "2,2,7,3\n"
                                                          "3,4,4,x\n"
                                                          "4,5,4,4\n");
    const std::string report = scratch.path("report.txt");
    const struct {
        std::vector<std::string> args;
        std::string prefix;
        const char* message;
    } cases[] = {
        {{"items", data, "--scale", "a=a1,a2", "--range", "1-5", "-o", report}, data + ":3:5: ",
         "variable a2 has 7, expected an answer from 1 to 5 (range 1-5)."},
        {{"items", data, "--scale", "a=a1,a3", "-o", report}, data + ":4:7: ",
         "variable a3 has 'x', expected a number or a missing value (empty, NA or .)."},
        {{"items", data, "--scale", "a=a1,a9", "-o", report}, "--scale a: ",
         "no variable 'a9' in the data, expected one of id, a1, a2, a3."},
        {{"items", data, "--scale", "a=a3..a1", "-o", report}, "--scale a: ", "the span a3..a1 runs backwards"},
        {{"items", data, "--scale", "a=a1,a2,a1", "-o", report}, "--scale a: ", "item a1 is listed twice"},
        {{"items", data, "--scale", "a=a1,a2", "--reverse", "a2", "-o", report}, "--scale a: ",
         "scale a has reverse-keyed items but no answer range"},
        {{"items", scratch.path("none.csv"), "--scale", "a=a1,a2", "-o", report}, scratch.path("none.csv"), ""},
    };
    for (const auto& c : cases) {
        check_refused(run_jalur(c.args), 3, c.prefix, c.message, "items");
        CHECK_FALSE(fs::exists(report));
    }
    CHECK(files_in(scratch.dir()) == std::vector<std::string>{"answers.csv"});
}

TEST_CASE("jalur items: --output writes the report that standard output gets, and a bad --output writes nothing") {
    Scratch scratch;
    const std::vector<std::string> args{"items", kLikert, "--scale", "t=tan1..tan5", "--format", "csv"};
    const Run to_stdout = run_jalur(args);
    REQUIRE(to_stdout.status == 0);
    std::vector<std::string> to_file = args;
    to_file.insert(to_file.end(), {"--output", scratch.path("items.csv")});
    const Run written = run_jalur(to_file);
    CHECK(written.status == 0);
    CHECK(written.out.empty());
    CHECK(jalur::testing::read_text(scratch.path("items.csv")) == to_stdout.out);

    std::vector<std::string> nowhere = args;
    nowhere.insert(nowhere.end(), {"--output", scratch.path("missing/items.csv")});
    const Run failed = run_jalur(nowhere);
    CHECK(failed.status == 6);
    CHECK(failed.out.empty());
    CHECK(files_in(scratch.dir()) == std::vector<std::string>{"items.csv"});
}

TEST_CASE("jalur items: help items and items --help print its usage and options") {
    jalur::testing::check_command_help("items", "Usage: jalur items DATA", {"scale", "reverse", "significance", "format", "lang", "decimal-comma"});
}

TEST_CASE("jalur items --format markdown --lang id: r hitung against r tabel, Valid or Tidak valid, Alpha Cronbach") {
    const Run r = run_jalur({"items", kStudy, "--format", "markdown", "--lang", "id"});
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    CHECK(starts_with(r.out, "# Uji validitas dan reliabilitas\n\nData: "));
    CHECK(contains(r.out, "survey.sav\n\n70 responden.\n\n## Skala quality\n\n15 butir, N = 70.\n"));
    CHECK(contains(r.out, "|   N | Jumlah butir | Alpha Cronbach | Alpha terstandar | Rerata r antarbutir |\n"));
    // APA: no leading zero for alpha and r, which cannot exceed 1; four decimals for r hitung against r tabel.
    CHECK(contains(r.out, "|  70 |           15 |           .908 |             .908 |                .398 |\n"));
    CHECK(contains(r.out, "|  No | Butir   | Rerata |   SD | r hitung | r hitung terkoreksi | r tabel |"));
    CHECK(contains(r.out, "|   1 | P\\_tan1 |   3.66 | 1.08 |    .6788 |               .6119 |   .2352 |"));
    CHECK(contains(r.out, "| Valid      |\n"));
    CHECK(contains(r.out, "*Catatan.* r tabel adalah r kritis pada df = N - 2 = 68, uji dua sisi α = .05;"));
    CHECK_FALSE(contains(r.out, "Cronbach's"));
}

TEST_CASE("jalur items: an item below the critical r is Not valid in Markdown and Tidak valid in Indonesian HTML") {
    Scratch scratch;
    // c3 is noise beside two items that agree: its item-total r (.4919) is below the critical r (.6319, df = 8).
    const std::string data = scratch.write("answers.csv", "c1,c2,c3\n1,1,3\n2,2,1\n3,3,4\n4,4,1\n5,5,5\n1,2,2\n"
                                                          "2,1,5\n4,5,3\n5,4,2\n3,3,4\n");
    const Run markdown = run_jalur({"items", data, "--scale", "s=c1,c2,c3", "--format", "markdown"});
    REQUIRE(markdown.status == 0);
    CHECK(contains(markdown.out, "|   3 | c3   | 3.00 | 1.49 |          .4919 |         .0513 |        .6319 |"));
    CHECK(contains(markdown.out, "| Not valid |"));
    const Run html = run_jalur({"items", data, "--scale", "s=c1,c2,c3", "--format", "html", "--lang", "id"});
    REQUIRE(html.status == 0);
    CHECK(starts_with(html.out, "<!DOCTYPE html>\n<html lang=\"id\">"));
    CHECK(contains(html.out, "<td>Tidak valid</td>"));
    CHECK(contains(html.out, "<th>r tabel</th>"));
    CHECK(contains(html.out, "</body>\n</html>\n"));
}

TEST_CASE("jalur items --decimal-comma: 0,9075 in text, Markdown and HTML, and the same table widths") {
    const Run point = run_jalur({"items", kStudy});
    const Run comma = run_jalur({"items", kStudy, "--decimal-comma"});
    REQUIRE(point.status == 0);
    REQUIRE(comma.status == 0);
    CHECK(contains(comma.out, "Cronbach's alpha = 0,9075   standardized alpha = 0,9084   mean inter-item r = 0,3979\n"));
    CHECK(contains(comma.out, "(df = 68, two-sided 0,05) = 0,2352"));
    std::string expected = point.out;
    for (std::size_t at = 0; (at = expected.find('.', at)) != std::string::npos; ++at)
        if (at > 0 && at + 1 < expected.size() && std::isdigit(static_cast<unsigned char>(expected[at - 1])) &&
            std::isdigit(static_cast<unsigned char>(expected[at + 1])))
            expected[at] = ',';
    CHECK(comma.out == expected);  // only the decimal marks differ
    const Run markdown = run_jalur({"items", kStudy, "--format", "markdown", "--lang", "id", "--decimal-comma"});
    REQUIRE(markdown.status == 0);
    // Under a comma APA's dropped zero comes back: ",908" is no number a reader knows.
    CHECK(contains(markdown.out, "|  70 |           15 |          0,908 |            0,908 |               0,398 |"));
    CHECK(contains(markdown.out, "uji dua sisi α = 0,05;"));
}

TEST_CASE("jalur items: --lang and --decimal-comma with JSON or CSV, or an unknown language, exit with 2 and print "
          "nothing") {
    const std::vector<std::vector<std::string>> cases{
        {"--format", "json", "--lang", "id"},
        {"--format", "csv", "--lang", "en"},
        {"--format", "json", "--decimal-comma"},
        {"--format", "csv", "--decimal-comma"},
        {"--lang", "jv"},
    };
    const std::vector<std::string> messages{
        "--lang is for the text, markdown and html reports; json and csv keep their English field names",
        "--lang is for the text, markdown and html reports; json and csv keep their English field names",
        "--decimal-comma is for the text, markdown and html reports; json and csv keep the decimal point",
        "--decimal-comma is for the text, markdown and html reports; json and csv keep the decimal point",
        "unknown language 'jv', expected en (English) or id (Indonesian)",
    };
    for (std::size_t k = 0; k < cases.size(); ++k) {
        std::vector<std::string> args{"items", kStudy};
        args.insert(args.end(), cases[k].begin(), cases[k].end());
        const Run r = run_jalur(args);
        CAPTURE(r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, messages[k]));
    }
}

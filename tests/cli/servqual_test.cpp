// `jalur servqual` run as a user runs it: the RSUD Mitra acceptance check (tests/fixtures/servqual, docs/servqual.md
// "Reproducing RSUD Mitra"), the thesis's swapped reading through --pair, the plot and score files, dimensions
// from --dimension, and bad input, after which no report, plot or score file may exist.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/servqual_dimension_hint.hpp"
#include "support/fixtures.hpp"
#include "support/json_report.hpp"
#include "support/png_header.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/text_checks.hpp"

namespace fs = std::filesystem;
using namespace jalur::testing;
using nlohmann::json;

namespace {

const std::string kMitra = source_path("tests/fixtures/servqual/servqual_mitra.csv");
const std::string kSurvey = source_path("examples/servqual/survey.csv");
const char* const kDimensions[] = {"tangibles", "reliability", "responsiveness", "assurance", "empathy"};

// docs/servqual.md: the column means of Tables 4.4 (P_*) and 4.5 (E_*) as printed.
const double kPerception[] = {4.202429, 4.311857, 4.254286, 4.307143, 4.264286};
const double kExpectation[] = {3.836, 3.691857, 3.817143, 3.942857, 3.75};

// The worked example's five dimensions of three attributes each, given as spans.
std::vector<std::string> survey_dimensions() {
    return {"--dimension", "tangibles=tan1..tan3",       "--dimension", "reliability=rel1..rel3",
            "--dimension", "responsiveness=res1..res3", "--dimension", "assurance=ass1,ass2,ass3",
            "--dimension", "empathy=emp1..emp3"};
}

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

}  // namespace

TEST_CASE("jalur servqual: the RSUD Mitra dimensions fall in the thesis's quadrants") {
    const json report = json_report({"servqual", kMitra, "--format", "json"});
    CHECK(report["n"] == 70);
    CHECK(report["dropped"] == 0);
    REQUIRE(report["dimensions"].size() == 5);
    REQUIRE(report["items"].size() == 5);
    // P_<attr> pairs with E_<attr> in file order, and without --dimension each attribute is its own dimension.
    const int quadrant[] = {1, 4, 1, 2, 3};
    const int rank[] = {2, 5, 3, 1, 4};
    for (std::size_t d = 0; d < 5; ++d) {
        CAPTURE(kDimensions[d]);
        const json& dimension = report["dimensions"][d];
        CHECK(dimension["dimension"] == kDimensions[d]);
        CHECK(std::abs(dimension["perception"].get<double>() - kPerception[d]) < 1e-6);
        CHECK(std::abs(dimension["expectation"].get<double>() - kExpectation[d]) < 1e-6);
        CHECK(std::abs(dimension["gap"].get<double>() - (kPerception[d] - kExpectation[d])) < 2e-6);
        CHECK(dimension["gap"].get<double>() > 0);
        CHECK(dimension["quadrant"] == quadrant[d]);
        CHECK(dimension["rank"] == rank[d]);
        const json& item = report["items"][d];
        CHECK(item["item"] == kDimensions[d]);
        CHECK(item["dimension"] == kDimensions[d]);
        CHECK(item["perception_column"] == std::string("P_") + kDimensions[d]);
        CHECK(item["expectation_column"] == std::string("E_") + kDimensions[d]);
        CHECK(item["perception"] == dimension["perception"]);
        CHECK(item["quadrant"] == dimension["quadrant"]);
    }
    // The splits are the means of the five (docs/servqual.md: 4.2680 and 3.8076).
    CHECK(std::abs(report["dimension_split"]["perception"].get<double>() - 4.268) < 1e-6);
    CHECK(std::abs(report["dimension_split"]["expectation"].get<double>() - 3.8075714) < 1e-6);
    CHECK(report["item_split"] == report["dimension_split"]);
}

TEST_CASE("jalur servqual: the text report names each quadrant's members as section 5.4 of the thesis does") {
    const Run r = run_jalur({"servqual", kMitra});
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, " Data " + kMitra + " (70 respondents)\n"));
    // The five dimension scores are the attributes (no --dimension): their table and quadrants are the attributes'.
    CHECK(contains(r.out, " Attributes, split at the means x = 3.808, y = 4.268\n"
                          "   I   top priority           tangibles, responsiveness\n"
                          "   II  keep up the good work  assurance\n"
                          "   III low priority           empathy\n"
                          "   IV  possible overkill      reliability\n"));
    // Ranked from the most negative gap: assurance +0.364 first, reliability +0.620 last.
    CHECK(contains(r.out, "      1  assurance       assurance            4.307        3.943  0.364        II\n"));
    CHECK(contains(r.out, "      5  reliability     reliability          4.312        3.692  0.620        IV\n"));
}

TEST_CASE("jalur servqual: without --dimension the text report says that dimensions were not given, no copy of "
          "the attribute table") {
    const Run r = run_jalur({"servqual", kMitra});
    REQUIRE(r.status == 0);
    CHECK(!contains(r.out, " Dimensions (means"));
    CHECK(!contains(r.out, " Dimensions, split at"));
    CHECK(contains(r.out, " Dimensions: not given (--dimension NAME=ATTRS), so each attribute is its own dimension"));
    // Names without item numbers suggest nothing.
    CHECK(!contains(r.out, "suggest"));
    // The JSON report, for programs, keeps its dimensions (each attribute one).
    CHECK(json_report({"servqual", kMitra, "--format", "json"})["dimensions"].size() == 5);
}

TEST_CASE("jalur servqual: without --dimension, numbered attribute names suggest the --dimension options, which run") {
    const Run r = run_jalur({"servqual", kSurvey, "--range", "1-5"});
    REQUIRE(r.status == 0);
    const std::string suggested =
        "--dimension tan=tan1..tan3 --dimension rel=rel1..rel3 --dimension res=res1..res3 --dimension ass=ass1..ass3 "
        "--dimension emp=emp1..emp3";
    CHECK(contains(r.out, " The attribute names suggest these dimensions:\n   " + suggested + "\n"));
    std::vector<std::string> args{"servqual", kSurvey, "--range", "1-5"};
    for (std::size_t at = 0, end; at != std::string::npos; at = end == std::string::npos ? end : end + 1) {
        end = suggested.find(' ', at);
        args.push_back(suggested.substr(at, end == std::string::npos ? end : end - at));
    }
    args.insert(args.end(), {"--format", "json"});
    const json grouped = json_report(args);
    REQUIRE(grouped["dimensions"].size() == 5);
    CHECK(grouped["dimensions"][0]["dimension"] == "tan");
    CHECK(grouped["dimensions"][4]["dimension"] == "emp");
}

TEST_CASE("jalur servqual: a dimension is suggested only from numbered names that stand together") {
    using jalur::cli::suggested_dimension_options;
    CHECK(suggested_dimension_options({"tan1", "tan2", "rel1", "rel2"}) ==
          "--dimension tan=tan1..tan2 --dimension rel=rel1..rel2");
    CHECK(suggested_dimension_options({"q_1", "q_2", "r_1"}) == "--dimension q=q_1..q_2 --dimension r=r_1");
    CHECK(suggested_dimension_options({"tan1", "rel1", "tan2"}).empty());      // a stem comes back
    CHECK(suggested_dimension_options({"tan1", "tan2", "clean"}).empty());     // a name without a number
    CHECK(suggested_dimension_options({"tan1", "tan2", "tan3"}).empty());      // one stem: one dimension
    CHECK(suggested_dimension_options({"a1", "b1", "c1"}).empty());            // every stem once
    CHECK(suggested_dimension_options({"1", "2"}).empty());                    // numbers without a stem
}

TEST_CASE("jalur servqual: the CSV report has one line per attribute and per dimension") {
    const Run r = run_jalur({"servqual", kMitra, "--format", "csv"});
    REQUIRE(r.status == 0);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 11);
    CHECK(lines[0] == "level,name,dimension,perception,expectation,gap,quadrant,rank");
    for (std::size_t d = 0; d < 5; ++d) {
        const auto attribute = csv_fields(lines[1 + d]);
        const auto dimension = csv_fields(lines[6 + d]);
        REQUIRE(attribute.size() == 8);
        REQUIRE(dimension.size() == 8);
        CHECK(attribute[0] == "attribute");
        CHECK(dimension[0] == "dimension");
        CHECK(attribute[1] == kDimensions[d]);
        CHECK(std::abs(std::stod(dimension[3]) - kPerception[d]) < 1e-6);
        CHECK(std::abs(std::stod(dimension[4]) - kExpectation[d]) < 1e-6);
    }
}

TEST_CASE("jalur servqual: the thesis's reading, perception and expectation swapped by --pair, gives negative gaps") {
    std::vector<std::string> args{"servqual", kMitra, "--format", "json"};
    for (const char* d : kDimensions)
        args.insert(args.end(), {"--pair", std::string("name=") + d + ",P=E_" + d + ",E=P_" + d});
    const json report = json_report(args);
    // docs/servqual.md: gaps -0.37, -0.62, -0.44, -0.36, -0.51; ranks 4, 1, 3, 5, 2; quadrants IV, I, IV, II, III.
    const int quadrant[] = {4, 1, 4, 2, 3};
    const int rank[] = {4, 1, 3, 5, 2};
    REQUIRE(report["dimensions"].size() == 5);
    for (std::size_t d = 0; d < 5; ++d) {
        CAPTURE(kDimensions[d]);
        const json& dimension = report["dimensions"][d];
        CHECK(dimension["dimension"] == kDimensions[d]);
        CHECK(std::abs(dimension["perception"].get<double>() - kExpectation[d]) < 1e-6);
        CHECK(std::abs(dimension["expectation"].get<double>() - kPerception[d]) < 1e-6);
        CHECK(std::abs(dimension["gap"].get<double>() + (kPerception[d] - kExpectation[d])) < 2e-6);
        CHECK(dimension["gap"].get<double>() < 0);
        CHECK(dimension["quadrant"] == quadrant[d]);
        CHECK(dimension["rank"] == rank[d]);
        CHECK(report["items"][d]["perception_column"] == std::string("E_") + kDimensions[d]);
    }
}

TEST_CASE("jalur servqual: --pair without a name takes the attribute from the P column, and picks only those pairs") {
    const json report = json_report({"servqual", kMitra, "--pair", "P=P_empathy,E=E_empathy", "--pair",
                                     "E=E_tangibles, P=P_tangibles", "--format", "json"});
    REQUIRE(report["items"].size() == 2);
    CHECK(report["items"][0]["item"] == "empathy");
    CHECK(report["items"][1]["item"] == "tangibles");
    CHECK(std::abs(report["items"][1]["perception"].get<double>() - kPerception[0]) < 1e-6);
    CHECK(std::abs(report["items"][1]["expectation"].get<double>() - kExpectation[0]) < 1e-6);
}

TEST_CASE("jalur servqual: --dimension groups attributes, given one by one or as spans") {
    const json report =
        json_report(with({"servqual", kSurvey, "--range", "1-5", "--format", "json"}, survey_dimensions()));
    // survey.csv: 70 respondents, E_emp2 missing for one.
    CHECK(report["n"] == 69);
    CHECK(report["dropped"] == 1);
    REQUIRE(report["items"].size() == 15);
    REQUIRE(report["dimensions"].size() == 5);
    for (std::size_t d = 0; d < 5; ++d) {
        CAPTURE(kDimensions[d]);
        const json& dimension = report["dimensions"][d];
        CHECK(dimension["dimension"] == kDimensions[d]);
        // With complete answers a dimension's mean score is the mean of its attributes' means.
        double perception = 0, expectation = 0;
        for (std::size_t a = 3 * d; a < 3 * d + 3; ++a) {
            const json& item = report["items"][a];
            CHECK(item["dimension"] == kDimensions[d]);
            CHECK(item["perception_column"].get<std::string>().substr(0, 5) ==
                  "P_" + std::string(kDimensions[d]).substr(0, 3));
            perception += item["perception"].get<double>() / 3;
            expectation += item["expectation"].get<double>() / 3;
        }
        CHECK(dimension["perception"].get<double>() == doctest::Approx(perception).epsilon(1e-12));
        CHECK(dimension["expectation"].get<double>() == doctest::Approx(expectation).epsilon(1e-12));
    }
    CHECK(report["items"][9]["item"] == "ass1");
    CHECK(report["items"][9]["dimension"] == "assurance");

    // Spans follow the order of the pairs: rel1..res3 is six attributes.
    const json two = json_report({"servqual", kSurvey, "--format", "json", "--dimension",
                                  "front=tan1..tan3,ass1..emp3", "--dimension", "care=rel1..res3"});
    REQUIRE(two["dimensions"].size() == 2);
    CHECK(two["dimensions"][0]["dimension"] == "front");
    CHECK(two["dimensions"][1]["dimension"] == "care");
    int in_care = 0;
    for (const json& item : two["items"]) in_care += item["dimension"] == "care";
    CHECK(in_care == 6);
}

TEST_CASE("jalur servqual: --plot and --plot-dimensions write SVG documents of the attributes and the dimensions") {
    Scratch scratch;
    const std::string attributes = scratch.path("attributes.svg");
    const std::string dimensions = scratch.path("dimensions.svg");
    const Run r = run_jalur(
        with({"servqual", kSurvey, "--plot", attributes, "--plot-dimensions", dimensions}, survey_dimensions()));
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "jalur servqual"));  // the report still goes to standard output
    for (const std::string& file : {attributes, dimensions}) {
        CAPTURE(file);
        const std::string svg = read_text(file);
        CHECK(starts_with(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        CHECK(svg.size() >= 7);
        CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
        for (const char* d : kDimensions) CHECK(contains(svg, std::string(">") + d + "<"));  // the legend
    }
    const std::string attribute_plot = read_text(attributes);
    const std::string dimension_plot = read_text(dimensions);
    CHECK(contains(attribute_plot, "<title>Importance-performance: attributes</title>"));
    CHECK(contains(dimension_plot, "<title>Importance-performance: dimensions</title>"));
    CHECK(contains(attribute_plot, ">tan1<"));
    CHECK(contains(attribute_plot, ">emp3<"));
    CHECK_FALSE(contains(dimension_plot, "tan1"));
    CHECK(files_in(scratch.dir()) == std::vector<std::string>{"attributes.svg", "dimensions.svg"});
}

TEST_CASE("jalur servqual: --scores writes each respondent's dimension scores, one line per respondent") {
    Scratch scratch;
    const std::string scores = scratch.path("scores.csv");
    const Run r = run_jalur({"servqual", kMitra, "--scores", scores, "--format", "json"});
    REQUIRE(r.status == 0);
    const auto lines = lines_of(read_text(scores));
    REQUIRE(lines.size() == 71);
    CHECK(lines[0] == "row,P_tangibles,P_reliability,P_responsiveness,P_assurance,P_empathy,E_tangibles,"
                      "E_reliability,E_responsiveness,E_assurance,E_empathy,gap_tangibles,gap_reliability,"
                      "gap_responsiveness,gap_assurance,gap_empathy");
    // Respondent 1 (line 2): P 4.14, 5, 4.6, 5, 4.5; E 3.71, 3, 3.4, 3, 4.5.
    const auto first = csv_fields(lines[1]);
    REQUIRE(first.size() == 16);
    CHECK(first[0] == "2");
    CHECK(std::stod(first[1]) == 4.14);
    CHECK(std::stod(first[6]) == 3.71);
    CHECK(std::abs(std::stod(first[11]) - 0.43) < 1e-9);
    CHECK(std::abs(std::stod(first[12]) - 2) < 1e-9);
    CHECK(std::stod(first[15]) == 0);
    CHECK(csv_fields(lines[70])[0] == "71");

    // Respondents with a missing answer have no line: survey.csv line 53 has no E_emp2.
    const std::string grouped = scratch.path("grouped.csv");
    REQUIRE(run_jalur(with({"servqual", kSurvey, "--scores", grouped}, survey_dimensions())).status == 0);
    const auto rows = lines_of(read_text(grouped));
    REQUIRE(rows.size() == 70);
    CHECK(rows[0] == "row,P_tangibles,P_reliability,P_responsiveness,P_assurance,P_empathy,E_tangibles,"
                     "E_reliability,E_responsiveness,E_assurance,E_empathy,gap_tangibles,gap_reliability,"
                     "gap_responsiveness,gap_assurance,gap_empathy");
    CHECK(csv_fields(rows[51])[0] == "52");
    CHECK(csv_fields(rows[52])[0] == "54");
    // Respondent 1: P_tan1..3 = 4, 3, 4 and E_tan1..3 = 4, 5, 4.
    const auto one = csv_fields(rows[1]);
    CHECK(std::stod(one[1]) == doctest::Approx(11.0 / 3).epsilon(1e-9));
    CHECK(std::stod(one[6]) == doctest::Approx(13.0 / 3).epsilon(1e-9));
    CHECK(std::stod(one[11]) == doctest::Approx(-2.0 / 3).epsilon(1e-9));
}

TEST_CASE("jalur servqual: bad input exits with 2 or 3, says what is wrong, and writes no report, plot or scores") {
    Scratch scratch;
    const std::string unpaired = scratch.write("unpaired.csv", "P_a,E_a,P_b\n1,2,3\n2,3,4\n3,4,5\n");
    const std::string unpaired_e = scratch.write("unpaired_e.csv", "P_a,E_a,E_b\n1,2,3\n2,3,4\n3,4,5\n");
    const std::string no_pairs = scratch.write("no_pairs.csv", "a,b\n1,2\n2,3\n3,4\n");
    const struct {
        const char* what;
        std::vector<std::string> args;
        int status;
        std::string prefix;  // after "jalur: error: "
        std::string message;
    } cases[] = {
        {"a P_ column without its E_ column", {unpaired}, 3, unpaired + ": ",
         "column P_b has no expectation column E_b, expected P_<attribute> and E_<attribute> in pairs (or --pair)."},
        {"an E_ column without its P_ column", {unpaired_e}, 3, unpaired_e + ": ",
         "column E_b has no perception column P_b"},
        {"no pairs at all", {no_pairs}, 3, no_pairs + ": ", "no columns P_<attribute> and E_<attribute>"},
        {"an unknown attribute in --dimension",
         {kMitra, "--dimension", "a=tangibles..responsiveness", "--dimension", "b=assurance,empathy,kindness"}, 2,
         "", "--dimension b: no attribute 'kindness'"},
        {"an attribute in two dimensions",
         {kMitra, "--dimension", "a=tangibles..responsiveness", "--dimension", "b=assurance,empathy,reliability"}, 2,
         "", "attribute reliability is in two dimensions (a and b)"},
        {"an attribute in no dimension", {kMitra, "--dimension", "a=tangibles..responsiveness", "--dimension",
                                          "b=assurance"},
         2, "", "attribute empathy is in no --dimension"},
        {"a backwards span in --dimension", {kMitra, "--dimension", "a=empathy..tangibles"}, 2, "",
         "--dimension a: the span empathy..tangibles runs backwards"},
        {"a --dimension without a name", {kMitra, "--dimension", "tangibles"}, 2, "", "invalid --dimension 'tangibles'"},
        {"a --pair without E", {kMitra, "--pair", "P=P_tangibles"}, 2, "",
         "--pair 'P=P_tangibles' needs both P=COLUMN and E=COLUMN"},
        {"a --pair with an unknown key", {kMitra, "--pair", "P=P_tangibles,E=E_tangibles,Q=x"}, 2, "",
         "invalid --pair 'P=P_tangibles,E=E_tangibles,Q=x'"},
        {"a --pair that is not KEY=COLUMN", {kMitra, "--pair", "P_tangibles,E_tangibles"}, 2, "",
         "invalid --pair 'P_tangibles,E_tangibles'"},
        {"a --pair naming P twice", {kMitra, "--pair", "P=P_tangibles,P=P_empathy,E=E_tangibles"}, 2, "",
         "invalid --pair"},
        {"two --pair options for one attribute",
         {kMitra, "--pair", "name=t,P=P_tangibles,E=E_tangibles", "--pair", "name=t,P=P_empathy,E=E_empathy"}, 2, "",
         "attribute t is given by two --pair options"},
        {"a --pair with an empty name", {kMitra, "--pair", "name=,P=P_tangibles,E=E_tangibles"}, 2, "",
         "gives the attribute no name"},
        {"a --pair naming a column the data lacks", {kMitra, "--pair", "P=P_tangibles,E=E_kindness"}, 3, kMitra + ": ",
         "no variable 'E_kindness' in the data"},
        {"an answer outside --range", {kMitra, "--range", "1-4"}, 3, kMitra + ":2:3: ",
         "variable P_tangibles has 4.14, expected an answer from 1 to 4 (range 1-4)."},
        {"an answer outside --range among spans", with({kSurvey, "--range", "2-5"}, survey_dimensions()), 3,
         kSurvey + ":", "expected an answer from 2 to 5 (range 2-5)."},
        {"a malformed --range", {kMitra, "--range", "five"}, 2, "", "invalid --range 'five'"},
    };
    for (const auto& c : cases) {
        CAPTURE(std::string(c.what));
        std::vector<std::string> args{"servqual"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        args.insert(args.end(), {"--plot", scratch.path("a.svg"), "--plot-dimensions", scratch.path("d.svg"),
                                 "--scores", scratch.path("s.csv"), "--output", scratch.path("report.txt")});
        check_refused(run_jalur(args), c.status, c.prefix, c.message, "servqual");
        CHECK(files_in(scratch.dir()) == std::vector<std::string>{"no_pairs.csv", "unpaired.csv", "unpaired_e.csv"});
    }
}

TEST_CASE("jalur servqual: a file that cannot be written exits with 6 and leaves none of the others behind") {
    Scratch scratch;
    fs::create_directory(scratch.dir() / "taken");
    const std::string plot = scratch.path("plot.svg");
    const std::string scores = scratch.path("scores.csv");
    const std::string report = scratch.path("report.txt");
    const std::vector<std::vector<std::string>> cases{
        {"--plot", plot, "--scores", scratch.path("missing/scores.csv")},
        {"--plot", plot, "--scores", scores, "--plot-dimensions", scratch.path("taken")},
        {"--plot", plot, "--scores", scores, "--output", scratch.path("missing/report.txt")},
        {"--plot", plot, "--scores", scores, "--output", scratch.path("taken")},
    };
    for (const auto& files : cases) {
        CAPTURE(files.back());
        const Run r = run_jalur(with({"servqual", kMitra}, files));
        CAPTURE(r.err);
        CHECK(r.status == 6);
        CHECK(r.out.empty());
        CHECK(starts_with(r.err, "jalur: error: cannot write " + files.back() + ": "));
        CHECK(files_in(scratch.dir()) == std::vector<std::string>{"taken"});
        CHECK(files_in(scratch.dir() / "taken").empty());
    }
    // And all of them when every one can be written.
    const Run r = run_jalur({"servqual", kMitra, "--plot", plot, "--scores", scores, "--output", report});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(files_in(scratch.dir()) == std::vector<std::string>{"plot.svg", "report.txt", "scores.csv", "taken"});
    CHECK(starts_with(read_text(report), " jalur servqual"));
}

TEST_CASE("jalur servqual: help servqual and servqual --help print its usage and options") {
    jalur::testing::check_command_help("servqual", "Usage: jalur servqual DATA", {"pair", "dimension", "plot-dimensions", "scores", "lang", "decimal-comma"});
}

TEST_CASE("jalur servqual: a plot file named for another format than SVG or PNG is refused with exit 2 and nothing "
          "written") {
    Scratch scratch;
    for (const char* option : {"--plot", "--plot-dimensions"}) {
        const std::string pdf = scratch.path("quadrants.pdf");
        const Run r = run_jalur({"servqual", kMitra, option, pdf, "--output", scratch.path("report.txt")});
        CAPTURE(r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, std::string(option) + " " + pdf +
                                  ": the plot is drawn as SVG or PNG, expected a file name ending in .svg or .png"));
        CHECK(files_in(scratch.dir()).empty());
    }
}

TEST_CASE("jalur servqual: --plot FILE.png writes the plot as a PNG picture twice the SVG's size") {
    Scratch scratch;
    const std::string png = scratch.path("quadrants.png"), svg = scratch.path("quadrants.svg");
    const Run r = run_jalur({"servqual", kMitra, "--plot", png, "--plot-dimensions", svg, "--output",
                             scratch.path("report.txt")});
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    const std::string bytes = read_text(png);
    CHECK(has_png_signature(bytes));
    const std::string drawing = read_text(svg);
    const auto size = [&](const char* name) {
        const std::size_t at = drawing.find(std::string(name) + "=\"", drawing.find("<svg"));
        return static_cast<unsigned long>(std::ceil(2 * std::stod(drawing.substr(at + std::string(name).size() + 2))));
    };
    CHECK(png_size(bytes) == std::pair<unsigned long, unsigned long>(size("width"), size("height")));
}

TEST_CASE("jalur servqual --lang id: the quadrants as Indonesian theses name them, in text, Markdown and HTML") {
    const std::vector<std::string> args = with({"servqual", kSurvey, "--range", "1-5", "--lang", "id"}, survey_dimensions());
    const Run text = run_jalur(args);
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, "   I   Prioritas Utama        rel1, res1, emp1, res2\n"));
    CHECK(contains(text.out, "   II  Pertahankan Prestasi   rel2, tan3, ass2\n"));
    CHECK(contains(text.out, "   III Prioritas Rendah       ass3, tan2\n"));
    CHECK(contains(text.out, "   IV  Berlebihan             emp2, rel3, ass1, tan1, res3, emp3\n"));
    CHECK(contains(text.out, "Peringkat  Atribut  Dimensi         Persepsi  Harapan     Gap  Kuadran"));
    const Run markdown = run_jalur(with(args, {"--format", "markdown"}));
    REQUIRE(markdown.status == 0);
    CHECK(starts_with(markdown.out, "# Kesenjangan SERVQUAL dan analisis diagram kartesius\n"));
    CHECK(contains(markdown.out, "| I       | Prioritas Utama      | rel1, res1, emp1, res2             |"));
    CHECK(contains(markdown.out, "| IV      | Berlebihan           | tangibles, assurance, empathy |"));
    const Run html = run_jalur(with(args, {"--format", "html"}));
    REQUIRE(html.status == 0);
    CHECK(starts_with(html.out, "<!DOCTYPE html>\n<html lang=\"id\">"));
    // Self-contained: both plots inline, nothing loaded from elsewhere.
    std::size_t plots = 0;
    for (auto at = html.out.find("<figure><svg"); at != std::string::npos; at = html.out.find("<figure><svg", at + 1))
        ++plots;
    CHECK(plots == 2);
    CHECK(contains(html.out, ">I Prioritas Utama</text>"));
    CHECK(contains(html.out, ">Harapan (kepentingan)</text>"));
    CHECK_FALSE(contains(html.out, "<?xml"));
    CHECK_FALSE(contains(html.out, "src="));
    CHECK_FALSE(contains(html.out, "href="));
}

TEST_CASE("jalur servqual --decimal-comma: the report and the plot print 0,116 while the scores file keeps the point") {
    Scratch scratch;
    const std::string plot = scratch.path("plot.svg"), scores = scratch.path("scores.csv");
    const Run r = run_jalur(with({"servqual", kSurvey, "--range", "1-5", "--decimal-comma", "--plot", plot, "--scores",
                                  scores},
                                 survey_dimensions()));
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "  0,116        IV\n"));
    CHECK_FALSE(contains(r.out, "0.116"));
    // The numbers people read take the comma, the coordinates keep the point.
    const std::string svg = read_text(plot);
    CHECK(contains(svg, "emp3: expectation 3,70, perception 3,81, gap 0,12, quadrant IV"));
    const std::size_t cx = svg.find("cx=\"") + 4;
    CHECK(svg.substr(cx, svg.find('"', cx) - cx).find('.') != std::string::npos);
    CHECK(contains(lines_of(read_text(scores))[1], "2,3.666666667,3.666666667,3,3,3,4.333333333,"));
}

TEST_CASE("jalur servqual: --lang and --decimal-comma with JSON or CSV are usage errors, with nothing written") {
    Scratch scratch;
    for (const char* format : {"json", "csv"})
        for (const std::vector<std::string>& option :
             std::vector<std::vector<std::string>>{{"--lang", "id"}, {"--decimal-comma"}}) {
            CAPTURE(format);
            CAPTURE(option[0]);
            const std::string plot = scratch.path("plot.svg");
            const Run r = run_jalur(with({"servqual", kMitra, "--format", format, "--plot", plot}, option));
            CHECK(r.status == 2);
            CHECK(r.out.empty());
            CHECK(contains(r.err, option[0] + " is for the text, markdown and html reports"));
            CHECK(files_in(scratch.dir()).empty());
        }
}

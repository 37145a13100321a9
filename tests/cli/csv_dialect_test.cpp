// --sep and --decimal on every command that reads CSV data, and the dialect detected without them: Excel's
// Indonesian CSV (';' between cells, a decimal comma) gives the numbers of the comma version.
#include <doctest/doctest.h>

#include <string>

#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using jalur::testing::read_text;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;

namespace {

const std::string kFixtures = JALUR_SOURCE_DIR "/tests/fixtures/";
const std::string kHsLav = kFixtures + "specs/hs_cfa.lav";
const std::string kHsData = kFixtures + "specs/HolzingerSwineford1939.csv";
const std::string kPatients = kFixtures + "survey/patients.csv";
const std::string kPatientsExcel = kFixtures + "survey/patients_excel_id.csv";

// The CSV text as Excel saves it in a decimal-comma locale: ';' between cells, ',' in numbers.
std::string excel_indonesian(const std::string& csv) {
    std::string out = csv;
    for (char& c : out) c = c == ',' ? ';' : c == '.' ? ',' : c;
    return out;
}

void check_same_run(const Run& a, const Run& b) {
    CAPTURE(a.err);
    CAPTURE(b.err);
    CHECK(a.status == 0);
    CHECK(b.status == 0);
    CHECK(a.out == b.out);
}

}  // namespace

TEST_CASE("CSV dialect: fit MODEL.lav --data with semicolons and decimal commas estimates what the comma file does") {
    Scratch scratch;
    const std::string excel = scratch.write("hs.csv", excel_indonesian(read_text(kHsData)));
    // The JSON names the data file: the same name in another folder keeps the reports comparable.
    Scratch other;
    const std::string copy = other.write("hs.csv", read_text(kHsData));
    check_same_run(run_jalur({"fit", kHsLav, "--data", copy, "--format", "json", "--quiet"}),
                   run_jalur({"fit", kHsLav, "--data", excel, "--format", "json", "--quiet"}));
    check_same_run(run_jalur({"fit", kHsLav, "--data", copy, "--format", "csv", "--quiet"}),
                   run_jalur({"fit", kHsLav, "--data", excel, "--sep", ";", "--decimal", ",", "--format", "csv",
                              "--quiet"}));
}

TEST_CASE("CSV dialect: items, scores and crosstab read the Indonesian Excel fixture as the comma version") {
    const std::vector<std::vector<std::string>> commands = {
        {"items", "--scale", "s=q1..q4", "--format", "csv"},
        {"scores", "--scale", "s=q1..q4"},
        {"crosstab", "--rows", "gender", "--cols", "education", "--format", "csv"},
    };
    for (const auto& command : commands) {
        CAPTURE(command[0]);
        const auto with = [&](const std::string& data, std::vector<std::string> extra) {
            std::vector<std::string> args = {command[0], data};
            args.insert(args.end(), command.begin() + 1, command.end());
            args.insert(args.end(), extra.begin(), extra.end());
            Run run = run_jalur(args);
            // Reports that name their data file name it as given.
            for (std::size_t at; (at = run.out.find(data)) != std::string::npos;) run.out.replace(at, data.size(), "DATA");
            return run;
        };
        check_same_run(with(kPatients, {}), with(kPatientsExcel, {}));
        check_same_run(with(kPatients, {}), with(kPatientsExcel, {"--sep", ";", "--decimal", ","}));
    }
}

TEST_CASE("CSV dialect: the separator and decimal options are refused with a bad value, a spec or an SPSS file") {
    const struct {
        std::vector<std::string> args;
        std::string message;
    } cases[] = {
        {{"crosstab", kPatients, "--rows", "q1", "--cols", "q2", "--sep", "|"}, "invalid --sep '|', expected , or ; or tab"},
        {{"items", kPatients, "--scale", "s=q1..q4", "--decimal", "comma"}, "invalid --decimal 'comma', expected . or ,"},
        {{"fit", kFixtures + "specs/raw_small.yaml", "--sep", ";"},
         "the spec " + kFixtures + "specs/raw_small.yaml gives them under data: (separator: and decimal:)"},
        {{"crosstab", kFixtures + "survey/patients.sav", "--rows", "q1", "--cols", "q2", "--decimal", ","},
         "--sep and --decimal are for CSV files"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.args[0]);
        const Run r = run_jalur(c.args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
    }
}

TEST_CASE("CSV dialect: every command that reads CSV data lists --sep and --decimal in its help") {
    for (const char* command : {"fit", "diagram", "items", "scores", "crosstab", "servqual"}) {
        CAPTURE(command);
        const Run help = run_jalur({"help", command});
        CHECK(help.status == 0);
        CHECK(help.out.find("  --sep SEP ") != std::string::npos);
        CHECK(help.out.find("  --decimal MARK ") != std::string::npos);
    }
}

TEST_CASE("CSV dialect: a file that does not split names the separator it was read with") {
    const Run r = run_jalur({"crosstab", kPatientsExcel, "--rows", "q1", "--cols", "q2", "--sep", ","});
    CHECK(r.status == 3);
    CHECK(r.out.empty());
    CHECK(r.err == "jalur: error: " + kPatientsExcel +
                       ":2: this row has 2 cells, expected 1, one per name in the header (cells separated by ',', "
                       "as given).\n");
}

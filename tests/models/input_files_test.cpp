// Every file a user names is opened the same way: a device, a FIFO or a directory is refused by name, before it
// is read (/dev/zero never ends, a FIFO blocks), whichever reader asks for it.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "models/file_text.hpp"
#include "models/lavaan_spec.hpp"
#include "models/model_spec.hpp"
#include "models/survey_data.hpp"
#include "models/survey_spec.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/spec_errors.hpp"

using namespace jalur;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::input_error;
using jalur::testing::Scratch;

namespace {

const std::string kLav = JALUR_SOURCE_DIR "/tests/fixtures/specs/hs_cfa.lav";
const std::string kCsv = JALUR_SOURCE_DIR "/tests/fixtures/specs/HolzingerSwineford1939.csv";

}  // namespace

TEST_CASE("Input files: a character device, a directory or a FIFO is refused by its kind, expected a regular file") {
    Scratch scratch;
    const std::string fifo = scratch.path("pipe.csv");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string folder = scratch.path("folder.csv");
    std::filesystem::create_directory(folder);
    const struct {
        std::string path, kind;
    } cases[] = {{"/dev/null", "a character device"}, {folder, "a directory"}, {fifo, "a FIFO (named pipe)"}};
    for (const auto& c : cases) {
        CAPTURE(c.path);
        const InputError error = input_error([&] { models::read_survey(c.path); });
        CHECK(error.where().str() == c.path);
        CHECK(error.detail() == "the data file is " + c.kind + ", expected a regular file.");
    }
}

TEST_CASE("Input files: every reader refuses a device: model files, spec files, SPSS, lavaan data and SIMPLIS files") {
    Scratch scratch;
    const std::string folder = scratch.path("spec.yaml");
    std::filesystem::create_directory(folder);
    CHECK(input_error([&] { read_model_spec(folder); }).detail() ==
          "the model file is a directory, expected a regular file.");
    CHECK(input_error([&] { models::read_survey_spec(folder); }).detail() ==
          "the model file is a directory, expected a regular file.");
    CHECK(input_error([&] { read_lavaan_file("/dev/null", kCsv); }).detail() ==
          "the model file is a character device, expected a regular file.");
    CHECK(input_error([&] { read_lavaan_file(kLav, "/dev/null"); }).detail() ==
          "the data file is a character device, expected a regular file.");
    const std::string sav = scratch.path("answers.sav");
    std::filesystem::create_directory(sav);
    CHECK(input_error([&] { models::read_survey(sav); }).detail() ==
          "the data file is a directory, expected a regular file.");
    const std::string spec = scratch.write("data.yaml", "data:\n  file: /dev/null\nmodel:\n  regressions:\n    y: [x]\n");
    CHECK(input_error([&] { read_model_spec(spec); }).detail() ==
          "the data file is a character device, expected a regular file.");

    const std::string simplis =
        scratch.write("m.spl", "Observed Variables: a b\nRaw Data from File /dev/null\nRelationships\nb = a\n");
    const InputError error = input_error([&] { read_model_spec(simplis); });
    CHECK(error.where().str() == simplis + ":2:20");
    CHECK(error.detail() == "the data file '/dev/null' is a character device, expected a regular file.");
}

TEST_CASE("Input files: /dev/zero as data or as a SIMPLIS data file exits 3 at once with nothing on standard output") {
    Scratch scratch;
    const std::string simplis =
        scratch.write("m.spl", "Observed Variables: a b\nRaw Data from File /dev/zero\nRelationships\nb = a\n");
    const Run runs[] = {run_jalur({"fit", simplis}), run_jalur({"fit", kLav, "--data", "/dev/zero"}),
                        run_jalur({"crosstab", "/dev/zero", "--rows", "a", "--cols", "b"}),
                        run_jalur({"items", "/dev/zero", "--scale", "s=a,b"})};
    for (const Run& r : runs) {
        CAPTURE(r.err);
        CHECK(r.status == 3);
        CHECK(r.out.empty());
        CHECK(r.err.find("/dev/zero") != std::string::npos);
        CHECK(r.err.find(" is a character device, expected a regular file.\n") != std::string::npos);
    }
}

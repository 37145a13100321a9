// A .lav model with its CSV data: read_lavaan_file, and `jalur fit MODEL.lav --data DATA.csv` through the built
// binary (options, usage errors, input errors located in the .lav file).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "models/lavaan_spec.hpp"
#include "support/run_jalur.hpp"
#include "support/text_checks.hpp"
#include "support/scratch.hpp"
#include "support/sample.hpp"
#include "support/thrown.hpp"

using namespace jalur;
using jalur::testing::contains;
using jalur::testing::sample_of;
using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;
using jalur::testing::thrown;

namespace {

const std::string kSpecs = JALUR_SOURCE_DIR "/tests/fixtures/specs/";
const std::string kHsLav = kSpecs + "hs_cfa.lav";
const std::string kHsData = kSpecs + "HolzingerSwineford1939.csv";

InputError lavaan_error(const std::string& model_path, const std::string& data_path) {
    INFO("reading " << model_path);
    return thrown<InputError>([&] { read_lavaan_file(model_path, data_path); });
}

}  // namespace

TEST_CASE("lavaan file: a .lav model reads its rows and the model's columns of the CSV data, likelihood normal") {
    const ModelSpec spec = read_lavaan_file(kHsLav, kHsData);
    CHECK(spec.path == kHsLav);
    CHECK(spec.table.rows.size() == 11);
    CHECK(spec.table.latent() == std::vector<std::string>{"visual", "textual", "speed"});
    CHECK(spec.data.names == std::vector<std::string>{"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"});
    CHECK(sample_of(spec).n == 301);
    CHECK(spec.data_kind == DataKind::Raw);
    CHECK(spec.data_where.file == kHsData);
    CHECK(spec.estimation.likelihood == Likelihood::Normal);
    CHECK(spec.estimation.identification == Identification::Marker);
    CHECK(spec.notes.empty());
}

TEST_CASE("lavaan file: the likelihood and identification come from the options") {
    const ModelSpec spec = read_lavaan_file(kHsLav, kHsData, {Likelihood::Wishart, Identification::StdLv, {}});
    CHECK(spec.estimation.likelihood == Likelihood::Wishart);
    CHECK(spec.estimation.identification == Identification::StdLv);
}

TEST_CASE("lavaan file: rows with a missing value in a used column are dropped, with a note") {
    Scratch scratch;
    const std::string data = scratch.write("data.csv", "a,b,c,unused\n1,2,3,x\n2,NA,4,\n3,1,1,y\n4,4,2,z\n5,3,5,\n");
    const ModelSpec spec = read_lavaan_file(scratch.write("m.lav", "c ~ a + b\n"), data);
    CHECK(sample_of(spec).n == 4);
    CHECK(sample_statistics(spec.data, {}).notes ==
          std::vector<std::string>{"1 row with missing values was dropped (listwise deletion)"});
}

TEST_CASE("lavaan file: errors name the .lav file's line and column, or the data file") {
    Scratch scratch;
    const std::string data = scratch.write("data.csv", "a,b,c\n1,2,3\n2,1,4\n3,1,1\n");
    const InputError syntax = lavaan_error(scratch.write("m.lav", "# model\nc ~ a +\n    b*b\n"), data);
    CHECK(syntax.where().file == scratch.path("m.lav"));
    CHECK(syntax.where().line == 3);
    CHECK(syntax.where().column == 5);
    CHECK(syntax.detail().find("label 'b' is also the name of a variable") == 0);
    const InputError latent = lavaan_error(scratch.write("latent.lav", "c ~ f\n  a =~ b + c\n"), data);
    CHECK(latent.where().line == 2);
    CHECK(latent.where().column == 3);
    CHECK(latent.detail() == "latent variable 'a' has the name of an observed variable, expected a new name.");
    const InputError missing = lavaan_error(scratch.write("missing.lav", "c ~ a + d\n"), data);
    CHECK(missing.where().line == 1);
    CHECK(missing.where().column == 9);
    CHECK(missing.detail() == "variable 'd' is not in the data, expected one of a, b, c.");
    const InputError no_data = lavaan_error(scratch.write("ok.lav", "c ~ a + b\n"), scratch.path("none.csv"));
    CHECK(no_data.where().file == scratch.path("none.csv"));
    CHECK(no_data.detail() == "cannot open the data file (No such file or directory), expected a readable CSV file.");
    const InputError no_model = lavaan_error(scratch.path("none.lav"), data);
    CHECK(no_model.where().file == scratch.path("none.lav"));
    CHECK(no_model.detail() ==
          "cannot open the model file (No such file or directory), expected a readable file of lavaan model syntax.");
}

TEST_CASE("jalur fit MODEL.lav --data DATA.csv fits the model as the YAML spec of the same model does") {
    const Run lav = run_jalur({"fit", kHsLav, "--data", kHsData, "--format", "csv"});
    CHECK(lav.status == 0);
    CHECK(lav.err.empty());
    const Run yaml = run_jalur({"fit", kSpecs + "hs_cfa.yaml", "--format", "csv"});
    CHECK(yaml.status == 0);
    CHECK(lav.out == yaml.out);
    CHECK(contains(lav.out, "visual,=~,x1,,false,1,"));
    const Run text = run_jalur({"fit", kHsLav, "--data", kHsData});
    CHECK(text.status == 0);
    CHECK(contains(text.out, "Model file " + kHsLav));
    CHECK(contains(text.out, "likelihood normal"));
}

TEST_CASE("jalur fit MODEL.lav: --likelihood and --std-lv set the estimation options") {
    const Run wishart = run_jalur({"fit", kHsLav, "--data", kHsData, "--likelihood", "wishart"});
    CHECK(wishart.status == 0);
    CHECK(contains(wishart.out, "likelihood wishart, n = 300"));
    Scratch scratch;
    const std::string model = scratch.write("cfa.lav", "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\n");
    const Run std_lv = run_jalur({"fit", model, "--data", kHsData, "--std-lv", "--format", "csv"});
    CHECK(std_lv.status == 0);
    CHECK(contains(std_lv.out, "visual,=~,x1,,true,"));
    CHECK(contains(std_lv.out, "visual,~~,visual,,false,1,"));
}

TEST_CASE("jalur fit MODEL.lav: --fixed-x fixes the exogenous covariates' moments, as lavaan's fixed.x = TRUE") {
    // The example's path model (examples/sem_poldem/path.lav); lavaan 0.6.14 gives npar 7, logl -363.764,
    // AIC 741.528, BIC 757.750 with fixed.x = TRUE and npar 13, logl -605.109, AIC 1236.217 without.
    const std::string folder = JALUR_SOURCE_DIR "/examples/sem_poldem/";
    const std::vector<std::string> args = {"fit", folder + "path.lav", "--data", folder + "PoliticalDemocracy.csv",
                                           "--format", "csv", "--table", "fit"};
    const Run free = run_jalur(args);
    std::vector<std::string> fixed_args = args;
    fixed_args.push_back("--fixed-x");
    const Run fixed = run_jalur(fixed_args);
    CHECK(free.status == 0);
    CHECK(fixed.status == 0);
    CHECK(contains(free.out, "npar,13\n"));
    CHECK(contains(free.out, "aic,1236.21"));
    CHECK(contains(fixed.out, "npar,7\n"));
    CHECK(contains(fixed.out, "logl,-363.7637"));
    CHECK(contains(fixed.out, "aic,741.5275"));
    CHECK(contains(fixed.out, "bic,757.75"));
    CHECK(contains(fixed.out, "chisq,3.393"));
    CHECK(contains(free.out, "chisq,3.393"));
}

TEST_CASE("jalur fit: --data goes with a .lav model only, and a .lav model needs it") {
    const Run yaml = run_jalur({"fit", kSpecs + "hs_cfa.yaml", "--data", kHsData});
    CHECK(yaml.status == 2);
    CHECK(yaml.out.empty());
    CHECK(contains(yaml.err, "jalur: error: --data is for a lavaan model file (.lav); the spec "));
    CHECK(contains(yaml.err, "has its own data section"));
    const Run lav = run_jalur({"fit", kHsLav});
    CHECK(lav.status == 2);
    CHECK(contains(lav.err, "a lavaan model file names no data: jalur fit " + kHsLav + " --data DATA.csv"));
    const Run options = run_jalur({"fit", kSpecs + "hs_cfa.yaml", "--std-lv"});
    CHECK(options.status == 2);
    CHECK(contains(options.err, "--likelihood, --std-lv and --fixed-x go with a .lav model and --data"));
    const Run fixed_x = run_jalur({"fit", kSpecs + "hs_cfa.yaml", "--fixed-x"});
    CHECK(fixed_x.status == 2);
    CHECK(fixed_x.out.empty());
    CHECK(contains(fixed_x.err, "--likelihood, --std-lv and --fixed-x go with a .lav model and --data"));
    const Run likelihood = run_jalur({"fit", kHsLav, "--data", kHsData, "--likelihood", "gaussian"});
    CHECK(likelihood.status == 2);
    CHECK(contains(likelihood.err, "unknown likelihood 'gaussian', expected normal or wishart"));
    const Run twice = run_jalur({"fit", kHsLav, "--data", kHsData, "--data", kHsData});
    CHECK(twice.status == 2);
}

TEST_CASE("jalur fit MODEL.lav: an input error exits with 3 and names the .lav file's line and column") {
    Scratch scratch;
    const std::string model = scratch.write("bad.lav", "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 +\n  x6\ntextual =~ x6\n");
    const Run run = run_jalur({"fit", model, "--data", kHsData});
    CHECK(run.status == 3);
    CHECK(run.out.empty());
    CHECK(run.err == "jalur: error: " + model + ":4:12: duplicate loading textual =~ x6 (first at line 3), expected " +
                         "each indicator once per latent variable.\n");
}

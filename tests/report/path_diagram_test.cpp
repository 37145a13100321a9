// `jalur diagram`: the three diagrams of the thesis (seed 004, Lampiran F) with LISREL's values and footer,
// boxes and ellipses, red for |t| < 1.96, the formats Graphviz draws, and every bad command line.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "report/diagram/graphviz_render.hpp"
#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/text_checks.hpp"
#include "support/scratch.hpp"

namespace {

using jalur::testing::lines_of;
using jalur::testing::run_jalur;
using jalur::testing::source_path;

const std::string kRed = "#d62728";

std::string dot_of(const std::string& model, const std::string& show) {
    const auto run = run_jalur({"diagram", source_path(model), "--show", show, "--format", "dot"});
    REQUIRE(run.status == 0);
    CHECK(run.err.empty());
    return run.out;
}

// The DOT lines that draw a value: `label="0.38"` on an arrow, or the value node of a variance.
std::vector<std::string> lines_showing(const std::string& dot, const std::string& value) {
    std::vector<std::string> found;
    for (const auto& line : lines_of(dot))
        if (line.find("label=\"" + value + "\"") != std::string::npos) found.push_back(line);
    return found;
}

bool is_red(const std::string& line) { return line.find(kRed) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The values of Lampiran F, as LISREL prints them in Lampiran G. BOR's error variance is 2.1373 (LISREL
// prints 2.13) and the t-value of BOR ← KUALITAS 7.7698 (LISREL 7.78): docs/reproducing-lisrel.md.
void check_thesis_values(const std::string& show, const std::vector<std::string>& values) {
    const std::string dot = dot_of("examples/bor/model.yaml", show);
    CAPTURE(show);
    CHECK(dot.find("label=\"Chi-Square=0.00, df=0, P-value=1.00000, RMSEA=0.000\\nEstimator: ML\"") != std::string::npos);
    CHECK(count(dot, "shape=box") == 3);
    CHECK(count(dot, "shape=ellipse") == 0);
    for (const std::string& value : values) {
        CAPTURE(value);
        const auto shown = lines_showing(dot, value);
        REQUIRE(shown.size() == 1);
        CHECK_FALSE(is_red(shown[0]));  // every parameter of the thesis model is significant
    }
}

}  // namespace

TEST_CASE("the thesis diagram with estimates shows LISREL's estimates, variances and footer (Lampiran F.1)") {
    check_thesis_values("estimates", {"0.38", "0.022", "0.058", "134.49", "186.78", "2.14"});
}

TEST_CASE("the thesis diagram with the standardized solution shows LISREL's values (Lampiran F.2)") {
    check_thesis_values("standardized", {"0.41", "0.16", "0.46", "0.83", "1.00", "0.71"});
}

TEST_CASE("the thesis diagram with t-values shows LISREL's t-values (Lampiran F.3)") {
    const std::string dot = dot_of("examples/bor/model.yaml", "tvalues");
    for (const char* value : {"7.11", "2.71", "7.77"}) CHECK(lines_showing(dot, value).size() == 1);
    CHECK(lines_showing(dot, "11.14").size() == 3);  // the three variances, as in LISREL's printout
    check_thesis_values("tvalues", {"7.11", "2.71", "7.77"});
}

TEST_CASE("arrows go from cause to effect and error variances point into the endogenous variables") {
    const std::string dot = dot_of("examples/bor/model.yaml", "estimates");
    // v0 KEPUASAN, v1 KUALITAS, v2 BOR in the order of the spec's variables.
    CHECK(dot.find("v1 -> v0 [label=\"0.38\", pos=") != std::string::npos);
    CHECK(dot.find("v0 -> v2 [label=\"0.022\", pos=") != std::string::npos);
    CHECK(dot.find("v1 -> v2 [label=\"0.058\", pos=") != std::string::npos);
    // KUALITAS's variance comes from the left; the error variances from the right (drawn backwards).
    const auto variance = lines_showing(dot, "186.78");
    REQUIRE(variance.size() == 1);
    const std::string node = variance[0].substr(2, variance[0].find(' ', 2) - 2);
    CHECK(dot.find("  " + node + " -> v1 [weight=8, pos=") != std::string::npos);
    for (const char* value : {"134.49", "2.14"}) {
        const auto error = lines_showing(dot, value);
        REQUIRE(error.size() == 1);
        const std::string e = error[0].substr(2, error[0].find(' ', 2) - 2);
        CHECK(dot.find(" -> " + e + " [dir=back, weight=8, pos=") != std::string::npos);
    }
}

TEST_CASE("latent variables are ellipses, indicators boxes, and factor covariances double-headed and curved") {
    const std::string dot = dot_of("examples/cfa_hs/model.yaml", "standardized");
    CHECK(count(dot, "shape=ellipse") == 3);
    CHECK(count(dot, "shape=box") == 9);
    CHECK(count(dot, "dir=both, style=dashed") == 3);
    CHECK(dot.find("label=\"Chi-Square=85.31, df=24, P-value=0.00000, RMSEA=0.092\\nEstimator: ML\"") !=
          std::string::npos);
    CHECK(lines_showing(dot, "1.00").size() == 3);  // the factors' standardized variances
}

TEST_CASE("the footer names the estimator and, with a scaled test, gives the scaled chi-square, in either language") {
    const std::string model = source_path("examples/cfa_hs/model.yaml");
    const auto mlm = run_jalur({"diagram", model, "--estimator", "MLM", "--format", "dot"});
    REQUIRE(mlm.status == 0);
    // The text report's Satorra-Bentler chi-square (examples/cfa_hs/output-mlm.id.md), its df and p, and the
    // robust RMSEA.
    CHECK(mlm.out.find("label=\"Satorra-Bentler Scaled Chi-Square=80.87, df=24, P-value=0.00000, RMSEA (robust)=0.091"
                       "\\nEstimator: MLM\"") != std::string::npos);
    const auto id = run_jalur({"diagram", model, "--estimator", "MLM", "--lang", "id", "--format", "dot"});
    REQUIRE(id.status == 0);
    CHECK(id.out.find("label=\"Chi-square terskala Satorra-Bentler=80.87, df=24, P-value=0.00000, RMSEA (robust)=0.091"
                      "\\nMetode estimasi: MLM\"") != std::string::npos);
    const auto ml = run_jalur({"diagram", model, "--lang", "id", "--format", "dot"});
    CHECK(ml.out.find("RMSEA=0.092\\nMetode estimasi: ML\"") != std::string::npos);
}

TEST_CASE("values whose |t| is below 1.96 are red, and fixed parameters have no t-value") {
    // Political Democracy: x2's error variance (t = 1.72) and the covariance y1 ~~ y5 (t = 1.74) are not
    // significant; the marker loadings (1.00) are fixed.
    const std::string estimates = dot_of("examples/sem_poldem/model.yaml", "estimates");
    const auto x2_error = lines_showing(estimates, "0.12");
    REQUIRE(x2_error.size() == 1);
    CHECK(is_red(x2_error[0]));
    const auto y1_y5 = lines_showing(estimates, "0.62");
    REQUIRE(y1_y5.size() == 1);
    CHECK(is_red(y1_y5[0]));
    CHECK_FALSE(is_red(lines_showing(estimates, "1.48").at(0)));  // dem60 ~ ind60, t = 3.72

    const std::string tvalues = dot_of("examples/sem_poldem/model.yaml", "tvalues");
    CHECK(lines_showing(tvalues, "").size() == 3);  // the three marker loadings
    CHECK(is_red(lines_showing(tvalues, "1.72").at(0)));
    CHECK_FALSE(is_red(lines_showing(tvalues, "3.72").at(0)));
}

TEST_CASE("jalur diagram draws SVG by default and PNG, PDF, JPEG or DOT by --format or the output's extension") {
    const auto svg = run_jalur({"diagram", source_path("examples/cfa_hs/model.yaml")});
    REQUIRE(svg.status == 0);
    CHECK(svg.out.find("<svg") != std::string::npos);
    CHECK(svg.out.find("Chi&#45;Square=85.31, df=24, P&#45;value=0.00000, RMSEA=0.092") != std::string::npos);
    CHECK(count(svg.out, "<ellipse") == 3);
    CHECK(count(svg.out, "<polygon fill=\"none\" stroke=\"black\"") >= 9);  // the boxes

    jalur::testing::Scratch scratch;
    const auto png = run_jalur({"diagram", source_path("examples/bor/model.yaml"), "--output", scratch.path("d.png")});
    REQUIRE(png.status == 0);
    CHECK(png.out.empty());
    CHECK(jalur::testing::read_text(scratch.path("d.png")).rfind("\x89PNG\r\n\x1a\n", 0) == 0);

    const auto dot = run_jalur({"diagram", source_path("examples/bor/model.yaml"), "--output", scratch.path("d.gv")});
    REQUIRE(dot.status == 0);
    CHECK(jalur::testing::read_text(scratch.path("d.gv")).rfind("digraph jalur {", 0) == 0);

    // PDF and JPEG by the extension, as Graphviz's cairo renderers draw them.
    const auto pdf = run_jalur({"diagram", source_path("examples/bor/model.yaml"), "-o", scratch.path("d.pdf")});
    REQUIRE(pdf.status == 0);
    CHECK(jalur::testing::read_text(scratch.path("d.pdf")).rfind("%PDF-", 0) == 0);
    const auto jpeg = run_jalur({"diagram", source_path("examples/bor/model.yaml"), "-o", scratch.path("d.JPG")});
    REQUIRE(jpeg.status == 0);
    CHECK(jalur::testing::read_text(scratch.path("d.JPG")).rfind("\xFF\xD8\xFF", 0) == 0);

    const auto forced = run_jalur({"diagram", source_path("examples/bor/model.yaml"), "--format", "svg", "--output",
                                   scratch.path("d.png.txt")});
    REQUIRE(forced.status == 0);
    CHECK(jalur::testing::read_text(scratch.path("d.png.txt")).find("<svg") != std::string::npos);
}

// `fit --format html` draws several diagrams in one process; a Graphviz context per diagram made the second
// one read freed memory in the pango plugin (ASan in `make sanitize`).
TEST_CASE("one process draws several diagrams in a row, SVG and PNG, each the same complete picture") {
    const std::string dot = "digraph d { ksi [shape=ellipse, label=\"KUALITAS\"]; ksi -> y [label=\"0.38\"]; }";
    const std::string first_svg = jalur::report::render_graph(dot, jalur::report::DiagramFormat::Svg);
    CHECK(first_svg.find("KUALITAS") != std::string::npos);
    CHECK(first_svg.find("</svg>") != std::string::npos);
    for (int round = 0; round < 3; ++round) {
        CAPTURE(round);
        const std::string png = jalur::report::render_graph(dot, jalur::report::DiagramFormat::Png);
        CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
        CHECK(jalur::report::render_graph(dot, jalur::report::DiagramFormat::Svg) == first_svg);
    }
}

TEST_CASE("jalur diagram rejects a bad command line with exit 2 and writes nothing") {
    jalur::testing::Scratch scratch;
    const std::string model = source_path("examples/bor/model.yaml");
    const std::string out = scratch.path("d.svg");
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const Case cases[] = {
        {{"diagram"}, "model path"},
        {{"diagram", model, "--show", "loadings", "--output", out}, "unknown --show 'loadings', expected estimates, standardized or tvalues"},
        {{"diagram", model, "--format", "gif", "--output", out}, "unknown format 'gif', expected svg, png, pdf, jpg or dot"},
        {{"diagram", model, "--format", "png", "--output", out},
         "--format png does not match the extension of --output " + out + ", expected the file name to end in .png"},
        {{"diagram", model, "--output", scratch.path("d.gif")},
         "--output " + scratch.path("d.gif") + ": jalur does not draw .gif files, expected .svg, .png, .pdf, .jpg, "
         ".dot or .gv (or --format to choose one)"},
        {{"diagram", model, "--data", "x.csv", "--output", out}, "--data is for a lavaan model file (.lav)"},
        {{"diagram", model, "--colour", "--output", out}, "colour"},
        {{"diagram", model, "--lang", "fr", "--output", out}, "unknown language 'fr', expected en (English) or id (Indonesian)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        const auto run = run_jalur(c.args);
        CHECK(run.status == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find(c.message) != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(out));
        CHECK_FALSE(std::filesystem::exists(scratch.path("d.gif")));
    }
}

TEST_CASE("jalur diagram reports a bad model as an input error and writes no picture") {
    jalur::testing::Scratch scratch;
    const std::string spec = scratch.path("bad.yaml");
    {
        std::ofstream(spec) << "model: |\n  y ~ x\n";
    }
    const auto run = run_jalur({"diagram", spec, "--output", scratch.path("d.svg")});
    CHECK(run.status == 3);
    CHECK(run.err.find("bad.yaml") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(scratch.path("d.svg")));
}

TEST_CASE("jalur diagram draws a SIMPLIS file's diagram whether or not it has LISREL's Path Diagram line") {
    // docs/model-spec.md: Path Diagram is accepted and changes nothing; jalur fit draws nothing for it.
    const std::string spl = jalur::testing::read_text(source_path("examples/bor/thesis.spl"));
    const std::size_t line = spl.find("Path Diagram\n");
    REQUIRE(line != std::string::npos);
    jalur::testing::Scratch scratch;
    const std::string without = scratch.write("thesis.spl", spl.substr(0, line) + spl.substr(line + 13));
    const auto with_line = run_jalur({"diagram", source_path("examples/bor/thesis.spl"), "--format", "dot"});
    const auto without_line = run_jalur({"diagram", without, "--format", "dot"});
    REQUIRE(with_line.status == 0);
    CHECK(count(with_line.out, "shape=box") == 3);
    CHECK(without_line.out == with_line.out);
    const auto fit = run_jalur({"fit", source_path("examples/bor/thesis.spl")});
    CHECK(fit.status == 0);
    CHECK(fit.out.find("<svg") == std::string::npos);
    CHECK(fit.err.empty());
}

TEST_CASE("jalur help diagram describes the command and its options") {
    jalur::testing::check_command_help("diagram", "Usage: jalur diagram MODEL.yaml",
                                       {"show", "format", "output", "lang", "data", "likelihood", "std-lv", "quiet"});
}

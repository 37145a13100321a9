// One JSON writer policy for every report (report/json/json_report.hpp json_text): names and values come from the user's
// files, and invalid UTF-8 in them becomes U+FFFD in a valid document instead of an internal error (exit 70).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using jalur::testing::Run;
using jalur::testing::run_jalur;
using jalur::testing::Scratch;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// The run succeeded with one valid JSON document on standard output that carries U+FFFD where the bytes were bad.
void check_replaced(const Run& run) {
    CAPTURE(run.err);
    CHECK(run.status == 0);
    CHECK(nlohmann::json::accept(run.out));
    CHECK(run.out.find(kReplacement) != std::string::npos);
    CHECK(run.out.find('\xff') == std::string::npos);
}

}  // namespace

TEST_CASE("a CSV header and value with invalid UTF-8 give valid JSON reports from every command that writes JSON") {
    Scratch scratch;
    // "\xff" and "\xc3(" are not UTF-8: a byte that never occurs, and a lead byte without its continuation.
    const std::string items = scratch.write("items.csv", "q\xff" "1,q2,q3\n1,2,2\n2,2,3\n3,4,3\n4,4,5\n5,4,4\n2,3,3\n");
    check_replaced(run_jalur({"items", items, "--scale", "s=q\xff" "1,q2,q3", "--format", "json"}));

    const std::string crosstab = scratch.write(
        "crosstab.csv", "g\xff,answer\nm\xc3(,yes\nm\xc3(,no\nf,yes\nf,no\nf,yes\nm\xc3(,yes\n");
    check_replaced(run_jalur({"crosstab", crosstab, "--rows", "g\xff", "--cols", "answer", "--format", "json"}));

    const std::string servqual =
        scratch.write("servqual.csv", "P_a\xff,E_a\xff,P_b,E_b\n4,5,3,4\n3,4,4,4\n5,5,2,4\n4,3,3,5\n");
    check_replaced(run_jalur({"servqual", servqual, "--format", "json"}));
}

TEST_CASE("a spec title with invalid UTF-8 gives a valid JSON fit report, by the same writer") {
    Scratch scratch;
    std::string spec = jalur::testing::read_text(jalur::testing::source_path("examples/bor/model.yaml"));
    const std::size_t title = spec.find("\ntitle: ") + 1;
    REQUIRE(title > 0);
    spec.replace(title, spec.find('\n', title) - title, "title: RSD \xff Balung");
    check_replaced(run_jalur({"fit", scratch.write("model.yaml", spec), "--format", "json"}));
}

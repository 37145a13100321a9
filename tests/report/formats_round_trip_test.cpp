// Every format carries the JSON report's numbers: here the text report's parameter table and the values on
// the path diagram's arrows, read back and compared with `--format json` to within their printed rounding,
// for the three example models. (CSV and Markdown: cli_csv_tables_test and cli_markdown_report_test; HTML:
// cli_html_report_test.)
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/json_report.hpp"
#include "support/run_jalur.hpp"

namespace {

using jalur::testing::json_report;
using jalur::testing::run_jalur;
using jalur::testing::source_path;
using nlohmann::json;

const char* const kModels[] = {"examples/bor/model.yaml", "examples/cfa_hs/model.yaml",
                               "examples/sem_poldem/model.yaml"};

json fit_report(const std::string& model) { return json_report({"fit", source_path(model), "--format", "json"}); }

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

bool is_number(const std::string& text) {
    char* end = nullptr;
    std::strtod(text.c_str(), &end);
    return !text.empty() && end == text.c_str() + text.size();
}

// A printed number against the exact value: equal to within half a unit of its last printed digit.
void check_printed(const std::string& printed, double exact) {
    CAPTURE(printed);
    CAPTURE(exact);
    const auto point = printed.find('.');
    const int decimals = point == std::string::npos ? 0 : static_cast<int>(printed.size() - point - 1);
    CHECK(std::abs(std::stod(printed) - exact) <= 0.5 * std::pow(10.0, -decimals) + 1e-12);
}

std::string key(const json& p) {
    return p["lhs"].get<std::string>() + " " + p["op"].get<std::string>() + " " + p["rhs"].get<std::string>();
}

}  // namespace

TEST_CASE("the text report's parameter table holds the JSON report's numbers") {
    for (const char* model : kModels) {
        CAPTURE(model);
        const json report = fit_report(model);
        const auto text = run_jalur({"fit", source_path(model)});
        REQUIRE(text.status == 0);

        std::map<std::string, std::vector<std::string>> printed;  // "lhs op rhs" → the numbers of its line
        std::istringstream in(text.out.substr(text.out.find(" Parameter Estimates")));
        std::string line;
        std::getline(in, line);
        std::getline(in, line);
        std::getline(in, line);  // the header
        // The table, then (after a blank line and its title) the defined parameters, up to the LISREL part.
        while (std::getline(in, line) && line.find("Matrix") == std::string::npos &&
               line.find("Iterations") == std::string::npos) {
            // The interval "[lower, upper]" is two numbers once its brackets and comma are gone.
            for (char& c : line)
                if (c == '[' || c == ']' || c == ',') c = ' ';
            const auto w = words(line);
            if (w.size() < 3 || w[0] == "lhs") continue;  // blank lines, titles, the defined parameters' header
            std::size_t first_number = w.size();  // the numbers end the line
            while (first_number > 3 && is_number(w[first_number - 1])) --first_number;
            // A defined parameter's expression may have spaces ("c + a*b"); another row's rhs is one word.
            std::string rhs = w[2];
            if (w[1] == ":=")
                for (std::size_t i = 3; i < first_number; ++i) rhs += " " + w[i];
            printed[w[0] + " " + w[1] + " " + rhs] = std::vector<std::string>(w.begin() + static_cast<std::ptrdiff_t>(first_number), w.end());
        }

        for (const json& p : report["parameters"]) {
            CAPTURE(key(p));
            REQUIRE(printed.count(key(p)) == 1);
            const auto& numbers = printed.at(key(p));
            const bool fixed = !p["free"].get<bool>() && p["op"] != ":=";
            std::vector<const char*> keys{"est", "se", "z", "pvalue", "ci_lower", "ci_upper", "std_lv", "std_all"};
            if (fixed) keys = {"est", "std_lv", "std_all"};  // no SE, z or p for a fixed parameter
            REQUIRE(numbers.size() == keys.size());
            for (std::size_t i = 0; i < keys.size(); ++i) check_printed(numbers[i], p[keys[i]].get<double>());
        }
    }
}

TEST_CASE("the path diagram's values are the JSON report's estimates, standardized values and t-values") {
    for (const char* model : kModels) {
        CAPTURE(model);
        const json report = fit_report(model);
        for (auto [show, field] : {std::pair{"estimates", "est"}, {"standardized", "std_all"}, {"tvalues", "z"}}) {
            CAPTURE(show);
            const auto run = run_jalur({"diagram", source_path(model), "--show", show, "--format", "dot"});
            REQUIRE(run.status == 0);
            // Node ids → variable names, then each directed arrow "vA -> vB [label=...]".
            std::map<std::string, std::string> names;
            std::map<std::string, std::string> arrows;  // "from -> to" → its label
            std::istringstream in(run.out);
            for (std::string line; std::getline(in, line);) {
                const auto w = words(line);
                if (w.size() >= 2 && w[1].rfind("[label=\"", 0) == 0 && w[0][0] == 'v') {
                    const auto start = line.find("label=\"") + 7;
                    names[w[0]] = line.substr(start, line.find('"', start) - start);
                } else if (w.size() >= 4 && w[1] == "->" && w[0][0] == 'v' && w[2][0] == 'v' &&
                           line.find("dir=both") == std::string::npos) {  // not a covariance
                    const auto at = line.find("label=\"");
                    if (at == std::string::npos) continue;
                    const bool backwards = line.find("dir=back") != std::string::npos;  // x-side loadings
                    const std::string from = backwards ? w[2] : w[0], to = backwards ? w[0] : w[2];
                    arrows[names.at(from) + " -> " + names.at(to)] = line.substr(at + 7, line.find('"', at + 7) - at - 7);
                }
            }
            std::size_t compared = 0;
            for (const json& p : report["parameters"]) {
                if (p["op"] != "~" && p["op"] != "=~") continue;
                const bool loading = p["op"] == "=~";
                const std::string from = (loading ? p["lhs"] : p["rhs"]).get<std::string>();
                const std::string to = (loading ? p["rhs"] : p["lhs"]).get<std::string>();
                CAPTURE(from + " -> " + to);
                REQUIRE(arrows.count(from + " -> " + to) == 1);
                const std::string& label = arrows.at(from + " -> " + to);
                if (p[field].is_null()) {
                    CHECK(label.empty());  // a fixed loading has no t-value
                } else {
                    check_printed(label, p[field].get<double>());
                    ++compared;
                }
            }
            CHECK(compared > 0);
        }
    }
}

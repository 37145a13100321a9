// The path diagrams as Graphviz draws them, read back from the layout: no value sits on a line, on another value
// or on a variable, no covariance arc goes through a variable and every variance arrow is straight (issue 16), on
// the three examples with covariances, on a 10-factor CFA with its 45 factor covariances and on two more models.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "report/diagram/diagram_geometry.hpp"
#include "report/diagram/graphviz_render.hpp"
#include "report/diagram/path_diagram.hpp"
#include "support/fixtures.hpp"
#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

namespace {

using jalur::report::Box;
using jalur::report::GraphLayout;
using jalur::report::PlacedEdge;
using jalur::report::PlacedNode;
using jalur::report::Point;

using jalur::report::boxes_overlap;
using jalur::report::line_crosses;
using jalur::report::polyline;

// Things that only touch do not overlap: boxes are shrunk by half a point before they are compared.
Box shrunk(const Box& box) { return jalur::report::shrunk(box, 0.5); }

std::string edge_name(const PlacedEdge& edge) { return edge.tail + " -> " + edge.head; }

// A value: an edge's label, or a plaintext node (a variance's or a covariance's value).
struct Value {
    std::string name, text;
    Box box;
};

// Every overlap the issue forbids, as sentences; none is the pass.
std::vector<std::string> overlaps(const GraphLayout& layout) {
    std::vector<Value> values;
    std::vector<const PlacedNode*> variables;
    for (const PlacedNode& node : layout.nodes) {
        if (node.shape == "plaintext") values.push_back({node.name, node.label, node.box});
        else variables.push_back(&node);
    }
    for (const PlacedEdge& edge : layout.edges)
        if (edge.label) values.push_back({"label of " + edge_name(edge), "", *edge.label});

    std::vector<std::string> found;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Value& value = values[i];
        const std::string what = value.name + " (" + value.text + ")";
        for (const PlacedEdge& edge : layout.edges) {
            if (edge.tail == value.name || edge.head == value.name) continue;  // a value's own arrow starts at it
            if (line_crosses(polyline(edge), shrunk(value.box))) found.push_back(what + " is on the line " + edge_name(edge));
        }
        for (std::size_t j = i + 1; j < values.size(); ++j)
            if (boxes_overlap(shrunk(value.box), shrunk(values[j].box)))
                found.push_back(what + " overlaps " + values[j].name + " (" + values[j].text + ")");
        for (const PlacedNode* node : variables)
            if (boxes_overlap(shrunk(value.box), shrunk(node->box)))
                found.push_back(what + " overlaps the variable " + node->label);
    }
    for (const PlacedEdge& edge : layout.edges) {
        if (edge.dir != "both") continue;  // a covariance
        for (const PlacedNode* node : variables)
            if (node->name != edge.tail && node->name != edge.head && line_crosses(polyline(edge), shrunk(node->box)))
                found.push_back("the covariance " + edge_name(edge) + " goes through " + node->label);
    }
    return found;
}

// The arrows of variances and error variances that are not straight lines (LISREL draws them straight).
std::vector<std::string> bent_variance_arrows(const GraphLayout& layout) {
    std::vector<std::string> found;
    for (const PlacedEdge& edge : layout.edges) {
        if (edge.dir == "both") continue;  // a covariance
        const bool from_value = std::any_of(layout.nodes.begin(), layout.nodes.end(), [&](const PlacedNode& node) {
            return node.shape == "plaintext" && (node.name == edge.tail || node.name == edge.head);
        });
        if (!from_value) continue;
        const auto line = polyline(edge);
        const Point a = line.front(), b = line.back();
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        for (const Point& p : line)
            if (std::abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length > 0.5) {
                found.push_back("the variance arrow " + edge_name(edge) + " is bent");
                break;
            }
    }
    return found;
}

void check_no_overlaps(const std::string& dot) {
    const GraphLayout layout = jalur::report::lay_out_graph(dot);
    REQUIRE_FALSE(layout.nodes.empty());
    auto found = overlaps(layout);
    const auto bent = bent_variance_arrows(layout);
    found.insert(found.end(), bent.begin(), bent.end());
    std::string all;
    for (const std::string& overlap : found) all += overlap + "\n";
    CHECK_MESSAGE(found.empty(), all);
}

std::string example_dot(const std::string& model, const std::string& show) {
    const auto run = jalur::testing::run_jalur(
        {"diagram", jalur::testing::source_path(model), "--show", show, "--format", "dot"});
    REQUIRE(run.status == 0);
    return run.out;
}

jalur::ParameterRow row(const std::string& lhs, jalur::Op op, const std::string& rhs, double est, double z,
                        bool free = true) {
    jalur::ParameterRow r = jalur::free_row(lhs, op, rhs);
    r.free = free;
    r.est = est;
    r.std_all = est;
    r.z = free ? z : jalur::kNaN;
    return r;
}

// Ten factors of three indicators each, every pair of factors correlated: 45 arcs.
jalur::FitResult ten_factor_cfa() {
    using jalur::Op;
    jalur::FitResult result;
    const int factors = 10;
    for (int f = 1; f <= factors; ++f)
        for (int i = 1; i <= 3; ++i)
            result.table.rows.push_back(row("F" + std::to_string(f), Op::Loading, "x" + std::to_string(3 * (f - 1) + i),
                                            i == 1 ? 1.0 : 0.7 + 0.01 * f, 9.5, i != 1));
    for (int x = 1; x <= 3 * factors; ++x)
        result.table.rows.push_back(row("x" + std::to_string(x), Op::Covariance, "x" + std::to_string(x), 0.45, 8.1));
    for (int f = 1; f <= factors; ++f)
        result.table.rows.push_back(row("F" + std::to_string(f), Op::Covariance, "F" + std::to_string(f), 1.0, 6.2));
    for (int f = 1; f <= factors; ++f)
        for (int g = f + 1; g <= factors; ++g)  // some small enough to be drawn red
            result.table.rows.push_back(row("F" + std::to_string(f), Op::Covariance, "F" + std::to_string(g),
                                            0.05 * (g - f), 0.9 * (g - f)));
    result.fit.chisq = 512.3;
    result.fit.df = 360;
    result.fit.pvalue = 0.0000021;
    result.fit.rmsea = 0.041;
    return result;
}

// A model in lavaan syntax fitted to the Political Democracy data.
std::string poldem_dot(const std::string& model) {
    jalur::testing::Scratch scratch;
    const auto run = jalur::testing::run_jalur({"diagram", scratch.write("model.lav", model), "--data",
                                                jalur::testing::source_path("examples/sem_poldem/PoliticalDemocracy.csv"),
                                                "--format", "dot"});
    REQUIRE(run.status == 0);
    return run.out;
}

}  // namespace

TEST_CASE("no value of the Political Democracy diagram sits on a line or a value, and no arc crosses a variable") {
    for (const std::string show : {"tvalues", "estimates", "standardized"}) {
        CAPTURE(show);
        check_no_overlaps(example_dot("examples/sem_poldem/model.yaml", show));
    }
}

TEST_CASE("the Holzinger-Swineford CFA's factor covariances nest on the right, clear of every value and variable") {
    for (const std::string show : {"standardized", "estimates", "tvalues"}) {
        CAPTURE(show);
        check_no_overlaps(example_dot("examples/cfa_hs/model.yaml", show));
    }
}

TEST_CASE("the thesis diagrams have no value on a line and KEPUASAN's error arrow is straight") {
    for (const std::string show : {"estimates", "standardized", "tvalues"}) {
        CAPTURE(show);
        const std::string dot = example_dot("examples/bor/model.yaml", show);
        check_no_overlaps(dot);
        const GraphLayout layout = jalur::report::lay_out_graph(dot);
        const auto kepuasan = std::find_if(layout.nodes.begin(), layout.nodes.end(),
                                           [](const PlacedNode& node) { return node.label == "KEPUASAN"; });
        REQUIRE(kepuasan != layout.nodes.end());
        int errors = 0;
        for (const PlacedEdge& edge : layout.edges) {
            if (edge.tail != kepuasan->name && edge.head != kepuasan->name) continue;
            const std::string other = edge.tail == kepuasan->name ? edge.head : edge.tail;
            const auto node = std::find_if(layout.nodes.begin(), layout.nodes.end(),
                                           [&](const PlacedNode& n) { return n.name == other; });
            if (node->shape != "plaintext") continue;  // the error variance's arrow
            ++errors;
            for (const Point& point : polyline(edge)) CHECK(point.y == doctest::Approx(kepuasan->box.y).epsilon(0.001));
        }
        CHECK(errors == 1);
    }
}

TEST_CASE("a 10-factor CFA's 45 factor covariances are drawn without a value on a line or an arc through a variable") {
    const jalur::FitResult result = ten_factor_cfa();
    for (const auto values : {jalur::report::DiagramValues::Estimates, jalur::report::DiagramValues::TValues}) {
        const std::string dot = jalur::report::path_diagram_dot(result, values);
        std::size_t arcs = 0;
        for (auto at = dot.find("dir=both"); at != std::string::npos; at = dot.find("dir=both", at + 1)) ++arcs;
        CHECK(arcs == 45);
        check_no_overlaps(dot);
    }
}

TEST_CASE("covariances between factors joined by paths, and between x-errors, find a free lane near their ends") {
    // dem60 and dem65 stand one above the other with y3 and y6 on loadings drawn straight across to their right
    // and ind60's paths on their left; x1 and x3's errors stand left of their boxes.
    check_no_overlaps(poldem_dot("ind60 =~ x1 + x2 + x3\ndem60 =~ y1 + y2 + y3 + y4\ndem65 =~ y5 + y6 + y7 + y8\n"
                                 "dem60 ~ ind60\ndem65 ~ ind60\ndem60 ~~ dem65\ny1 ~~ y5\nx1 ~~ x3\n"));
}

TEST_CASE("a path model's correlated exogenous variables and residuals are drawn clear of every value and variable") {
    check_no_overlaps(poldem_dot("y1 ~ x1 + x2\ny2 ~ y1 + x1\ny3 ~ x2\ny2 ~~ y3\nx1 ~~ x2\n"));
}

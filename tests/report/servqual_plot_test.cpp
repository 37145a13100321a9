// The SERVQUAL Cartesian diagram as SVG (report/diagram/servqual_plot.hpp): well-formed, every label present and
// escaped, points on the side of the quadrant lines their quadrant says, labels on the canvas.
#include <cmath>
#include <doctest/doctest.h>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/survey_data.hpp"
#include "report/diagram/point_labels.hpp"
#include "report/diagram/servqual_plot.hpp"
#include "report/diagram/svg_png.hpp"
#include "stats/servqual.hpp"
#include "support/fixtures.hpp"
#include "support/png_header.hpp"

using namespace jalur;
using jalur::report::servqual_svg;
using jalur::report::SvgPlotLabels;
using jalur::stats::ServqualPoint;

namespace {

// Tags nest and close in order, one root, attribute values quoted, '&' only in entities, no '<' in text.
// Returns what is wrong, or "" when nothing is.
std::string xml_problem(const std::string& xml) {
    std::vector<std::string> open;
    int roots = 0;
    std::size_t pos = 0;
    while (pos < xml.size()) {
        const std::size_t lt = xml.find('<', pos);
        const std::string text = xml.substr(pos, lt == std::string::npos ? std::string::npos : lt - pos);
        for (std::size_t amp = text.find('&'); amp != std::string::npos; amp = text.find('&', amp + 1)) {
            bool entity = false;
            for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
                entity = entity || text.compare(amp, std::string(e).size(), e) == 0;
            if (!entity) return "a bare & in: " + text;
        }
        if (lt == std::string::npos) break;
        if (xml.compare(lt, 2, "<?") == 0) {
            const std::size_t end = xml.find("?>", lt);
            if (end == std::string::npos) return "an unclosed <?";
            pos = end + 2;
            continue;
        }
        const std::size_t gt = xml.find('>', lt);
        if (gt == std::string::npos) return "an unclosed tag";
        const std::string tag = xml.substr(lt + 1, gt - lt - 1);
        if (tag.find('<') != std::string::npos) return "a < inside the tag " + tag;
        std::size_t quotes = 0;
        for (char c : tag) quotes += c == '"';
        if (quotes % 2 != 0) return "an odd number of quotes in " + tag;
        if (tag[0] == '/') {
            if (open.empty() || open.back() != tag.substr(1)) return "a stray </" + tag.substr(1) + ">";
            open.pop_back();
        } else {
            const std::string name = tag.substr(0, tag.find_first_of(" \n/"));
            if (open.empty()) ++roots;
            if (tag.back() != '/') open.push_back(name);
        }
        pos = gt + 1;
    }
    if (!open.empty()) return "<" + open.back() + "> not closed";
    return roots == 1 ? "" : "not one root element";
}

// The value of `name` in the first element at or after `from` that has it.
double attribute(const std::string& svg, std::size_t from, const std::string& name) {
    const std::size_t at = svg.find(" " + name + "=\"", from);
    REQUIRE(at != std::string::npos);
    return std::stod(svg.substr(at + name.size() + 3));
}

// The centre of the point whose tooltip starts with "<name>: ".
std::pair<double, double> point_centre(const std::string& svg, const std::string& name) {
    const std::size_t title = svg.find("<title>" + name + ": ");
    REQUIRE(title != std::string::npos);
    const std::size_t circle = svg.rfind("<circle", title);
    return {attribute(svg, circle, "cx"), attribute(svg, circle, "cy")};
}

std::vector<ServqualPoint> mitra_dimensions() {
    const auto table = models::read_survey(testing::source_path("tests/fixtures/servqual/servqual_mitra.csv"));
    std::vector<std::string> names;
    std::vector<stats::ServqualAttribute> attributes;
    for (const char* d : {"tangibles", "reliability", "responsiveness", "assurance", "empathy"}) {
        names.push_back(std::string("P_") + d);
        attributes.push_back({d, d});
    }
    for (const char* d : {"tangibles", "reliability", "responsiveness", "assurance", "empathy"})
        names.push_back(std::string("E_") + d);
    const auto values = models::item_responses(table, names).values;
    return stats::servqual(attributes, values.leftCols(5), values.rightCols(5)).dimensions;
}

// A box as the plot measures text: 0.6 em per character wide, from 0.8 em above the baseline to 0.25 em below.
using Box = jalur::report::TextBox;

// Read back from the SVG: the box of every point label and of every point (circles of radius 5) in the points group.
struct PlotLayout {
    std::vector<std::string> names;
    std::vector<Box> labels, points;
};

PlotLayout layout_of(const std::string& svg) {
    PlotLayout layout;
    const std::size_t begin = svg.find("<g class=\"points\">"), end = svg.find("<g class=\"legend\">");
    for (std::size_t at = svg.find("<text ", begin); at < end; at = svg.find("<text ", at + 1)) {
        const std::size_t open = svg.find('>', at), close = svg.find("</text>", at);
        const std::string name = svg.substr(open + 1, close - open - 1);
        const double x = attribute(svg, at, "x"), y = attribute(svg, at, "y");
        const std::size_t anchor_at = svg.find("text-anchor=\"", at) + 13;
        const std::string anchor = svg.substr(anchor_at, svg.find('"', anchor_at) - anchor_at);
        const double width = 0.6 * 11 * static_cast<double>(name.size());
        const double left = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x;
        layout.names.push_back(name);
        layout.labels.push_back({left, y - 0.8 * 11, left + width, y + 0.25 * 11});
    }
    for (std::size_t at = svg.find("<circle ", begin); at < end; at = svg.find("<circle ", at + 1)) {
        const double cx = attribute(svg, at, "cx"), cy = attribute(svg, at, "cy");
        layout.points.push_back({cx - 5, cy - 5, cx + 5, cy + 5});
    }
    return layout;
}

// No label box meets another or any point.
void check_labels_apart(const std::string& svg) {
    const PlotLayout layout = layout_of(svg);
    REQUIRE(layout.labels.size() == layout.points.size());
    for (std::size_t i = 0; i < layout.labels.size(); ++i) {
        CAPTURE(layout.names[i]);
        for (std::size_t j = i + 1; j < layout.labels.size(); ++j) {
            CAPTURE(layout.names[j]);
            CHECK_FALSE(layout.labels[i].intersects(layout.labels[j]));
        }
        for (const Box& point : layout.points) CHECK_FALSE(layout.labels[i].intersects(point));
    }
}

const double kXSplit = 3.8075714285714284, kYSplit = 4.268;  // the dimensions' means

SvgPlotLabels mitra_labels() {
    SvgPlotLabels labels;
    labels.title = "RSUD Mitra: SERVQUAL dimensions";
    return labels;
}

}  // namespace

TEST_CASE("Servqual plot: a well-formed SVG 1.1 document with every label") {
    const std::vector<ServqualPoint> points = mitra_dimensions();
    const std::string svg = servqual_svg(points, kXSplit, kYSplit, mitra_labels());
    CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "version=\"1.1\"",
                    0) == 0);
    CHECK(xml_problem(svg) == "");
    CHECK(svg.find(">RSUD Mitra: SERVQUAL dimensions</text>") != std::string::npos);
    CHECK(svg.find(">Expectation (importance)</text>") != std::string::npos);
    CHECK(svg.find(">Perception (performance)</text>") != std::string::npos);
    for (const char* q : {">I Top priority<", ">II Keep up<", ">III Low priority<", ">IV Possible overkill<"})
        CHECK(svg.find(q) != std::string::npos);
    const std::size_t points_group = svg.find("<g class=\"points\">");
    const std::size_t legend = svg.find("<g class=\"legend\">");
    REQUIRE(points_group < legend);
    for (const ServqualPoint& p : points) {
        CAPTURE(p.name);
        const std::size_t label = svg.find(">" + p.name + "</text>", points_group);
        CHECK(label < legend);
        CHECK(svg.find(">" + p.dimension + "</text>", legend) != std::string::npos);
    }
    CHECK(svg.find("<title>tangibles: expectation 3.84, perception 4.20, gap 0.37, quadrant I</title>") !=
          std::string::npos);
    CHECK(svg.find("stroke-dasharray") != std::string::npos);
}

TEST_CASE("Servqual plot: nice ticks, and the same input gives the same document") {
    const std::vector<ServqualPoint> points = mitra_dimensions();
    const std::string svg = servqual_svg(points, kXSplit, kYSplit, mitra_labels());
    CHECK(svg == servqual_svg(points, kXSplit, kYSplit, mitra_labels()));
    // x: 3.69 … 3.94 in steps of 0.1; y: 4.20 … 4.31 in steps of 0.05.
    for (const char* tick : {">3.6</text>", ">3.7</text>", ">3.8</text>", ">3.9</text>", ">4.0</text>", ">4.15</text>",
                             ">4.20</text>", ">4.25</text>", ">4.30</text>", ">4.35</text>"})
        CHECK(svg.find(tick) != std::string::npos);
    CHECK(svg.find(">3.75</text>") == std::string::npos);
}

TEST_CASE("Servqual plot: each point lies on its quadrant's side of the dashed lines") {
    const std::vector<ServqualPoint> points = mitra_dimensions();
    const std::string svg = servqual_svg(points, kXSplit, kYSplit, mitra_labels());
    const double split_x = attribute(svg, svg.find("class=\"split-x\""), "x1");
    const double split_y = attribute(svg, svg.find("class=\"split-y\""), "y1");
    // Importance grows to the right, performance upwards (SVG y grows downwards).
    auto region = [&](double x, double y) { return x >= split_x ? (y <= split_y ? 2 : 1) : (y <= split_y ? 4 : 3); };
    for (const ServqualPoint& p : points) {
        CAPTURE(p.name);
        const auto [cx, cy] = point_centre(svg, p.name);
        CHECK(region(cx, cy) == p.quadrant);
    }
    const char* names[] = {"I", "II", "III", "IV"};
    for (int q = 1; q <= 4; ++q) {
        CAPTURE(q);
        const std::size_t label = svg.find("class=\"quadrant-" + std::string(names[q - 1]) + "\"");
        CHECK(region(attribute(svg, label, "x"), attribute(svg, label, "y")) == q);
    }
}

TEST_CASE("Servqual plot: text is XML-escaped") {
    std::vector<ServqualPoint> points(2);
    points[0] = {"A&B <x>", "P&L \"q\"", 3.0, 4.0, -1.0, 1, 1};
    points[1] = {"plain", "other", 4.0, 3.0, 1.0, 4, 2};
    SvgPlotLabels labels;
    labels.title = "Q&A <1>";
    labels.quadrants[0] = "I <fix> & act";
    const std::string svg = servqual_svg(points, 3.5, 3.5, labels);
    CHECK(xml_problem(svg) == "");
    CHECK(svg.find(">A&amp;B &lt;x&gt;</text>") != std::string::npos);
    CHECK(svg.find(">P&amp;L &quot;q&quot;</text>") != std::string::npos);
    CHECK(svg.find(">Q&amp;A &lt;1&gt;</text>") != std::string::npos);
    CHECK(svg.find(">I &lt;fix&gt; &amp; act</text>") != std::string::npos);
    CHECK(svg.find("A&B") == std::string::npos);
    CHECK(svg.find("<x>") == std::string::npos);
}

TEST_CASE("Servqual plot: point labels stay on the canvas") {
    // A long label on the rightmost point turns to the left of it; short ones stay on the right.
    std::vector<ServqualPoint> points(3);
    points[0] = {"Kemudahan penyampaian keluhan pasien dan keluarganya", "empathy", 4.0, 5.0, -1.0, 1, 1};
    points[1] = {"short", "empathy", 4.5, 3.0, 1.5, 4, 3};
    points[2] = {"mid", "tangibles", 4.2, 4.0, 0.2, 2, 2};
    const std::string svg = servqual_svg(points, 4.0, 4.2, SvgPlotLabels{});
    CHECK(xml_problem(svg) == "");
    const double width = attribute(svg, svg.find("<svg"), "width");
    for (const ServqualPoint& p : points) {
        CAPTURE(p.name);
        const std::size_t end = svg.find(">" + p.name + "</text>");
        REQUIRE(end != std::string::npos);
        const std::size_t text = svg.rfind("<text", end);
        const double x = attribute(svg, text, "x");
        const double extent = 0.6 * 11 * static_cast<double>(p.name.size());  // the plot's width estimate
        const bool to_the_left = svg.compare(svg.find("text-anchor=\"", text) + 13, 3, "end") == 0;
        CHECK(to_the_left == (p.name.size() > 10));
        CHECK((to_the_left ? x - extent : x) >= 0);
        CHECK((to_the_left ? x : x + extent) <= width);
    }
}

TEST_CASE("Servqual plot: axes for other ranges, one point, a long legend") {
    // 0 … 100: ticks every 25 without decimals.
    std::vector<ServqualPoint> points(2);
    points[0] = {"low", "d0", 0.0, 0.0, 0.0, 3, 1};
    points[1] = {"high", "d1", 100.0, 100.0, 0.0, 2, 2};
    std::string svg = servqual_svg(points, 50, 50, SvgPlotLabels{});
    CHECK(xml_problem(svg) == "");
    for (const char* tick : {">-25</text>", ">0</text>", ">25</text>", ">100</text>", ">125</text>"})
        CHECK(svg.find(tick) != std::string::npos);
    CHECK(svg.find(">25.0</text>") == std::string::npos);
    // One point on both splits: a span of a tenth of the value, 3.96 … 4.04.
    points.assign(1, {"only", "d", 4.0, 4.0, 0.0, 2, 1});
    svg = servqual_svg(points, 4.0, 4.0, SvgPlotLabels{});
    CHECK(xml_problem(svg) == "");
    CHECK(svg.find(">3.96</text>") != std::string::npos);
    CHECK(svg.find(">4.04</text>") != std::string::npos);
    // 30 dimensions: the canvas grows to hold the legend.
    points.clear();
    for (int d = 0; d < 30; ++d)
        points.push_back({"p" + std::to_string(d), "dim" + std::to_string(d), 1.0 * d, 1.0, 0, 2, 1});
    svg = servqual_svg(points, 15, 1, SvgPlotLabels{});
    const double height = attribute(svg, svg.find("<svg"), "height");
    const std::size_t last = svg.rfind("<circle", svg.find(">dim29</text>"));
    CHECK(attribute(svg, last, "cy") + 5 <= height);
}

TEST_CASE("Servqual plot: refuses numbers it cannot place") {
    std::vector<ServqualPoint> points(1);
    points[0] = {"a", "x", std::numeric_limits<double>::quiet_NaN(), 3.0, 0.0, 0, 1};
    CHECK_THROWS_AS(servqual_svg(points, 3.0, 3.0, SvgPlotLabels{}), std::invalid_argument);
    points[0].perception = 3.0;
    CHECK_THROWS_AS(servqual_svg(points, std::numeric_limits<double>::infinity(), 3.0, SvgPlotLabels{}),
                    std::invalid_argument);
    CHECK(xml_problem(servqual_svg({}, 3.0, 3.0, SvgPlotLabels{})) == "");
}

TEST_CASE("Servqual plot: crowded points get labels that meet no other label and cover no point") {
    // The worked example's 15 attributes, and a cluster of 14 points a hair apart around (4.0, 3.6) with names
    // of different lengths, where labels beside the points would pile up.
    std::vector<ServqualPoint> points;
    const double attributes[][2] = {{3.942, 3.681}, {3.797, 3.377}, {4.406, 3.812}, {4.493, 3.101}, {4.348, 3.739},
                                    {4.130, 3.783}, {4.493, 3.478}, {4.275, 3.348}, {4.029, 3.797}, {4.101, 3.797},
                                    {4.188, 3.710}, {3.812, 3.319}, {4.391, 3.406}, {4.087, 3.725}, {3.696, 3.812}};
    const char* names[] = {"tan1", "tan2", "tan3", "rel1", "rel2", "rel3", "res1", "res2",
                           "res3", "ass1", "ass2", "ass3", "emp1", "emp2", "emp3"};
    for (std::size_t k = 0; k < 15; ++k)
        points.push_back({names[k], std::string(names[k]).substr(0, 3), attributes[k][0], attributes[k][1],
                          attributes[k][1] - attributes[k][0], 1, static_cast<int>(k + 1)});
    for (int k = 0; k < 14; ++k)
        points.push_back({"cluster" + std::string(static_cast<std::size_t>(k % 4), 'x') + std::to_string(k), "cluster",
                          4.0 + 0.004 * (k % 5), 3.6 + 0.006 * (k / 5), 0, 2, 16 + k});
    const std::string svg = servqual_svg(points, 4.1, 3.6, SvgPlotLabels{});
    CHECK(xml_problem(svg) == "");
    check_labels_apart(svg);
    // Labels that had to move away from their point are tied to it by a leader line.
    CHECK(svg.find("class=\"leader\"") != std::string::npos);
    CHECK(svg == servqual_svg(points, 4.1, 3.6, SvgPlotLabels{}));
}

TEST_CASE("Servqual plot: the Mitra dimensions and the worked example keep their labels beside their points") {
    const std::string svg = servqual_svg(mitra_dimensions(), kXSplit, kYSplit, mitra_labels());
    check_labels_apart(svg);
    CHECK(svg.find("class=\"leader\"") == std::string::npos);
}

TEST_CASE("Servqual plot: past ten dimensions the markers change shape, so no two dimensions look alike") {
    std::vector<ServqualPoint> points;
    for (int d = 0; d < 25; ++d)
        points.push_back({"p" + std::to_string(d), "dim" + std::to_string(d), 1.0 + d, 1.0 + (d * 7) % 25, 0, 2, d + 1});
    const std::string svg = servqual_svg(points, 12, 12, SvgPlotLabels{});
    CHECK(xml_problem(svg) == "");
    // Each legend entry: its marker element and colour.
    std::set<std::string> looks;
    const std::size_t legend = svg.find("<g class=\"legend\">");
    for (std::size_t at = svg.find('<', legend + 1); svg.compare(at, 4, "</g>") != 0; at = svg.find('<', at + 1)) {
        if (svg.compare(at, 5, "<text") == 0 || svg.compare(at, 2, "</") == 0) continue;
        const std::string element = svg.substr(at + 1, svg.find(' ', at) - at - 1);
        const std::size_t fill = svg.find("fill=\"", at) + 6;
        looks.insert(element + " " + svg.substr(fill, svg.find('"', fill) - fill));
    }
    CHECK(looks.size() == 25);
    for (const char* shape : {"circle", "rect", "polygon"}) {
        bool found = false;
        for (const auto& look : looks) found = found || look.rfind(shape, 0) == 0;
        CHECK(found);
    }
}

TEST_CASE("Servqual plot as PNG: a PNG picture twice the SVG's size, and an SVG librsvg cannot read is an error") {
    const std::string svg = servqual_svg(mitra_dimensions(), kXSplit, kYSplit, mitra_labels());
    const std::string png = report::svg_to_png(svg);
    CHECK(jalur::testing::has_png_signature(png));
    const auto twice = [&](const char* name) {
        return static_cast<unsigned long>(std::ceil(2 * attribute(svg, svg.find("<svg"), name)));
    };
    CHECK(jalur::testing::png_size(png) == std::pair<unsigned long, unsigned long>(twice("width"), twice("height")));
    CHECK_THROWS_AS(report::svg_to_png("<svg"), std::runtime_error);
}

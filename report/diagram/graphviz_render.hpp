#pragma once
// Graphviz lays out and draws a DOT graph (libgvc; the only code that includes Graphviz's headers).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jalur::report {

enum class DiagramFormat { Svg, Png, Pdf, Jpeg, Dot };

// The names parse_diagram_format knows, for messages: "svg, png, pdf, jpg or dot".
inline constexpr const char* kDiagramFormatNames = "svg, png, pdf, jpg or dot";

// "svg", "png", "pdf", "jpg" (or "jpeg") or "dot"; nullopt for anything else.
std::optional<DiagramFormat> parse_diagram_format(std::string_view name);

// The drawing as the bytes of an SVG, PNG, PDF or JPEG file, or the DOT text itself. Throws std::runtime_error when
// Graphviz cannot read or draw the graph (a bug in the DOT jalur wrote, or a Graphviz without its plugins).
std::string render_graph(const std::string& dot, DiagramFormat format);

// Where Graphviz put things, in points with y upwards (Graphviz's coordinates, as the `pos` attributes take them).
struct Point {
    double x = 0, y = 0;
};
struct Box {  // a centre and a size
    double x = 0, y = 0, width = 0, height = 0;
    double left() const { return x - width / 2; }
    double right() const { return x + width / 2; }
    double bottom() const { return y - height / 2; }
    double top() const { return y + height / 2; }
};
struct PlacedNode {
    std::string name, label, shape;  // the node's id, its text and its shape attribute (box, ellipse, plaintext)
    Box box;
};
struct PlacedEdge {
    std::string tail, head, dir;  // ids; dir is the attribute (empty, "back" or "both")
    // Graphviz's B-spline (3k + 1 control points) and the tips of its arrowheads at the tail and the head.
    std::vector<Point> spline;
    std::optional<Point> tail_tip, head_tip;
    std::optional<Box> label;  // its label or xlabel, where Graphviz placed it
};
struct GraphLayout {
    std::vector<PlacedNode> nodes;
    std::vector<PlacedEdge> edges;
};

// Lays out a DOT graph with the engine its `layout` attribute names (dot when it names none), as render_graph
// does, and reads back the positions. Throws std::runtime_error as render_graph does.
GraphLayout lay_out_graph(const std::string& dot);

}  // namespace jalur::report

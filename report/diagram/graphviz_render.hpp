#pragma once
// Graphviz lays out and draws a DOT graph (libgvc; the only code that includes Graphviz's headers).
#include <optional>
#include <string>
#include <string_view>

namespace jalur::report {

enum class DiagramFormat { Svg, Png, Pdf, Jpeg, Dot };

// The names parse_diagram_format knows, for messages: "svg, png, pdf, jpg or dot".
inline constexpr const char* kDiagramFormatNames = "svg, png, pdf, jpg or dot";

// "svg", "png", "pdf", "jpg" (or "jpeg") or "dot"; nullopt for anything else.
std::optional<DiagramFormat> parse_diagram_format(std::string_view name);

// The drawing as the bytes of an SVG, PNG, PDF or JPEG file, or the DOT text itself. Throws std::runtime_error when
// Graphviz cannot read or draw the graph (a bug in the DOT jalur wrote, or a Graphviz without its plugins).
std::string render_graph(const std::string& dot, DiagramFormat format);

}  // namespace jalur::report

#pragma once
// An SVG drawing as a PNG picture, drawn by librsvg on a cairo image surface (the only code that includes their
// headers). For the plots jalur draws as SVG itself (the SERVQUAL quadrant plot); Graphviz draws the path diagrams'
// PNG on its own.
#include <string>

namespace jalur::report {

// The bytes of a PNG file of `svg` at `scale` times its size in px (2: sharp in a printed thesis). Throws
// std::runtime_error when librsvg cannot read the SVG or cairo cannot draw it (a bug in the SVG jalur wrote).
std::string svg_to_png(const std::string& svg, double scale = 2);

}  // namespace jalur::report

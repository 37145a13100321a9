#pragma once
// The importance–performance (Cartesian) diagram of a SERVQUAL analysis as a self-contained SVG 1.1 document:
// expectation (importance) on the x axis, perception (performance) on the y axis, dashed quadrant lines at the
// splits, the quadrant names in their corners (I bottom right, II top right, III bottom left, IV top left, as
// stats/servqual.hpp defines them), one labelled point per attribute or dimension marked by its dimension (ten
// colours, then the ten again in other shapes), names placed so that none overlaps another or covers a point
// (report/diagram/point_labels.hpp), and a legend of the dimensions. The output depends only on the arguments
// (fixed precision; numbers people read in the current decimal mark, coordinates always with a point).
#include <array>
#include <string>
#include <vector>

#include "stats/servqual.hpp"

namespace jalur::report {

struct SvgPlotLabels {
    std::string title;
    std::string x_axis = "Expectation (importance)";
    std::string y_axis = "Perception (performance)";
    // Quadrants I..IV.
    std::array<std::string, 4> quadrants = {"I Top priority", "II Keep up", "III Low priority",
                                            "IV Possible overkill"};
};

// `points`, `x_split` (expectation) and `y_split` (perception) must be finite; throws std::invalid_argument
// otherwise. Text is XML-escaped.
std::string servqual_svg(const std::vector<jalur::stats::ServqualPoint>& points, double x_split, double y_split,
                         const SvgPlotLabels& labels);

}  // namespace jalur::report

#pragma once
// The curves of covariances in a path diagram, as LISREL and semPlot draw them: a bracket-shaped arc on the outer
// side of the two variables (beyond their error values, or beside factors away from their indicators), one lane
// per arc so that an arc over a shorter one goes round it, the value beside the arc's apex in a gap between the
// rows of variables, and nothing else of the drawing in the arc's way. Pure geometry in Graphviz's points
// (y upwards): path_diagram.cpp lets Graphviz's dot place the variables, then draws these arcs itself.
#include <vector>

#include "report/diagram/graphviz_render.hpp"

namespace jalur::report {

struct CovarianceEnds {
    Box from, to;                     // the two variables' nodes (or their error values' nodes)
    bool from_round = false, to_round = false;  // an ellipse rather than a box
    double label_width = 0, label_height = 0;   // the value's text
};

struct CovarianceArc {
    std::vector<Point> spline;  // a B-spline of 3k + 1 points, from the first end to the second
    Point from_tip, to_tip;     // where the arrowheads touch the nodes
    Box label;                  // the value's place, beside the apex
};

// What is already drawn: the arcs go round the boxes (nodes and values) and their values clear the lines too.
struct DrawnParts {
    std::vector<Box> boxes;
    std::vector<std::vector<Point>> lines;  // the other edges as drawn (diagram_geometry's polyline)
};

// The arcs of the covariances, in their order.
std::vector<CovarianceArc> covariance_arcs(const std::vector<CovarianceEnds>& covariances, const DrawnParts& drawn);

}  // namespace jalur::report

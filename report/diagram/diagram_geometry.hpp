#pragma once
// Plane geometry of a laid-out diagram (graphviz_render.hpp's points and boxes): the drawn line of an edge and
// whether lines and boxes meet. The diagram's values are moved clear of the lines with it, and the tests read
// the layout back with it.
#include <vector>

#include "report/diagram/graphviz_render.hpp"

namespace jalur::report {

// A box less a margin on every side: things that only touch it do not overlap what remains.
Box shrunk(Box box, double by);

bool boxes_overlap(const Box& a, const Box& b);

// The line an edge is drawn as: its Bézier pieces finely sampled, from the tip of a tail arrowhead to the tip
// of a head arrowhead.
std::vector<Point> polyline(const std::vector<Point>& spline, const std::optional<Point>& tail_tip,
                            const std::optional<Point>& head_tip);
std::vector<Point> polyline(const PlacedEdge& edge);

bool line_crosses(const std::vector<Point>& line, const Box& box);

// Moves each label that comes within a point of a line, a fixed box or another label to the nearest place, up
// to a few points away, where it does not; one with no such place stays.
void move_labels_clear(std::vector<Box>& labels, const std::vector<Box>& fixed,
                       const std::vector<std::vector<Point>>& lines);

}  // namespace jalur::report

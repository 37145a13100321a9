#include "report/diagram/diagram_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace jalur::report {

namespace {

constexpr int kSamples = 32;
constexpr double kLabelClearance = 1;  // between a moved label and anything else
constexpr int kLabelReach = 16;        // how far a label may move, in points along either axis  // points per Bézier piece: a piece of a diagram is at most a few hundred points long

// Whether the segment from a to b passes through the box (Liang–Barsky clipping).
bool segment_crosses(const Point& a, const Point& b, const Box& box) {
    double low = 0, high = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x - box.left(), box.right() - a.x, a.y - box.bottom(), box.top() - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) low = std::max(low, t);
        else high = std::min(high, t);
        if (low > high) return false;
    }
    return true;
}

}  // namespace

Box shrunk(Box box, double by) {
    box.width -= 2 * by;
    box.height -= 2 * by;
    return box;
}

bool boxes_overlap(const Box& a, const Box& b) {
    return a.left() < b.right() && b.left() < a.right() && a.bottom() < b.top() && b.bottom() < a.top();
}

std::vector<Point> polyline(const std::vector<Point>& spline, const std::optional<Point>& tail_tip,
                            const std::optional<Point>& head_tip) {
    std::vector<Point> points;
    if (tail_tip) points.push_back(*tail_tip);
    for (std::size_t i = 0; i + 3 < spline.size(); i += 3)
        for (int step = 0; step <= kSamples; ++step) {
            const double t = static_cast<double>(step) / kSamples, u = 1 - t;
            const double w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
            points.push_back({w0 * spline[i].x + w1 * spline[i + 1].x + w2 * spline[i + 2].x + w3 * spline[i + 3].x,
                              w0 * spline[i].y + w1 * spline[i + 1].y + w2 * spline[i + 2].y + w3 * spline[i + 3].y});
        }
    if (head_tip) points.push_back(*head_tip);
    return points;
}

std::vector<Point> polyline(const PlacedEdge& edge) { return polyline(edge.spline, edge.tail_tip, edge.head_tip); }

bool line_crosses(const std::vector<Point>& line, const Box& box) {
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        if (segment_crosses(line[i], line[i + 1], box)) return true;
    return false;
}

void move_labels_clear(std::vector<Box>& labels, const std::vector<Box>& fixed,
                       const std::vector<std::vector<Point>>& lines) {
    // The offsets to try, nearest first.
    std::vector<std::pair<int, int>> offsets;
    for (int dx = -kLabelReach; dx <= kLabelReach; ++dx)
        for (int dy = -kLabelReach; dy <= kLabelReach; ++dy) offsets.emplace_back(dx, dy);
    std::stable_sort(offsets.begin(), offsets.end(), [](const auto& a, const auto& b) {
        return a.first * a.first + a.second * a.second < b.first * b.first + b.second * b.second;
    });
    for (std::size_t i = 0; i < labels.size(); ++i) {
        auto clear = [&](const Box& box) {
            const Box margin = shrunk(box, -kLabelClearance);
            for (const auto& line : lines)
                if (line_crosses(line, margin)) return false;
            for (const Box& other : fixed)
                if (boxes_overlap(margin, other)) return false;
            for (std::size_t j = 0; j < labels.size(); ++j)
                if (j != i && boxes_overlap(margin, labels[j])) return false;
            return true;
        };
        for (const auto& [dx, dy] : offsets) {
            Box moved = labels[i];
            moved.x += dx;
            moved.y += dy;
            if (clear(moved)) {
                labels[i] = moved;
                break;
            }
        }
    }
}

}  // namespace jalur::report

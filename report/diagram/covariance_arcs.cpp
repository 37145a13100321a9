#include "report/diagram/covariance_arcs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jalur::report {

namespace {

constexpr double kArrow = 7;       // an arrowhead's length (Graphviz's 10 points at arrowsize=0.7)
constexpr double kClearance = 20;  // from the outermost thing in an arc's rows to its lane
constexpr double kLaneStep = 8;    // between the lanes of two arcs whose rows overlap
constexpr double kLabelGap = 4;    // between a lane and its value, and between a value and the next lane
constexpr double kCorner = 10;     // the radius of the arc's rounded corners
constexpr double kRowPad = 2;      // around a row, where no value is put
constexpr double kQuarter = 0.5523;  // a cubic Bézier's control distance for a quarter circle

// The side an arc goes out on: +1 right, −1 left. `outward(box)` is how far the box reaches on that side.
struct Side {
    double sign = 1;
    double outward(const Box& box) const { return sign > 0 ? box.right() : -box.left(); }
    double outward(const Point& point) const { return sign * point.x; }
};

bool rows_overlap(double bottom, double top, const Box& box) { return box.bottom() < top && box.top() > bottom; }

bool same_box(const Box& a, const Box& b) { return std::abs(a.x - b.x) < 0.01 && std::abs(a.y - b.y) < 0.01; }

struct Arc {
    std::size_t index = 0;
    Side side;
    double bottom = 0, top = 0;  // the rows the arc spans (its ends' centres)
    double reach_bottom = 0, reach_top = 0;  // and their boxes' extent, where its stretches out go
    double lane = 0;             // outward coordinate of its vertical stretch
    double label_y = 0;
};

// How far out on `side` the arc between the rows must go to pass everything drawn in them.
double outermost(const Side& side, double bottom, double top, const DrawnParts& drawn) {
    double out = -std::numeric_limits<double>::infinity();
    for (const Box& box : drawn.boxes)
        if (rows_overlap(bottom, top, box)) out = std::max(out, side.outward(box));
    for (const Point& point : drawn.line_points)
        if (point.y > bottom && point.y < top) out = std::max(out, side.outward(point));
    return out;
}

// Whether something stands beside `end` on `side`, where the arc would leave it.
bool blocked(const Side& side, const Box& end, const DrawnParts& drawn) {
    for (const Box& box : drawn.boxes)
        if (!same_box(box, end) && rows_overlap(end.bottom(), end.top(), box) &&
            side.sign * box.x > side.sign * end.x)
            return true;
    return false;
}

// The side with the shorter way round, preferring one where nothing stands beside either end; right on a tie.
Side side_of(const CovarianceEnds& ends, const DrawnParts& drawn) {
    const double bottom = std::min(ends.from.y, ends.to.y), top = std::max(ends.from.y, ends.to.y);
    double best_cost = std::numeric_limits<double>::infinity();
    Side best;
    for (const double sign : {1.0, -1.0}) {
        const Side side{sign};
        double cost = outermost(side, bottom, top, drawn) -
                      std::max(side.outward(ends.from), side.outward(ends.to));
        if (blocked(side, ends.from, drawn) || blocked(side, ends.to, drawn)) cost += 1e6;
        if (cost < best_cost) best_cost = cost, best = side;
    }
    return best;
}

// The height of the value beside the arc: the centre of the arc's rows when that is clear of every row an
// arc leaves from on this side (their horizontal stretches cross there), else the middle of the free gap
// nearest to it.
double label_height_position(double bottom, double top, double height, const std::vector<Box>& rows) {
    const double centre = (bottom + top) / 2;
    std::vector<double> candidates{centre};
    std::vector<std::pair<double, double>> bands;
    for (const Box& row : rows) bands.emplace_back(row.bottom() - kRowPad, row.top() + kRowPad);
    std::sort(bands.begin(), bands.end());
    for (std::size_t i = 0; i + 1 < bands.size(); ++i) candidates.push_back((bands[i].second + bands[i + 1].first) / 2);
    auto clear = [&](double y) {
        if (y - height / 2 < bottom || y + height / 2 > top) return false;
        for (const auto& [low, high] : bands)
            if (y - height / 2 < high && y + height / 2 > low) return false;
        return true;
    };
    double best = centre, distance = std::numeric_limits<double>::infinity();
    for (double y : candidates)
        if (clear(y) && std::abs(y - centre) < distance) best = y, distance = std::abs(y - centre);
    return best;
}

// Where on `end`'s outer side an arc leaves, `offset` above its centre: on the ellipse or the box's side.
Point attachment(const Side& side, const Box& end, bool round, double offset) {
    double half = end.width / 2;
    if (round) {
        const double b = end.height / 2;
        half *= std::sqrt(std::max(0.0, 1 - (offset / b) * (offset / b)));
    }
    return {end.x + side.sign * half, end.y + offset};
}

// A straight stretch of a B-spline, from its last point.
void add_straight(std::vector<Point>& spline, Point to) {
    const Point from = spline.back();
    spline.push_back({from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3});
    spline.push_back({from.x + 2 * (to.x - from.x) / 3, from.y + 2 * (to.y - from.y) / 3});
    spline.push_back(to);
}

}  // namespace

std::vector<CovarianceArc> covariance_arcs(const std::vector<CovarianceEnds>& covariances, const DrawnParts& drawn) {
    std::vector<Arc> arcs;
    for (std::size_t i = 0; i < covariances.size(); ++i) {
        const CovarianceEnds& ends = covariances[i];
        arcs.push_back({i, side_of(ends, drawn), std::min(ends.from.y, ends.to.y), std::max(ends.from.y, ends.to.y),
                        std::min(ends.from.bottom(), ends.to.bottom()), std::max(ends.from.top(), ends.to.top())});
    }

    // The values go between the rows that arcs leave from, on each side.
    for (Arc& arc : arcs) {
        std::vector<Box> rows;
        for (const Arc& other : arcs)
            if (other.side.sign == arc.side.sign)
                rows.insert(rows.end(), {covariances[other.index].from, covariances[other.index].to});
        arc.label_y = label_height_position(arc.bottom, arc.top, covariances[arc.index].label_height, rows);
    }

    // Lanes, the shorter arcs inside: each arc clears everything in its rows and the arcs already placed whose
    // rows overlap its own, and their values too where it passes them.
    std::vector<Arc*> order;
    for (Arc& arc : arcs) order.push_back(&arc);
    std::stable_sort(order.begin(), order.end(), [](const Arc* a, const Arc* b) {
        return a->top - a->bottom < b->top - b->bottom;
    });
    std::vector<const Arc*> placed;
    for (Arc* arc : order) {
        arc->lane = outermost(arc->side, arc->reach_bottom, arc->reach_top, drawn) + kClearance;
        for (const Arc* inner : placed) {
            if (inner->side.sign != arc->side.sign || inner->bottom > arc->top || inner->top < arc->bottom) continue;
            const CovarianceEnds& inner_ends = covariances[inner->index];
            const bool passes_value = inner->label_y - inner_ends.label_height / 2 < arc->top &&
                                      inner->label_y + inner_ends.label_height / 2 > arc->bottom;
            arc->lane = std::max(arc->lane, inner->lane + (passes_value ? 2 * kLabelGap + inner_ends.label_width
                                                                          : kLaneStep));
        }
        placed.push_back(arc);
    }

    // Where each arc leaves its ends: those going up leave from the end's upper half, those going down from its
    // lower half, and of two the outer one nearer the centre, so that no two cross at an end. A lone arc leaves
    // from the centre.
    std::vector<double> offset_from(arcs.size(), 0), offset_to(arcs.size(), 0);
    auto spread = [&](const Box& end, const Side& side) {
        std::vector<std::pair<double, double*>> up, down;  // lane, offset to set
        for (const Arc& arc : arcs) {
            if (arc.side.sign != side.sign) continue;
            const CovarianceEnds& ends = covariances[arc.index];
            if (same_box(ends.from, end)) (ends.to.y > end.y ? up : down).emplace_back(arc.lane, &offset_from[arc.index]);
            if (same_box(ends.to, end)) (ends.from.y > end.y ? up : down).emplace_back(arc.lane, &offset_to[arc.index]);
        }
        const std::size_t n = up.size() + down.size();
        if (n < 2) return;
        std::sort(up.begin(), up.end());
        std::sort(down.begin(), down.end());
        // From the top of the end to its bottom: the up arcs inner to outer, then the down arcs outer to inner.
        std::vector<double*> slots;
        for (auto& [lane, offset] : up) slots.push_back(offset);
        for (auto it = down.rbegin(); it != down.rend(); ++it) slots.push_back(it->second);
        const double reach = 0.6 * end.height / 2;
        for (std::size_t i = 0; i < n; ++i) *slots[i] = reach - 2 * reach * static_cast<double>(i) / (n - 1);
    };
    for (const Arc& arc : arcs) {
        spread(covariances[arc.index].from, arc.side);
        spread(covariances[arc.index].to, arc.side);
    }

    // Each arc as a bracket with rounded corners: out from its first end, along its lane, back into the second.
    std::vector<CovarianceArc> out(arcs.size());
    for (const Arc& arc : arcs) {
        const CovarianceEnds& ends = covariances[arc.index];
        const Side& side = arc.side;
        CovarianceArc& drawn_arc = out[arc.index];
        drawn_arc.from_tip = attachment(side, ends.from, ends.from_round, offset_from[arc.index]);
        drawn_arc.to_tip = attachment(side, ends.to, ends.to_round, offset_to[arc.index]);
        const double lane = side.sign * arc.lane;  // as an x
        const Point start{drawn_arc.from_tip.x + side.sign * kArrow, drawn_arc.from_tip.y};
        const Point end{drawn_arc.to_tip.x + side.sign * kArrow, drawn_arc.to_tip.y};
        const double rise = end.y > start.y ? 1 : -1;
        const double radius = std::min({kCorner, std::abs(end.y - start.y) / 2,
                                        std::abs(lane - start.x), std::abs(lane - end.x)});
        const double back = lane - side.sign * radius;  // where the corners begin, as an x
        std::vector<Point>& spline = drawn_arc.spline;
        spline.push_back(start);
        add_straight(spline, {back, start.y});
        spline.push_back({back + side.sign * kQuarter * radius, start.y});
        spline.push_back({lane, start.y + rise * (radius - kQuarter * radius)});
        spline.push_back({lane, start.y + rise * radius});
        add_straight(spline, {lane, end.y - rise * radius});
        spline.push_back({lane, end.y - rise * (radius - kQuarter * radius)});
        spline.push_back({back + side.sign * kQuarter * radius, end.y});
        spline.push_back({back, end.y});
        add_straight(spline, end);
        drawn_arc.label = {lane + side.sign * (kLabelGap + ends.label_width / 2), arc.label_y, ends.label_width,
                           ends.label_height};
    }
    return out;
}

}  // namespace jalur::report

#include "report/diagram/covariance_arcs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "report/diagram/diagram_geometry.hpp"

namespace jalur::report {

namespace {

constexpr double kArrow = 7;       // an arrowhead's length (Graphviz's 10 points at arrowsize=0.7)
constexpr double kClearance = 20;  // from the outermost thing in an arc's rows to its lane
constexpr double kLaneStep = 8;    // between the lanes of two arcs whose rows overlap
constexpr double kLabelGap = 4;    // between a lane and its value
constexpr double kValueGap = 12;   // between a value and the next lane out, so that two values do not read as one
constexpr double kCorner = 10;     // the radius of the arc's rounded corners
constexpr double kRowPad = 2;      // around a row, where no value is put
constexpr double kQuarter = 0.5523;  // a cubic Bézier's control distance for a quarter circle
constexpr double kSearchStep = 2;  // between the lanes tried
constexpr double kLegWidth = 3;    // of the band out of an end that no arrow may run along

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
    double lane = 0;             // outward coordinate of its vertical stretch
    std::vector<double> label_candidates;
    Box label;  // its value
};

// How far out on `side` the arc between the rows must go to pass everything drawn in them.
double outermost(const Side& side, double bottom, double top, const DrawnParts& drawn) {
    double out = -std::numeric_limits<double>::infinity();
    for (const Box& box : drawn.boxes)
        if (rows_overlap(bottom, top, box)) out = std::max(out, side.outward(box));
    for (const auto& line : drawn.lines)
        for (const Point& point : line)
            if (point.y > bottom && point.y < top) out = std::max(out, side.outward(point));
    return out;
}

// The box a stretch of the arc covers: from outward coordinate u0 to u1 at height y, or at u from y0 to y1.
Box across(const Side& side, double u0, double u1, double y, double thickness) {
    return {side.sign * (u0 + u1) / 2, y, std::abs(u1 - u0), thickness};
}
Box along(const Side& side, double u, double y0, double y1) { return {side.sign * u, (y0 + y1) / 2, 0, std::abs(y1 - y0)}; }

bool meets_any(const Box& stretch, const std::vector<Box>& boxes, const Box& except_a, const Box& except_b) {
    for (const Box& box : boxes)
        if (!same_box(box, except_a) && !same_box(box, except_b) && boxes_overlap(stretch, box)) return true;
    return false;
}

// Whether an arc between the two ends can run along the lane u: out of each end and along the lane without
// meeting anything drawn (the arc's own ends aside), and out of each end without running along an arrow (as it
// would beside an error value, or out of a factor beside a loading drawn straight across).
bool lane_is_free(const Side& side, double u, const CovarianceEnds& ends, const DrawnParts& drawn,
                  const std::vector<Box>& boxes) {
    for (const Box* end : {&ends.from, &ends.to}) {
        if (meets_any(across(side, side.outward(*end), u, end->y, 0.6 * end->height), boxes, ends.from, ends.to))
            return false;
        const Box leg = across(side, side.outward(*end) + kArrow, u, end->y, kLegWidth);
        for (const auto& line : drawn.lines)
            if (line_crosses(line, leg)) return false;
    }
    return !meets_any(along(side, u, std::min(ends.from.y, ends.to.y), std::max(ends.from.y, ends.to.y)), boxes,
                      ends.from, ends.to);
}

// The nearest lane beyond both ends that is free, searched up to the lane beyond everything in the arc's rows.
double first_free_lane(const Side& side, double from_u, const CovarianceEnds& ends, const DrawnParts& drawn,
                       double beyond_all) {
    for (double u = from_u; u < beyond_all; u += kSearchStep)
        if (lane_is_free(side, u, ends, drawn, drawn.boxes)) return u;
    return std::max(from_u, beyond_all);
}

double beyond_all(const Side& side, const CovarianceEnds& ends, const DrawnParts& drawn) {
    return outermost(side, std::min(ends.from.bottom(), ends.to.bottom()), std::max(ends.from.top(), ends.to.top()),
                     drawn) +
           kClearance;
}

double nearest_lane(const Side& side, const CovarianceEnds& ends) {
    return std::max(side.outward(ends.from), side.outward(ends.to)) + kClearance;
}

// The side with the nearer free lane; right on a tie. A side where nothing is free costs the way round everything.
Side side_of(const CovarianceEnds& ends, const DrawnParts& drawn) {
    double best_cost = std::numeric_limits<double>::infinity();
    Side best;
    for (const double sign : {1.0, -1.0}) {
        const Side side{sign};
        const double outer = beyond_all(side, ends, drawn), start = nearest_lane(side, ends);
        const double lane = first_free_lane(side, start, ends, drawn, outer);
        double cost = lane - start;
        if (!lane_is_free(side, lane, ends, drawn, drawn.boxes)) cost += 1e6;
        if (cost < best_cost) best_cost = cost, best = side;
    }
    return best;
}

// The heights where the value beside the arc may go, nearest the centre of its rows first: clear of every row
// an arc leaves from on this side (their horizontal stretches cross there) and within the arc's rows.
std::vector<double> label_heights(double bottom, double top, double height, const std::vector<Box>& rows) {
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
    std::vector<double> out;
    for (double y : candidates)
        if (clear(y)) out.push_back(y);
    std::sort(out.begin(), out.end(), [&](double a, double b) { return std::abs(a - centre) < std::abs(b - centre); });
    if (out.empty()) out.push_back(centre);
    return out;
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
        Arc arc;
        arc.index = i;
        arc.side = side_of(ends, drawn);
        arc.bottom = std::min(ends.from.y, ends.to.y);
        arc.top = std::max(ends.from.y, ends.to.y);
        arcs.push_back(arc);
    }

    // The values go between the rows that arcs leave from, on each side.
    for (Arc& arc : arcs) {
        std::vector<Box> rows;
        for (const Arc& other : arcs)
            if (other.side.sign == arc.side.sign)
                rows.insert(rows.end(), {covariances[other.index].from, covariances[other.index].to});
        arc.label_candidates = label_heights(arc.bottom, arc.top, covariances[arc.index].label_height, rows);
    }

    // Lanes, the shorter arcs first: each arc takes the nearest lane where it meets nothing drawn, crosses no arc
    // already placed and its value touches no line. An arc over a shorter one thus goes round it, and arcs in
    // different places can each keep close to their ends. Arcs whose rows interleave must cross: such an arc goes
    // out beyond everything in its rows and the arcs it overlaps (and their values, where it passes them).
    std::vector<Arc*> order;
    for (Arc& arc : arcs) order.push_back(&arc);
    std::stable_sort(order.begin(), order.end(), [](const Arc* a, const Arc* b) {
        return a->top - a->bottom < b->top - b->bottom;
    });
    std::vector<const Arc*> placed;
    std::vector<Box> boxes = drawn.boxes;  // and the values of the arcs placed
    // The stretches of an arc at a lane, as thin boxes: the vertical one, and one out of each end.
    auto vertical = [&](const Arc& arc, double lane) { return along(arc.side, lane, arc.bottom, arc.top); };
    auto leg = [&](const Arc& arc, const Box& end, double lane) {
        return across(arc.side, arc.side.outward(end), lane, end.y, 0.6 * end.height);
    };
    auto crosses = [&](const Arc& arc, double lane, const Arc& other) {
        const CovarianceEnds& ends = covariances[arc.index];
        const CovarianceEnds& other_ends = covariances[other.index];
        if (std::abs(lane - other.lane) < kLaneStep) return true;
        for (const Box* end : {&other_ends.from, &other_ends.to})
            if (boxes_overlap(vertical(arc, lane), leg(other, *end, other.lane))) return true;
        for (const Box* end : {&ends.from, &ends.to}) {
            if (same_box(*end, other_ends.from) || same_box(*end, other_ends.to)) continue;  // spread apart below
            if (boxes_overlap(leg(arc, *end, lane), vertical(other, other.lane))) return true;
        }
        return false;
    };
    for (Arc* arc : order) {
        const CovarianceEnds& ends = covariances[arc->index];
        const Side& side = arc->side;
        std::vector<const Arc*> overlapping;
        double outer = beyond_all(side, ends, drawn);
        for (const Arc* other : placed) {
            if (other->side.sign != side.sign || other->bottom > arc->top || other->top < arc->bottom) continue;
            overlapping.push_back(other);
            const CovarianceEnds& other_ends = covariances[other->index];
            const bool passes_value = other->label.bottom() < arc->top && other->label.top() > arc->bottom;
            outer = std::max(outer, other->lane + (passes_value ? kLabelGap + other_ends.label_width + kValueGap : kLaneStep));
        }
        auto value_at = [&](double lane, double y) {
            return Box{side.sign * (lane + kLabelGap + ends.label_width / 2), y, ends.label_width, ends.label_height};
        };
        auto value_is_clear = [&](const Box& value) {
            const Box margin = shrunk(value, -1);
            for (const Box& box : boxes)
                if (boxes_overlap(margin, box)) return false;
            for (const auto& line : drawn.lines)
                if (line_crosses(line, margin)) return false;
            for (const Arc* other : overlapping) {
                if (boxes_overlap(margin, vertical(*other, other->lane))) return false;
                for (const Box* end : {&covariances[other->index].from, &covariances[other->index].to})
                    if (boxes_overlap(margin, leg(*other, *end, other->lane))) return false;
            }
            return true;
        };
        auto usable = [&](double lane) {
            if (!lane_is_free(side, lane, ends, drawn, boxes)) return false;
            for (const Arc* other : overlapping)
                if (crosses(*arc, lane, *other)) return false;
            return true;
        };
        arc->lane = outer;
        arc->label = value_at(outer, arc->label_candidates.front());
        bool found = false;
        for (double lane = nearest_lane(side, ends); lane < outer && !found; lane += kSearchStep) {
            if (!usable(lane)) continue;
            for (const double y : arc->label_candidates)
                if (value_is_clear(value_at(lane, y))) {
                    arc->lane = lane, arc->label = value_at(lane, y), found = true;
                    break;
                }
        }
        for (std::size_t k = 0; !found && k < arc->label_candidates.size(); ++k)
            if (value_is_clear(value_at(outer, arc->label_candidates[k])))
                arc->label = value_at(outer, arc->label_candidates[k]), found = true;
        boxes.push_back(arc->label);
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
        drawn_arc.label = arc.label;
    }
    return out;
}

}  // namespace jalur::report

#include "report/diagram/point_labels.hpp"

#include <cstring>
#include <limits>

namespace jalur::report {
namespace {

bool inside(const TextBox& box, const TextBox& area) {
    return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
}

// Rings of places: ring 0 hugs the point, each further ring moves the places one line further up or down.
constexpr int kRings = 40;

// The places of `ring` around the point, in the order they are tried.
std::vector<PlacedLabel> candidates(const PointLabel& label, int ring, double font_size, double marker) {
    const double gap = marker + 3;           // between the marker's edge and the text
    const double line = font_size + 2;       // one ring further
    const double shift = ring * line;
    const double up = label.cy - marker - 1 - shift;                      // a baseline just above the point
    const double down = label.cy + marker + font_size - 1 + shift;       // a baseline just below it
    const struct {
        double x, baseline;
        const char* anchor;
    } places[] = {{label.cx + gap, up, "start"},  {label.cx - gap, up, "end"},  {label.cx + gap, down, "start"},
                  {label.cx - gap, down, "end"}, {label.cx, up - 4, "middle"}, {label.cx, down + 4, "middle"}};
    std::vector<PlacedLabel> out;
    for (const auto& place : places) {
        PlacedLabel placed;
        placed.x = place.x;
        placed.baseline = place.baseline;
        placed.anchor = place.anchor;
        placed.box = text_box(place.x, place.baseline, place.anchor, label.width, font_size);
        placed.beside = ring == 0;
        out.push_back(placed);
    }
    return out;
}

}  // namespace

TextBox text_box(double x, double baseline, const char* anchor, double width, double font_size) {
    const double left = std::strcmp(anchor, "end") == 0      ? x - width
                        : std::strcmp(anchor, "middle") == 0 ? x - width / 2
                                                             : x;
    return {left, baseline - 0.8 * font_size, left + width, baseline + 0.25 * font_size};
}

std::vector<PlacedLabel> place_point_labels(const std::vector<PointLabel>& labels, double font_size, double marker,
                                            const TextBox& plot_area, const TextBox& canvas,
                                            const std::vector<TextBox>& fixed) {
    std::vector<TextBox> taken = fixed;  // the fixed texts, then every label placed so far
    const double reach = marker + 1;  // the tips of a diamond or a triangle reach a little past the marker's size
    for (const PointLabel& label : labels)
        taken.push_back({label.cx - reach, label.cy - reach, label.cx + reach, label.cy + reach});
    std::vector<PlacedLabel> placed;
    for (const PointLabel& label : labels) {
        const auto overlaps = [&](const TextBox& box) {
            int count = 0;
            for (const TextBox& other : taken) count += box.intersects(other) ? 1 : 0;
            return count;
        };
        PlacedLabel in_plot, on_canvas, least = candidates(label, 0, font_size, marker).front();
        bool found_in_plot = false, found_on_canvas = false;
        int fewest = std::numeric_limits<int>::max();
        for (int ring = 0; ring < kRings && !found_in_plot; ++ring)
            for (const PlacedLabel& candidate : candidates(label, ring, font_size, marker)) {
                if (!inside(candidate.box, canvas)) continue;
                const int count = overlaps(candidate.box);
                if (count == 0 && inside(candidate.box, plot_area)) {
                    in_plot = candidate;
                    found_in_plot = true;
                    break;
                }
                if (count == 0 && !found_on_canvas) {
                    on_canvas = candidate;
                    found_on_canvas = true;
                }
                if (count < fewest) {
                    least = candidate;
                    fewest = count;
                }
            }
        const PlacedLabel chosen = found_in_plot ? in_plot : found_on_canvas ? on_canvas : least;
        placed.push_back(chosen);
        taken.push_back(chosen.box);
    }
    return placed;
}

}  // namespace jalur::report

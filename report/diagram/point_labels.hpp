#pragma once
// Where the name of each point of a scatter plot goes so that no two names overlap and no name covers a point: a
// simple deterministic repel. Each label tries the places beside its point in a fixed order (right, left, below
// right, below left, above, below), then the same places moved further up or down ring by ring, and takes the
// first that is inside the plot area and free of every point, every label placed before it and the fixed texts
// (the quadrant names); failing that, the first free place on the canvas, and only when nothing is free anywhere
// the place that overlaps least.
#include <string>
#include <vector>

namespace jalur::report {

struct TextBox {
    double left = 0, top = 0, right = 0, bottom = 0;
    bool intersects(const TextBox& other) const {
        return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }
};

struct PointLabel {
    double cx = 0, cy = 0;  // the point's centre
    double width = 0;       // the estimated width of its name
};

struct PlacedLabel {
    double x = 0, baseline = 0;  // where the <text> element goes
    const char* anchor = "start";
    TextBox box;
    bool beside = true;  // false when moved away from the point: the plot then draws a leader line to it
};

// The box of a text of `width` drawn at (x, baseline) with `anchor` ("start", "middle" or "end") in a font of
// `font_size` px: from the ascent above the baseline to the descent below it.
TextBox text_box(double x, double baseline, const char* anchor, double width, double font_size);

// One placement per label, in order; `marker` is the half size of a point's marker (the radius of its circle).
std::vector<PlacedLabel> place_point_labels(const std::vector<PointLabel>& labels, double font_size, double marker,
                                            const TextBox& plot_area, const TextBox& canvas,
                                            const std::vector<TextBox>& fixed);

}  // namespace jalur::report

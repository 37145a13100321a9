#include "report/diagram/servqual_plot.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <iterator>
#include <stdexcept>

#include "report/common/html_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/diagram/point_labels.hpp"

namespace jalur::report {

namespace {

// The canvas, in pixels: the plot area, then the legend to its right.
constexpr double kLeft = 80, kTop = 60, kPlotWidth = 480, kPlotHeight = 400;
constexpr double kRight = kLeft + kPlotWidth, kBottom = kTop + kPlotHeight;
constexpr double kLegendLeft = kRight + 24;
constexpr double kFontSize = 12, kPointFontSize = 11, kTitleFontSize = 16;
constexpr const char* kPalette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
constexpr const char* kRoman[] = {"I", "II", "III", "IV"};

// A generous estimate of the width of sans-serif text.
double text_width(const std::string& text, double font_size) {
    return 0.6 * font_size * static_cast<double>(display_width(text));
}

// A coordinate: always with a decimal point, whatever mark the numbers people read are printed with.
std::string px(double x) { return fmt::format("{:.1f}", x); }

// An axis from `lo` to `hi` in ticks of 1, 2, 2.5 or 5 times a power of ten, about five of them, covering the
// data with a margin of a tenth of its range.
struct Axis {
    double lo = 0, hi = 1, step = 1;
    int decimals = 0;
    int ticks() const { return static_cast<int>(std::lround((hi - lo) / step)); }
    double tick(int i) const { return lo + i * step; }
};

Axis nice_axis(double min, double max) {
    const double scale = std::max(std::abs(min), std::abs(max));
    double span = max - min;
    if (span <= 1e-9 * scale) span = scale > 0 ? 0.1 * scale : 1.0;  // one value: a span of a tenth of it
    min -= 0.1 * span;
    max += 0.1 * span;
    const double raw = (max - min) / 5;
    int exponent = static_cast<int>(std::floor(std::log10(raw)));
    double mantissa = 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (raw <= m * std::pow(10.0, exponent) * (1 + 1e-12)) {
            mantissa = m;
            break;
        }
    if (mantissa == 10) {
        mantissa = 1;
        ++exponent;
    }
    Axis axis;
    axis.step = mantissa * std::pow(10.0, exponent);
    axis.decimals = std::max(0, -exponent + (mantissa == 2.5 ? 1 : 0));
    axis.lo = std::floor(min / axis.step + 1e-9) * axis.step;
    axis.hi = std::ceil(max / axis.step - 1e-9) * axis.step;
    return axis;
}

struct Frame {
    Axis x, y;
    double sx(double v) const { return kLeft + (v - x.lo) / (x.hi - x.lo) * kPlotWidth; }
    double sy(double v) const { return kBottom - (v - y.lo) / (y.hi - y.lo) * kPlotHeight; }
};

std::string ticks(const Frame& f) {
    std::string out = "<g class=\"ticks\" stroke=\"#333\">\n";
    std::string numbers = "<g class=\"tick-numbers\">\n";
    for (int i = 0; i <= f.x.ticks(); ++i) {
        const std::string x = px(f.sx(f.x.tick(i)));
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", x, px(kBottom), px(kBottom + 5));
        numbers += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x, px(kBottom + 19),
                               fixed_number(f.x.tick(i), f.x.decimals));
    }
    for (int i = 0; i <= f.y.ticks(); ++i) {
        const std::string y = px(f.sy(f.y.tick(i)));
        out += fmt::format("<line x1=\"{1}\" y1=\"{0}\" x2=\"{2}\" y2=\"{0}\"/>\n", y, px(kLeft - 5), px(kLeft));
        numbers += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", px(kLeft - 8),
                               px(f.sy(f.y.tick(i)) + 4), fixed_number(f.y.tick(i), f.y.decimals));
    }
    return out + "</g>\n" + numbers + "</g>\n";
}

// Quadrant names in the corners of the plot area: importance grows to the right, performance upwards.
std::string quadrant_names(const SvgPlotLabels& labels) {
    struct Corner {
        double x, y;
        const char* anchor;
    };
    const Corner corners[] = {{kRight - 8, kBottom - 10, "end"},  // I: high importance, low performance
                              {kRight - 8, kTop + 20, "end"},     // II
                              {kLeft + 8, kBottom - 10, "start"}, // III
                              {kLeft + 8, kTop + 20, "start"}};   // IV
    std::string out = "<g class=\"quadrants\" fill=\"#999\" font-weight=\"bold\">\n";
    for (int q = 0; q < 4; ++q)
        out += fmt::format("<text class=\"quadrant-{}\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", kRoman[q],
                           px(corners[q].x), px(corners[q].y), corners[q].anchor, html_escape(labels.quadrants[q]));
    return out + "</g>\n";
}

// A point's marker: ten colours, then the same ten again with another shape (square, triangle, diamond, triangle
// pointing down), so that 50 dimensions are told apart; `content` goes inside the element (its tooltip).
constexpr int kShapes = 5;

std::string marker(std::size_t dimension, double cx, double cy, const std::string& content) {
    const char* colour = kPalette[dimension % std::size(kPalette)];
    const auto shape = (dimension / std::size(kPalette)) % kShapes;
    const auto close = [&](const std::string& element, const std::string& open) {
        return content.empty() ? open + "/>\n" : open + ">" + content + "</" + element + ">\n";
    };
    const auto polygon = [&](std::initializer_list<std::pair<double, double>> corners) {
        std::string points;
        for (const auto& [dx, dy] : corners) points += (points.empty() ? "" : " ") + px(cx + dx) + "," + px(cy + dy);
        return close("polygon", fmt::format("<polygon points=\"{}\" fill=\"{}\"", points, colour));
    };
    switch (shape) {
        case 1:
            return close("rect", fmt::format("<rect x=\"{}\" y=\"{}\" width=\"9\" height=\"9\" fill=\"{}\"",
                                             px(cx - 4.5), px(cy - 4.5), colour));
        case 2: return polygon({{0, -5.5}, {5.5, 4.5}, {-5.5, 4.5}});
        case 3: return polygon({{0, -6}, {6, 0}, {0, 6}, {-6, 0}});
        case 4: return polygon({{0, 5.5}, {5.5, -4.5}, {-5.5, -4.5}});
        default:
            return close("circle", fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"{}\"", px(cx), px(cy), colour));
    }
}

// The quadrant names' boxes, which point labels must not cover.
std::vector<TextBox> quadrant_name_boxes(const SvgPlotLabels& labels) {
    std::vector<TextBox> boxes;
    for (int q = 0; q < 4; ++q) {
        const bool right = q < 2, bottom = q % 2 == 0;
        const double x = right ? kRight - 8 : kLeft + 8;
        boxes.push_back(text_box(x, bottom ? kBottom - 10 : kTop + 20, right ? "end" : "start",
                                 text_width(labels.quadrants[q], kFontSize), kFontSize));
    }
    return boxes;
}

std::string tooltip(const stats::ServqualPoint& p) {
    std::string text = fmt::format("{}: expectation {}, perception {}, gap {}", p.name, fixed_number(p.expectation, 2),
                                   fixed_number(p.perception, 2), fixed_number(p.gap, 2));
    if (p.quadrant >= 1 && p.quadrant <= 4) text += fmt::format(", quadrant {}", kRoman[p.quadrant - 1]);
    return html_escape(text);
}

}  // namespace

std::string servqual_svg(const std::vector<stats::ServqualPoint>& points, double x_split, double y_split,
                         const SvgPlotLabels& labels) {
    double x_min = x_split, x_max = x_split, y_min = y_split, y_max = y_split;
    std::vector<std::string> dimensions;  // in order of first appearance
    double legend_width = 0, label_width = 0;
    for (const stats::ServqualPoint& p : points) {
        if (!std::isfinite(p.expectation) || !std::isfinite(p.perception))
            throw std::invalid_argument("servqual_svg: point '" + p.name + "' is not finite");
        x_min = std::min(x_min, p.expectation);
        x_max = std::max(x_max, p.expectation);
        y_min = std::min(y_min, p.perception);
        y_max = std::max(y_max, p.perception);
        label_width = std::max(label_width, text_width(p.name, kPointFontSize));
        if (std::find(dimensions.begin(), dimensions.end(), p.dimension) == dimensions.end()) {
            dimensions.push_back(p.dimension);
            legend_width = std::max(legend_width, 18 + text_width(p.dimension, kFontSize));
        }
    }
    if (!std::isfinite(x_split) || !std::isfinite(y_split))
        throw std::invalid_argument("servqual_svg: the quadrant splits must be finite");
    const Frame f{nice_axis(x_min, x_max), nice_axis(y_min, y_max)};
    // Wide enough for the legend, the title and any one point label; high enough for the legend.
    const double width = std::ceil(std::max({kLegendLeft + legend_width + 16,
                                             text_width(labels.title, kTitleFontSize) + 40, label_width + 8}));
    const double height = std::max(kBottom + 60, kTop + 20 * static_cast<double>(dimensions.size()) + 10);
    auto dimension_index = [&](const std::string& dimension) {
        return static_cast<std::size_t>(std::find(dimensions.begin(), dimensions.end(), dimension) - dimensions.begin());
    };

    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
                       "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"{2}\">\n",
                       px(width), px(height), kFontSize);
    svg += fmt::format("<title>{}</title>\n", html_escape(labels.title));
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    svg += fmt::format("<text class=\"title\" x=\"{}\" y=\"30\" text-anchor=\"middle\" font-size=\"{}\" "
                       "font-weight=\"bold\">{}</text>\n",
                       px(width / 2), kTitleFontSize, html_escape(labels.title));
    svg += fmt::format("<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
                       "stroke=\"#333\"/>\n",
                       px(kLeft), px(kTop), px(kPlotWidth), px(kPlotHeight));
    svg += ticks(f);
    svg += fmt::format("<text class=\"x-axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       px(kLeft + kPlotWidth / 2), px(kBottom + 45), html_escape(labels.x_axis));
    svg += fmt::format("<text class=\"y-axis\" transform=\"translate({} {}) rotate(-90)\" "
                       "text-anchor=\"middle\">{}</text>\n",
                       px(24), px(kTop + kPlotHeight / 2), html_escape(labels.y_axis));
    svg += "<g class=\"splits\" stroke=\"#888\" stroke-dasharray=\"6 4\">\n";
    svg += fmt::format("<line class=\"split-x\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", px(f.sx(x_split)),
                       px(kTop), px(kBottom));
    svg += fmt::format("<line class=\"split-y\" x1=\"{1}\" y1=\"{0}\" x2=\"{2}\" y2=\"{0}\"/>\n", px(f.sy(y_split)),
                       px(kLeft), px(kRight));
    svg += "</g>\n" + quadrant_names(labels);

    // The points first, then their names placed around them (report/diagram/point_labels.hpp), with a leader line
    // to a name that had to move away from its point.
    std::vector<PointLabel> requests;
    for (const stats::ServqualPoint& p : points)
        requests.push_back({f.sx(p.expectation), f.sy(p.perception), text_width(p.name, kPointFontSize)});
    const std::vector<PlacedLabel> placed =
        place_point_labels(requests, kPointFontSize, 5, {4, kTop, kRight, kBottom}, {0, 0, width, height},
                           quadrant_name_boxes(labels));
    svg += "<g class=\"points\">\n";
    for (std::size_t k = 0; k < points.size(); ++k) {
        const stats::ServqualPoint& p = points[k];
        const PlacedLabel& label = placed[k];
        if (!label.beside) {
            const double x = std::clamp(requests[k].cx, label.box.left, label.box.right);
            const double y = std::clamp(requests[k].cy, label.box.top, label.box.bottom);
            svg += fmt::format("<line class=\"leader\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\" "
                               "stroke-width=\"0.8\"/>\n",
                               px(requests[k].cx), px(requests[k].cy), px(x), px(y));
        }
        svg += marker(dimension_index(p.dimension), requests[k].cx, requests[k].cy, "<title>" + tooltip(p) + "</title>");
        svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\">{}</text>\n", px(label.x),
                           px(label.baseline), label.anchor, kPointFontSize, html_escape(p.name));
    }
    svg += "</g>\n<g class=\"legend\">\n";
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        const double y = kTop + 10 + 20 * static_cast<double>(d);
        svg += marker(d, kLegendLeft + 5, y, "");
        svg += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", px(kLegendLeft + 18), px(y + 4),
                           html_escape(dimensions[d]));
    }
    return svg + "</g>\n</svg>\n";
}

}  // namespace jalur::report

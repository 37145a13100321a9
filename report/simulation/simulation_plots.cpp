#include "report/simulation/simulation_plots.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "report/common/html_text.hpp"
#include "report/common/number_format.hpp"

namespace jalur::report {

namespace {

constexpr double kWidth = 320, kPlotHeight = 132;
constexpr double kLeft = 52, kRight = 12, kTop = 24, kAxis = 30;  // margins; the axis labels below, the legend under them
// Colours that stay apart in print and for the common colour-vision deficiencies (Okabe & Ito); shapes repeat
// the distinction past them through the dash patterns.
constexpr const char* kColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};
constexpr const char* kDashes[] = {"", "6 3", "2 2"};

}  // namespace

std::string measure_plot_svg(const MeasurePlot& plot) {
    double x_min = INFINITY, x_max = -INFINITY, y_min = plot.reference, y_max = plot.reference;
    for (const PlotLine& line : plot.lines)
        for (std::size_t i = 0; i < line.x.size(); ++i) {
            if (!std::isfinite(line.y[i])) continue;
            x_min = std::min(x_min, line.x[i]);
            x_max = std::max(x_max, line.x[i]);
            y_min = std::min(y_min, line.y[i]);
            y_max = std::max(y_max, line.y[i]);
        }
    if (!std::isfinite(x_min)) return {};
    if (x_max == x_min) x_max = x_min + 1;
    const double pad = std::max(1e-3, 0.08 * (y_max - y_min));
    y_min -= pad;
    y_max += pad;
    const double plot_w = kWidth - kLeft - kRight, plot_h = kPlotHeight;
    const double legend_rows = std::ceil(static_cast<double>(plot.lines.size()) / 2);
    const double height = kTop + plot_h + kAxis + 12 * legend_rows + 6;
    auto px = [&](double x) { return kLeft + (x - x_min) / (x_max - x_min) * plot_w; };
    auto py = [&](double y) { return kTop + (y_max - y) / (y_max - y_min) * plot_h; };

    std::string svg = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
        "aria-label=\"{2}\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\">",
        kWidth, height, html_escape(plot.title));
    svg += fmt::format("<text x=\"{}\" y=\"14\" font-size=\"11\" font-weight=\"bold\">{}</text>", kLeft,
                       html_escape(plot.title));
    // Axes, the reference line and the tick labels (the sample sizes; the y range's ends and the reference).
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#999\"/>", kLeft, kTop,
                       plot_w, plot_h);
    svg += fmt::format("<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"#666\" stroke-dasharray=\"4 3\"/>",
                       kLeft, py(plot.reference), kLeft + plot_w);
    for (const double y : {y_min + pad, plot.reference, y_max - pad})
        svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", kLeft - 4, py(y) + 3,
                           fixed_number(y, 3));
    std::vector<double> ticks;
    for (const PlotLine& line : plot.lines) ticks.insert(ticks.end(), line.x.begin(), line.x.end());
    std::sort(ticks.begin(), ticks.end());
    ticks.erase(std::unique(ticks.begin(), ticks.end()), ticks.end());
    for (const double x : ticks)
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>", px(x), kTop + plot_h + 12,
                           fixed_number(x, 0));
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">N</text>", kLeft + plot_w / 2, kTop + plot_h + 24);
    svg += fmt::format("<text x=\"12\" y=\"{0:.1f}\" transform=\"rotate(-90 12 {0:.1f})\" text-anchor=\"middle\">{1}</text>",
                       kTop + plot_h / 2, html_escape(plot.y_label));
    // The lines, each with its points, and the legend in two columns under the plot.
    for (std::size_t k = 0; k < plot.lines.size(); ++k) {
        const PlotLine& line = plot.lines[k];
        const char* colour = kColours[k % std::size(kColours)];
        const char* dash = kDashes[(k / std::size(kColours)) % std::size(kDashes)];
        std::string points;
        for (std::size_t i = 0; i < line.x.size(); ++i)
            if (std::isfinite(line.y[i])) points += fmt::format("{:.1f},{:.1f} ", px(line.x[i]), py(line.y[i]));
        svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"{}/>", points, colour,
                           *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : "");
        for (std::size_t i = 0; i < line.x.size(); ++i)
            if (std::isfinite(line.y[i]))
                svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\" fill=\"{}\"/>", px(line.x[i]),
                                   py(line.y[i]), colour);
        const double lx = kLeft + static_cast<double>(k % 2) * plot_w / 2;
        const double ly = kTop + plot_h + kAxis + 6 + static_cast<double>(k / 2) * 12;
        svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\" stroke-width=\"1.5\"/>"
                           "<text x=\"{4}\" y=\"{5}\">{6}</text>",
                           lx, ly - 3, lx + 14, colour, lx + 18, ly, html_escape(line.name));
    }
    return svg + "</svg>";
}

}  // namespace jalur::report

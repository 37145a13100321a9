#pragma once
// The plots of a simulation's HTML report (SVG): for one analysis and one parameter, a measure (relative bias,
// coverage) against the sample size, one line per estimator and distribution, with a reference line (0, or the
// nominal 95 %) and a legend.
#include <string>
#include <vector>

namespace jalur::report {

struct PlotLine {
    std::string name;             // "ML, normal"
    std::vector<double> x, y;     // sample sizes and the measure (NaN points are left out)
};

struct MeasurePlot {
    std::string title;            // "coverage: indirect"
    std::string y_label;          // "coverage"
    double reference = 0;         // the horizontal line drawn dashed (0 for bias, 0.95 for coverage)
    std::vector<PlotLine> lines;
};

// An <svg> element (320 px wide, about 200 px high with a legend row per two lines); empty when no line has a
// finite point.
std::string measure_plot_svg(const MeasurePlot& plot);

}  // namespace jalur::report

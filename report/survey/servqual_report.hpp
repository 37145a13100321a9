#pragma once
// The report of `jalur servqual`: attribute and dimension gaps in priority order and the importance–performance
// quadrants, as text, JSON, CSV, Markdown or HTML; and the respondents' dimension scores as CSV (docs/servqual.md).
#include <string>
#include <vector>

#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"
#include "report/diagram/servqual_plot.hpp"
#include "stats/servqual.hpp"

namespace jalur::report {

struct ServqualReport {
    std::string data_path;
    std::size_t respondents = 0;
    int dropped = 0;  // respondents with a missing answer
    std::vector<std::string> perception_columns, expectation_columns;  // per attribute
    // Without --dimension each attribute is its own dimension: the text report then shows no dimension table (it
    // would repeat the attributes') but says so, with the --dimension options the names suggest, if any.
    bool dimensions_given = true;
    std::string suggested_dimensions;
    stats::Servqual result;
};

// Text, Markdown and HTML in `language` (HTML with the quadrant plots inline); JSON and CSV in English.
std::string render_servqual_report(ReportFormat format, const ServqualReport& report,
                                   Language language = Language::English);

// One line per respondent kept: data row, then perception, expectation and gap score of each dimension.
std::string render_servqual_scores(const ServqualReport& report, const std::vector<int>& data_lines);

// The quadrant's number and meaning as the text report lists them: "I   top priority" ... "IV  possible overkill",
// in Indonesian as theses name them: "I   Prioritas Utama", "II  Pertahankan Prestasi", "III Prioritas Rendah",
// "IV  Berlebihan".
std::string quadrant_name(int quadrant, Language language = Language::English);

// The titles, axes and quadrant names of the plot of the attributes (or the dimensions) in `language`.
SvgPlotLabels servqual_plot_labels(bool attributes, Language language);

}  // namespace jalur::report

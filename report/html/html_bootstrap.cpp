#include "report/html/html_bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "report/common/confidence_interval_text.hpp"
#include "report/common/html_text.hpp"
#include "report/common/number_format.hpp"
#include "report/fit/bootstrap_summary.hpp"
#include "report/html/html_sections.hpp"

namespace jalur::report {

namespace {

constexpr int kBins = 30;
constexpr double kWidth = 240, kHeight = 64, kAxis = 14;  // the plot's size and the height of its labels

// A histogram of the finite draws in column k, with lines at the estimate (solid) and the interval (dashed).
std::string histogram(const BootstrapResult& run, std::size_t k, const std::string& title) {
    std::vector<double> t;
    for (Eigen::Index r = 0; r < run.draws.rows(); ++r)
        if (const double v = run.draws(r, static_cast<Eigen::Index>(k)); std::isfinite(v)) t.push_back(v);
    if (t.size() < 2) return {};
    const auto [low_it, high_it] = std::minmax_element(t.begin(), t.end());
    const double low = *low_it, high = *high_it;
    if (!(high > low)) return {};
    std::vector<int> counts(kBins, 0);
    for (const double v : t) ++counts[std::min(kBins - 1, static_cast<int>((v - low) / (high - low) * kBins))];
    const int tallest = *std::max_element(counts.begin(), counts.end());
    const double bar = kWidth / kBins, plot = kHeight - kAxis;
    auto x_of = [&](double v) { return (v - low) / (high - low) * kWidth; };
    std::string svg = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
        "aria-label=\"{2}\">",
        kWidth, kHeight, html_escape(title));
    for (int b = 0; b < kBins; ++b) {
        const double h = plot * counts[static_cast<std::size_t>(b)] / tallest;
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#9bb7d4\"/>",
                           b * bar, plot - h, bar - 1, h);
    }
    const BootstrapQuantity& q = run.quantities[k];
    const ConfidenceInterval ci = shown_interval(run, q.summary);
    auto line = [&](double v, const char* dash) {
        if (!std::isfinite(v) || v < low || v > high) return std::string();
        return fmt::format("<line x1=\"{0:.1f}\" y1=\"0\" x2=\"{0:.1f}\" y2=\"{1:.1f}\" stroke=\"#333\"{2}/>", x_of(v),
                           plot, dash);
    };
    svg += line(q.estimate, "") + line(ci.lower, " stroke-dasharray=\"3 2\"") + line(ci.upper, " stroke-dasharray=\"3 2\"");
    svg += fmt::format("<text x=\"0\" y=\"{0}\" font-size=\"10\">{1}</text>"
                       "<text x=\"{2}\" y=\"{0}\" font-size=\"10\" text-anchor=\"end\">{3}</text></svg>",
                       kHeight - 2, fixed_number(low, 3), kWidth, fixed_number(high, 3));
    return html_element("figure", svg + html_element("figcaption", html_escape(title)));
}

}  // namespace

std::string html_bootstrap_section(const FitResult& result, const ReportContext& context) {
    if (!result.bootstrap) return {};
    const BootstrapResult& run = *result.bootstrap;
    const Language lang = context.language;
    std::string out = html_section_heading(context, "Bootstrap", "bootstrap") +
                      html_element("p", html_escape(bootstrap_run_line(run, lang))) + "\n";
    if (run.options.type == BootstrapType::BollenStine)
        return out + html_element("p", html_escape(bollen_stine_line(run, lang))) + "\n";
    std::vector<std::vector<std::string>> rows;
    std::string figures;
    const std::vector<BootstrapTableRow> table_rows = bootstrap_table_rows(run, result.table, lang);
    for (std::size_t k = 0; k < run.quantities.size(); ++k) {
        const BootstrapTableRow& row = table_rows[k];
        rows.push_back({html_text_cell(row.label), html_number_cell(row.estimate), html_number_cell(row.se),
                        html_number_cell(row.bias), html_number_cell(row.interval)});
        const BootstrapQuantity& q = run.quantities[k];
        const bool defined = q.kind == QuantityKind::Estimate && result.table.rows[q.row].op == Op::Defined;
        if (defined || q.kind == QuantityKind::Indirect) figures += histogram(run, k, row.label);
    }
    out += html_table({std::string(label(lang, "Quantity")), std::string(label(lang, "Estimate")),
                       std::string(label(lang, "Boot. SE")), std::string(label(lang, "Bias")),
                       ci_heading(lang, run.level)},
                      rows);
    out += figures;
    return out + html_element("p",
                              html_escape(label(lang, "Standard errors, z, p and intervals in the tables above are the "
                                                      "bootstrap's.")),
                              "class=\"note\"") +
           "\n";
}

}  // namespace jalur::report

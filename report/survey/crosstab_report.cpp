#include "report/survey/crosstab_report.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"

namespace jalur::report {
namespace {

std::string count_text(double count) { return fmt::format("{:.0f}", count); }

std::string p_text(double p) { return p < 0.0001 ? "< 0.0001" : "= " + fixed_number(p, 4); }

std::string table_text(const CrosstabReport& r) {
    const auto& t = r.test;
    std::vector<std::string> header{r.row_variable + " \\ " + r.column_variable};
    header.insert(header.end(), r.column_levels.begin(), r.column_levels.end());
    header.push_back("Total");
    std::vector<std::vector<std::string>> rows{header};
    for (Eigen::Index i = 0; i < t.observed.rows(); ++i) {
        std::vector<std::string> counts{r.row_levels[static_cast<std::size_t>(i)]};
        std::vector<std::string> expected{"  expected"};
        for (Eigen::Index j = 0; j < t.observed.cols(); ++j) {
            counts.push_back(count_text(t.observed(i, j)));
            expected.push_back(fixed_number(t.expected(i, j), 1));
        }
        counts.push_back(count_text(t.observed.row(i).sum()));
        expected.push_back("");
        rows.push_back(std::move(counts));
        rows.push_back(std::move(expected));
    }
    std::vector<std::string> totals{"Total"};
    for (Eigen::Index j = 0; j < t.observed.cols(); ++j) totals.push_back(count_text(t.observed.col(j).sum()));
    totals.push_back(count_text(t.observed.sum()));
    rows.push_back(std::move(totals));
    std::vector<bool> right(header.size(), true);
    right[0] = false;
    return render_columns(rows, right, 3);
}

std::string render_text(const CrosstabReport& r) {
    const auto& t = r.test;
    std::string out = fmt::format(" jalur crosstab: {} by {}\n\n Data {} (N = {:.0f}", r.row_variable,
                                  r.column_variable, r.data_path, t.observed.sum());
    if (r.dropped > 0) out += fmt::format(", {} with a missing value left out", r.dropped);
    out += ")\n\n" + table_text(r) + "\n";
    out += fmt::format(" Pearson chi-square = {}, df = {}, p {}\n", fixed_number(t.chisq, 4), t.df, p_text(t.pvalue));
    if (t.chisq_yates)
        out += fmt::format(" With Yates' continuity correction: chi-square = {}, p {}\n", fixed_number(*t.chisq_yates, 4),
                           p_text(*t.pvalue_yates));
    if (t.fisher_pvalue) out += fmt::format(" Fisher's exact test (two-sided): p {}\n", p_text(*t.fisher_pvalue));
    out += fmt::format(" Cramer's V = {}\n", fixed_number(t.cramers_v, 4));
    const std::string warning = small_expected_warning(t);
    if (!warning.empty()) out += " Warning: " + warning + "\n";
    return out;
}

Json optional_number(const std::optional<double>& value) { return value ? json_number(*value) : Json(nullptr); }

Json matrix(const Eigen::MatrixXd& m, bool counts) {
    Json rows = Json::array();
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        Json row = Json::array();
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            row.push_back(counts ? Json(static_cast<long long>(m(i, j))) : json_number(m(i, j)));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_json(const CrosstabReport& r) {
    const auto& t = r.test;
    Json out{{"data", r.data_path},
             {"rows", r.row_variable},
             {"cols", r.column_variable},
             {"row_levels", r.row_levels},
             {"col_levels", r.column_levels},
             {"n", static_cast<long long>(t.observed.sum())},
             {"dropped", r.dropped},
             {"observed", matrix(t.observed, true)},
             {"expected", matrix(t.expected, false)},
             {"chisq", json_number(t.chisq)},
             {"df", t.df},
             {"pvalue", json_number(t.pvalue)},
             {"chisq_yates", optional_number(t.chisq_yates)},
             {"pvalue_yates", optional_number(t.pvalue_yates)},
             {"cramers_v", json_number(t.cramers_v)},
             {"min_expected", json_number(t.min_expected)},
             {"fisher_pvalue", optional_number(t.fisher_pvalue)}};
    return json_text(out);
}

// One line per cell: the counts table in long form, as R's as.data.frame(table(...)).
std::string render_csv(const CrosstabReport& r) {
    std::string out = csv_field(r.row_variable) + ',' + csv_field(r.column_variable) + ",observed,expected\n";
    for (Eigen::Index i = 0; i < r.test.observed.rows(); ++i)
        for (Eigen::Index j = 0; j < r.test.observed.cols(); ++j)
            out += csv_field(r.row_levels[static_cast<std::size_t>(i)]) + ',' +
                   csv_field(r.column_levels[static_cast<std::size_t>(j)]) + ',' + count_text(r.test.observed(i, j)) +
                   ',' + significant_number(r.test.expected(i, j)) + '\n';
    return out;
}

}  // namespace

std::string small_expected_warning(const stats::IndependenceTest& t) {
    if (t.cells_expected_below_5 == 0) return "";
    const auto cells = t.observed.size();
    std::string text = fmt::format("{} of {} cells ({:.0f}%) have an expected count below 5 (smallest {}); the "
                                   "chi-square approximation may be poor",
                                   t.cells_expected_below_5, cells, 100.0 * t.cells_expected_below_5 / double(cells),
                                   fixed_number(t.min_expected, 2));
    return text + (t.fisher_pvalue ? ", read Fisher's exact test" : ", merge sparse categories");
}

std::string render_crosstab_report(ReportFormat format, const CrosstabReport& report) {
    switch (format) {
        case ReportFormat::Text: return render_text(report);
        case ReportFormat::Json: return render_json(report);
        case ReportFormat::Csv: return render_csv(report);
        case ReportFormat::Markdown:
        case ReportFormat::Html: break;  // not offered: the command's --format accepts text, json and csv
    }
    throw std::logic_error("unsupported report format");
}

}  // namespace jalur::report

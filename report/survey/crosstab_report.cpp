#include "report/survey/crosstab_report.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/survey/survey_document.hpp"

namespace jalur::report {
namespace {

std::string count_text(double count) { return fmt::format("{:.0f}", count); }

std::string p_text(double p) { return p < 0.0001 ? "< " + fixed_number(0.0001, 4) : "= " + fixed_number(p, 4); }

std::string corner(const CrosstabReport& r) { return r.row_variable + " \\ " + r.column_variable; }

std::string table_text(const CrosstabReport& r, Language lang) {
    const auto& t = r.test;
    const std::string total(label(lang, "Total"));
    std::vector<std::string> header{corner(r)};
    header.insert(header.end(), r.column_levels.begin(), r.column_levels.end());
    header.push_back(total);
    std::vector<std::vector<std::string>> rows{header};
    for (Eigen::Index i = 0; i < t.observed.rows(); ++i) {
        std::vector<std::string> counts{r.row_levels[static_cast<std::size_t>(i)]};
        std::vector<std::string> expected{"  " + std::string(label(lang, "expected"))};
        for (Eigen::Index j = 0; j < t.observed.cols(); ++j) {
            counts.push_back(count_text(t.observed(i, j)));
            expected.push_back(fixed_number(t.expected(i, j), 1));
        }
        counts.push_back(count_text(t.observed.row(i).sum()));
        expected.push_back("");
        rows.push_back(std::move(counts));
        rows.push_back(std::move(expected));
    }
    std::vector<std::string> totals{total};
    for (Eigen::Index j = 0; j < t.observed.cols(); ++j) totals.push_back(count_text(t.observed.col(j).sum()));
    totals.push_back(count_text(t.observed.sum()));
    rows.push_back(std::move(totals));
    std::vector<bool> right(header.size(), true);
    right[0] = false;
    return render_columns(rows, right, 3);
}

std::string sample_text(const CrosstabReport& r, Language lang) {
    std::string out = "N = " + count_text(r.test.observed.sum());
    if (r.dropped > 0) out += ", " + format_label(lang, "{} with a missing value left out", r.dropped);
    return out;
}

std::string render_text(const CrosstabReport& r, Language lang) {
    const auto& t = r.test;
    std::string out = " " + format_label(lang, "jalur crosstab: {} by {}", r.row_variable, r.column_variable) + "\n\n";
    out += " " + format_label(lang, "Data {} ({})", r.data_path, sample_text(r, lang)) + "\n\n";
    out += table_text(r, lang) + "\n";
    out += " " + format_label(lang, "Pearson chi-square = {}, df = {}, p {}", fixed_number(t.chisq, 4), t.df,
                              p_text(t.pvalue)) +
           "\n";
    if (t.chisq_yates)
        out += " " + format_label(lang, "With Yates' continuity correction: chi-square = {}, p {}",
                                  fixed_number(*t.chisq_yates, 4), p_text(*t.pvalue_yates)) +
               "\n";
    if (t.fisher_pvalue)
        out += " " + format_label(lang, "Fisher's exact test (two-sided): p {}", p_text(*t.fisher_pvalue)) + "\n";
    out += " " + format_label(lang, "Cramer's V = {}", fixed_number(t.cramers_v, 4)) + "\n";
    const std::string warning = small_expected_warning(t, lang);
    if (!warning.empty()) out += " " + format_label(lang, "Warning: {}", warning) + "\n";
    return out;
}

// APA: "p = .575" or "p < .001".
std::string apa_p(double p) {
    const std::string value = apa_p_value(p);
    return value.rfind("<", 0) == 0 ? "p " + value : "p = " + value;
}

SurveyDocument crosstab_document(const CrosstabReport& r, Language lang) {
    const auto& t = r.test;
    SurveyDocument doc;
    doc.title = format_label(lang, "Crosstab of {} by {}", r.row_variable, r.column_variable);
    doc.source = r.data_path;
    doc.paragraph(sample_text(r, lang) + ".");
    SurveyTable table;
    table.header = {corner(r)};
    table.header.insert(table.header.end(), r.column_levels.begin(), r.column_levels.end());
    table.header.emplace_back(label(lang, "Total"));
    table.right_aligned.assign(table.header.size(), true);
    table.right_aligned[0] = false;
    for (Eigen::Index i = 0; i < t.observed.rows(); ++i) {
        std::vector<std::string> row{r.row_levels[static_cast<std::size_t>(i)]};
        for (Eigen::Index j = 0; j < t.observed.cols(); ++j)
            row.push_back(count_text(t.observed(i, j)) + " (" + fixed_number(t.expected(i, j), 1) + ")");
        row.push_back(count_text(t.observed.row(i).sum()));
        table.rows.push_back(std::move(row));
    }
    std::vector<std::string> totals{std::string(label(lang, "Total"))};
    for (Eigen::Index j = 0; j < t.observed.cols(); ++j) totals.push_back(count_text(t.observed.col(j).sum()));
    totals.push_back(count_text(t.observed.sum()));
    table.rows.push_back(std::move(totals));
    doc.table(std::move(table));
    doc.note(label(lang, "Cells: observed count (expected count)."));
    const std::string n = count_text(t.observed.sum());
    std::string tests = format_label(lang, "Pearson's χ²({}, N = {}) = {}, {}", t.df, n, fixed_number(t.chisq, 2),
                                     apa_p(t.pvalue));
    if (t.chisq_yates)
        tests += "; " + format_label(lang, "with Yates' continuity correction χ²({}, N = {}) = {}, {}", t.df, n,
                                     fixed_number(*t.chisq_yates, 2), apa_p(*t.pvalue_yates));
    if (t.fisher_pvalue) tests += "; " + format_label(lang, "Fisher's exact test (two-sided) {}", apa_p(*t.fisher_pvalue));
    doc.paragraph(tests + "; " + format_label(lang, "Cramér's V = {}", apa_decimal(t.cramers_v, 3)) + ".");
    const std::string warning = small_expected_warning(t, lang);
    if (!warning.empty()) doc.paragraph(format_label(lang, "Warning: {}", warning) + ".");
    return doc;
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

std::string small_expected_warning(const stats::IndependenceTest& t, Language language) {
    if (t.cells_expected_below_5 == 0) return "";
    const auto cells = t.observed.size();
    std::string text = format_label(language,
                                    "{} of {} cells ({}%) have an expected count below 5 (smallest {}); the "
                                    "chi-square approximation may be poor",
                                    t.cells_expected_below_5, cells,
                                    fmt::format("{:.0f}", 100.0 * t.cells_expected_below_5 / double(cells)),
                                    fixed_number(t.min_expected, 2));
    return text + std::string(label(language, t.fisher_pvalue ? ", read Fisher's exact test" : ", merge sparse categories"));
}

std::string render_crosstab_report(ReportFormat format, const CrosstabReport& report, Language language) {
    switch (format) {
        case ReportFormat::Text: return render_text(report, language);
        case ReportFormat::Json: return render_json(report);
        case ReportFormat::Csv: return render_csv(report);
        case ReportFormat::Markdown: return render_survey_markdown(crosstab_document(report, language), language);
        case ReportFormat::Html: return render_survey_html(crosstab_document(report, language), language);
    }
    throw std::logic_error("unsupported report format");
}

}  // namespace jalur::report

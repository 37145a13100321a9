#include "report/survey/items_report.hpp"

#include <cmath>
#include <fmt/format.h>
#include <set>
#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/survey/survey_document.hpp"

namespace jalur::report {
namespace {

std::string answer_text(double value) { return significant_number(value, 6); }

// The answers' counts per item: a header row (the item column, then each answer given), then a row per item.
std::vector<std::vector<std::string>> frequency_rows(const stats::ScaleReliability& scale, Language lang) {
    std::set<double> answers;
    for (const auto& item : scale.items)
        for (const auto& [value, count] : item.frequencies) answers.insert(value);
    std::vector<std::string> header{std::string(label(lang, "Item"))};
    for (double value : answers) header.push_back(answer_text(value));
    std::vector<std::vector<std::string>> rows{header};
    for (const auto& item : scale.items) {
        std::vector<std::string> row{item.item};
        for (double value : answers) {
            const auto found = item.frequencies.find(value);
            row.push_back(std::to_string(found == item.frequencies.end() ? 0 : found->second));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<bool> first_column_left(std::size_t columns) {
    std::vector<bool> right(columns, true);
    right[0] = false;
    return right;
}

bool any_label(const ScaleReport& report) {
    for (const auto& text : report.labels)
        if (!text.empty()) return true;
    return false;
}

std::string dropped_text(int dropped, Language lang) {
    return format_label(lang, dropped == 1 ? "{} respondent with a missing answer left out"
                                           : "{} respondents with a missing answer left out",
                        dropped);
}

std::string answers_heading(const ScaleReport& report, Language lang) {
    return std::string(label(lang, report.reverse.empty() ? "Answers given (counts)"
                                                          : "Answers given (counts, reverse-keyed items reversed)"));
}

// "1 = Sangat tidak setuju; 2 = ...", or "" when the answers have no value labels.
std::string answer_labels_text(const ItemsReport& report) {
    std::string out;
    for (const auto& [value, text] : report.answer_labels)
        out += (out.empty() ? "" : "; ") + answer_text(value) + " = " + text;
    return out;
}

std::string scale_text(const ScaleReport& report, double significance, Language lang) {
    const stats::ScaleReliability& s = report.reliability;
    std::string out = " " + format_label(lang, "Scale {}: {} items, N = {}", s.name, s.k, s.n);
    if (report.dropped > 0) out += " (" + dropped_text(report.dropped, lang) + ")";
    out += "\n";
    if (!report.reverse.empty()) {
        out += "   " + std::string(label(lang, "Reverse-keyed:"));
        for (const auto& item : report.reverse) out += " " + item;
        out += "\n";
    }
    out += "   " + format_label(lang, "Cronbach's alpha = {}   standardized alpha = {}   mean inter-item r = {}",
                                fixed_number(s.alpha, 4), fixed_number(s.alpha_std, 4), fixed_number(s.average_r, 4));
    out += "\n   " + format_label(lang, "Critical r (df = {}, two-sided {}) = {}; an item is valid when its item-total r "
                                        "exceeds it",
                                  s.n - 2, significant_number(significance, 6), fixed_number(s.r_critical, 4));
    out += "\n\n";

    const bool labelled = any_label(report);
    std::vector<std::vector<std::string>> rows{{}};
    for (const char* title : {"Item", "Mean", "SD", "r item-total", "r corrected", "Alpha if deleted", "Valid"})
        rows[0].emplace_back(label(lang, title));
    if (labelled) rows[0].emplace_back(label(lang, "Label"));
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        const auto& item = s.items[i];
        // Two items: deleting one leaves no scale to have an alpha.
        const std::string alpha_if_deleted =
            std::isnan(item.alpha_if_deleted) ? "-" : fixed_number(item.alpha_if_deleted, 4);
        rows.push_back({item.item, fixed_number(item.mean, 3), fixed_number(item.sd, 3), fixed_number(item.r_total, 4),
                        fixed_number(item.r_corrected, 4), alpha_if_deleted,
                        std::string(label(lang, item.valid ? "valid" : "NOT VALID"))});
        if (labelled) rows.back().push_back(report.labels[i]);
    }
    std::vector<bool> right{false, true, true, true, true, true, false, false};
    right.resize(rows[0].size());
    out += render_columns(rows, right, 3) + "\n";
    const auto frequencies = frequency_rows(s, lang);
    out += "   " + answers_heading(report, lang) + "\n" +
           render_columns(frequencies, first_column_left(frequencies[0].size()), 3) + "\n";
    return out;
}

std::string render_text(const ItemsReport& report, Language lang) {
    std::string out = " " + std::string(label(lang, "jalur items: validity and reliability")) + "\n\n";
    out += " " + format_label(lang, "Data {} ({} respondents)", report.data_path, report.rows) + "\n\n";
    for (const auto& scale : report.scales) out += scale_text(scale, report.significance, lang);
    if (!report.answer_labels.empty()) out += " " + std::string(label(lang, "Answers:")) + " " + answer_labels_text(report) + "\n";
    out += label(lang, " r item-total: Pearson r of the item with the scale total (Excel CORREL); r corrected: with the "
                       "total\n of the other items (SPSS \"Corrected Item-Total Correlation\").\n");
    return out;
}

// APA style: correlations and alphas, which cannot exceed 1, without the leading zero.
void add_scale(SurveyDocument& doc, const ScaleReport& report, double significance, Language lang) {
    const stats::ScaleReliability& s = report.reliability;
    doc.heading(format_label(lang, "Scale {}", s.name));
    std::string summary = format_label(lang, "{} items, N = {}", s.k, s.n);
    if (report.dropped > 0) summary += " (" + dropped_text(report.dropped, lang) + ")";
    if (!report.reverse.empty()) {
        std::string items;
        for (const auto& item : report.reverse) items += (items.empty() ? "" : ", ") + item;
        summary += "; " + format_label(lang, "reverse-keyed: {}", items);
    }
    doc.paragraph(summary + ".");
    SurveyTable reliability{{}, {true, true, true, true, true}, {}};
    for (const char* title : {"N", "Items", "Cronbach's α", "Standardized α", "Mean inter-item r"})
        reliability.header.emplace_back(label(lang, title));
    reliability.rows.push_back({std::to_string(s.n), std::to_string(s.k), apa_decimal(s.alpha, 3),
                                apa_decimal(s.alpha_std, 3), apa_decimal(s.average_r, 3)});
    doc.table(std::move(reliability));

    const bool labelled = any_label(report);
    SurveyTable validity;
    for (const char* title : {"No", "Item"}) validity.header.emplace_back(label(lang, title));
    if (labelled) validity.header.emplace_back(label(lang, "Label"));
    for (const char* title : {"Mean", "SD", "r (item-total)", "r (corrected)", "r (critical)", "α if item deleted",
                              "Validity"})
        validity.header.emplace_back(label(lang, title));
    validity.right_aligned = {true, false};
    if (labelled) validity.right_aligned.push_back(false);
    validity.right_aligned.insert(validity.right_aligned.end(), {true, true, true, true, true, true, false});
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        const auto& item = s.items[i];
        std::vector<std::string> row{std::to_string(i + 1), item.item};
        if (labelled) row.push_back(report.labels[i]);
        const std::string alpha_if_deleted =
            std::isnan(item.alpha_if_deleted) ? "-" : apa_decimal(item.alpha_if_deleted, 3);
        // Four decimals for r hitung against r tabel, as theses print them: at three an item just above the
        // critical r would show the same number as it.
        for (auto& cell : {fixed_number(item.mean, 2), fixed_number(item.sd, 2), apa_decimal(item.r_total, 4),
                           apa_decimal(item.r_corrected, 4), apa_decimal(s.r_critical, 4), alpha_if_deleted,
                           std::string(label(lang, item.valid ? "Valid" : "Not valid"))})
            row.push_back(cell);
        validity.rows.push_back(std::move(row));
    }
    doc.table(std::move(validity));
    doc.note(format_label(lang, "r (critical) is the critical r at df = N - 2 = {}, two-sided α = {}; an item is valid "
                                "when its item-total r exceeds it. r (item-total): Pearson r of the item with the "
                                "scale total (Excel CORREL); r (corrected): with the total of the other items (SPSS "
                                "Corrected Item-Total Correlation).",
                          s.n - 2, apa_decimal(significance, 2)));
    const auto frequencies = frequency_rows(s, lang);
    doc.paragraph(answers_heading(report, lang));
    doc.table({frequencies[0], first_column_left(frequencies[0].size()), {frequencies.begin() + 1, frequencies.end()}});
}

SurveyDocument items_document(const ItemsReport& report, Language lang) {
    SurveyDocument doc;
    doc.title = label(lang, "Item validity and reliability");
    doc.source = report.data_path;
    doc.paragraph(format_label(lang, "{} respondents.", report.rows));
    for (const auto& scale : report.scales) add_scale(doc, scale, report.significance, lang);
    if (!report.answer_labels.empty()) doc.paragraph(std::string(label(lang, "Answers:")) + " " + answer_labels_text(report) + ".");
    return doc;
}

Json item_json(const stats::ItemStatistics& item, double r_critical, const std::string& label) {
    Json frequencies = Json::object();
    for (const auto& [value, count] : item.frequencies) frequencies[answer_text(value)] = count;
    Json out{{"item", item.item},
             {"mean", json_number(item.mean)},
             {"sd", json_number(item.sd)},
             {"r_total", json_number(item.r_total)},
             {"r_corrected", json_number(item.r_corrected)},
             {"alpha_if_deleted", json_number(item.alpha_if_deleted)},
             {"r_critical", json_number(r_critical)},
             {"valid", item.valid},
             {"frequencies", std::move(frequencies)}};
    if (!label.empty()) out["label"] = label;
    return out;
}

std::string render_json(const ItemsReport& report) {
    Json scales = Json::array();
    for (const auto& scale : report.scales) {
        const auto& s = scale.reliability;
        Json items = Json::array();
        for (std::size_t i = 0; i < s.items.size(); ++i) items.push_back(item_json(s.items[i], s.r_critical, scale.labels[i]));
        scales.push_back(Json{{"name", s.name},
                              {"n", s.n},
                              {"k", s.k},
                              {"alpha", json_number(s.alpha)},
                              {"alpha_std", json_number(s.alpha_std)},
                              {"average_r", json_number(s.average_r)},
                              {"r_critical", json_number(s.r_critical)},
                              {"dropped", scale.dropped},
                              {"reverse", scale.reverse},
                              {"items", std::move(items)}});
    }
    Json out{{"data", report.data_path}, {"significance", report.significance}, {"scales", std::move(scales)}};
    return json_text(out);
}

std::string render_csv(const ItemsReport& report) {
    std::string out = "scale,item,n,mean,sd,r_total,r_corrected,alpha_if_deleted,r_critical,valid,scale_alpha,"
                      "scale_alpha_std\n";
    for (const auto& scale : report.scales) {
        const auto& s = scale.reliability;
        for (const auto& item : s.items)
            out += csv_field(s.name) + ',' + csv_field(item.item) + ',' + std::to_string(s.n) + ',' +
                   significant_number(item.mean) + ',' + significant_number(item.sd) + ',' +
                   significant_number(item.r_total) + ',' + significant_number(item.r_corrected) + ',' +
                   significant_number(item.alpha_if_deleted) + ',' + significant_number(s.r_critical) + ',' +
                   (item.valid ? "true" : "false") + ',' + significant_number(s.alpha) + ',' +
                   significant_number(s.alpha_std) + '\n';
    }
    return out;
}

}  // namespace

std::string render_items_report(ReportFormat format, const ItemsReport& report, Language language) {
    switch (format) {
        case ReportFormat::Text: return render_text(report, language);
        case ReportFormat::Json: return render_json(report);
        case ReportFormat::Csv: return render_csv(report);
        case ReportFormat::Markdown: return render_survey_markdown(items_document(report, language), language);
        case ReportFormat::Html: return render_survey_html(items_document(report, language), language);
    }
    throw std::logic_error("unsupported report format");
}

}  // namespace jalur::report

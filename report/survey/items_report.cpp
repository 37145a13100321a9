#include "report/survey/items_report.hpp"

#include <cmath>
#include <fmt/format.h>
#include <set>
#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"

namespace jalur::report {
namespace {

std::string answer_text(double value) { return significant_number(value, 6); }

std::string frequency_table(const stats::ScaleReliability& scale) {
    std::set<double> answers;
    for (const auto& item : scale.items)
        for (const auto& [value, count] : item.frequencies) answers.insert(value);
    std::vector<std::string> header{"Item"};
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
    std::vector<bool> right(header.size(), true);
    right[0] = false;
    return render_columns(rows, right, 3);
}

std::string scale_text(const ScaleReport& report, double significance) {
    const stats::ScaleReliability& s = report.reliability;
    std::string out = fmt::format(" Scale {}: {} items, N = {}", s.name, s.k, s.n);
    if (report.dropped > 0)
        out += fmt::format(" ({} respondent{} with a missing answer left out)", report.dropped,
                           report.dropped == 1 ? "" : "s");
    out += "\n";
    if (!report.reverse.empty()) {
        out += "   Reverse-keyed:";
        for (const auto& item : report.reverse) out += " " + item;
        out += "\n";
    }
    out += fmt::format("   Cronbach's alpha = {}   standardized alpha = {}   mean inter-item r = {}\n",
                       fixed_number(s.alpha, 4), fixed_number(s.alpha_std, 4), fixed_number(s.average_r, 4));
    out += fmt::format("   Critical r (df = {}, two-sided {}) = {}; an item is valid when its item-total r "
                       "exceeds it\n\n",
                       s.n - 2, significant_number(significance, 6), fixed_number(s.r_critical, 4));

    bool labelled = false;
    for (const auto& label : report.labels) labelled = labelled || !label.empty();
    std::vector<std::vector<std::string>> rows{
        {"Item", "Mean", "SD", "r item-total", "r corrected", "Alpha if deleted", "Valid"}};
    if (labelled) rows[0].push_back("Label");
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        const auto& item = s.items[i];
        // Two items: deleting one leaves no scale to have an alpha.
        const std::string alpha_if_deleted =
            std::isnan(item.alpha_if_deleted) ? "-" : fixed_number(item.alpha_if_deleted, 4);
        rows.push_back({item.item, fixed_number(item.mean, 3), fixed_number(item.sd, 3), fixed_number(item.r_total, 4),
                        fixed_number(item.r_corrected, 4), alpha_if_deleted,
                        item.valid ? "valid" : "NOT VALID"});
        if (labelled) rows.back().push_back(report.labels[i]);
    }
    std::vector<bool> right{false, true, true, true, true, true, false, false};
    right.resize(rows[0].size());
    out += render_columns(rows, right, 3) + "\n";
    out += std::string("   Answers given (counts") + (report.reverse.empty() ? "" : ", reverse-keyed items reversed") +
           ")\n" + frequency_table(s) + "\n";
    return out;
}

std::string render_text(const ItemsReport& report) {
    std::string out = " jalur items: validity and reliability\n\n";
    out += fmt::format(" Data {} ({} respondents)\n\n", report.data_path, report.rows);
    for (const auto& scale : report.scales) out += scale_text(scale, report.significance);
    if (!report.answer_labels.empty()) {
        out += " Answers:";
        for (const auto& [value, label] : report.answer_labels) out += " " + answer_text(value) + " = " + label + ";";
        out.back() = '\n';
    }
    out += " r item-total: Pearson r of the item with the scale total (Excel CORREL); r corrected: with the total\n"
           " of the other items (SPSS \"Corrected Item-Total Correlation\").\n";
    return out;
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

std::string render_items_report(ReportFormat format, const ItemsReport& report) {
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

#include "report/survey/scores_report.hpp"

#include <cmath>
#include <stdexcept>
#include <vector>

#include "report/common/csv_field.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/survey/survey_document.hpp"

namespace jalur::report {
namespace {

using ScoreColumns = std::vector<Eigen::VectorXd>;  // each scale's scores, a row per respondent

std::string render_csv(const models::SurveyData& data, const models::Instrument& instrument,
                       const models::SurveyColumn* id, const ScoreColumns& columns) {
    std::string out = "row";
    if (id) out += ',' + csv_field(id->name);
    for (const models::Scale& scale : instrument.scales) {
        out += ',' + csv_field(scale.name);
        if (!scale.categories.empty()) out += ',' + csv_field(scale.name + "_category");
    }
    out += '\n';
    for (std::size_t row = 0; row < data.rows(); ++row) {
        out += std::to_string(data.lines[row]);
        if (id) out += ',' + csv_field(id->text[row]);
        for (std::size_t s = 0; s < columns.size(); ++s) {
            const double score = columns[s](static_cast<Eigen::Index>(row));
            out += ',' + significant_number(score, 10);
            const auto& categories = instrument.scales[s].categories;
            if (!categories.empty()) out += ',' + csv_field(models::score_category(categories, score));
        }
        out += '\n';
    }
    return out;
}

// The same rows for people: headers in the language, scores with three decimals, "-" for a missing score.
SurveyTable score_table(const models::SurveyData& data, const models::Instrument& instrument,
                        const models::SurveyColumn* id, const ScoreColumns& columns, Language lang) {
    SurveyTable table;
    table.header.emplace_back(label(lang, "Row"));
    table.right_aligned.push_back(true);
    if (id) {
        table.header.push_back(id->name);
        table.right_aligned.push_back(false);
    }
    for (const models::Scale& scale : instrument.scales) {
        table.header.push_back(scale.name);
        table.right_aligned.push_back(true);
        if (!scale.categories.empty()) {
            table.header.push_back(format_label(lang, "{} category", scale.name));
            table.right_aligned.push_back(false);
        }
    }
    for (std::size_t row = 0; row < data.rows(); ++row) {
        std::vector<std::string> cells{std::to_string(data.lines[row])};
        if (id) cells.push_back(id->text[row]);
        for (std::size_t s = 0; s < columns.size(); ++s) {
            const double score = columns[s](static_cast<Eigen::Index>(row));
            cells.push_back(std::isnan(score) ? "-" : fixed_number(score, 3));
            const auto& categories = instrument.scales[s].categories;
            if (!categories.empty()) cells.push_back(std::isnan(score) ? "-" : models::score_category(categories, score));
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

SurveyDocument score_document(const models::SurveyData& data, SurveyTable table, Language lang) {
    SurveyDocument doc;
    doc.title = label(lang, "Scale scores");
    doc.source = data.path;
    doc.table(std::move(table));
    doc.note(label(lang, "Row: the respondent's line in the data file (the case number of an SPSS file); a score is "
                         "the mean or sum of the scale's items, reverse keys applied; - for a respondent with a "
                         "missing answer."));
    return doc;
}

}  // namespace

std::string render_scale_scores(const models::SurveyData& data, const models::Instrument& instrument,
                                const models::SurveyColumn* id, ReportFormat format, Language language) {
    ScoreColumns columns;
    for (const models::Scale& scale : instrument.scales)
        columns.push_back(models::scale_scores(data, scale, instrument.range));
    if (format == ReportFormat::Csv) return render_csv(data, instrument, id, columns);
    SurveyTable table = score_table(data, instrument, id, columns, language);
    switch (format) {
        case ReportFormat::Text: {
            std::vector<std::vector<std::string>> rows{table.header};
            rows.insert(rows.end(), table.rows.begin(), table.rows.end());
            return " " + std::string(label(language, "Scale scores")) + " (" + data.path + ")\n\n" +
                   render_columns(rows, table.right_aligned, 3);
        }
        case ReportFormat::Markdown:
            return render_survey_markdown(score_document(data, std::move(table), language), language);
        case ReportFormat::Html: return render_survey_html(score_document(data, std::move(table), language), language);
        case ReportFormat::Csv:
        case ReportFormat::Json: break;  // not offered: the command's --format accepts csv, text, markdown and html
    }
    throw std::logic_error("unsupported scores format");
}

}  // namespace jalur::report

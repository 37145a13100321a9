#include "report/survey/servqual_report.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>
#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/survey/survey_document.hpp"

namespace jalur::report {
namespace {

const char* const kRoman[] = {"", "I", "II", "III", "IV"};

std::vector<const stats::ServqualPoint*> by_rank(const std::vector<stats::ServqualPoint>& points) {
    std::vector<const stats::ServqualPoint*> out;
    for (const auto& point : points) out.push_back(&point);
    std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->rank < b->rank; });
    return out;
}

std::vector<std::string> gap_header(bool attributes, Language lang) {
    std::vector<std::string> header{std::string(label(lang, "Rank")),
                                    std::string(label(lang, attributes ? "Attribute" : "Dimension"))};
    if (attributes) header.emplace_back(label(lang, "Dimension"));
    for (const char* title : {"Perception", "Expectation", "Gap", "Quadrant"}) header.emplace_back(label(lang, title));
    return header;
}

std::vector<std::vector<std::string>> gap_rows(const std::vector<stats::ServqualPoint>& points, bool attributes) {
    std::vector<std::vector<std::string>> rows;
    for (const auto* p : by_rank(points)) {
        std::vector<std::string> row{std::to_string(p->rank), p->name};
        if (attributes) row.push_back(p->dimension);
        for (double value : {p->perception, p->expectation, p->gap}) row.push_back(fixed_number(value, 3));
        row.push_back(kRoman[p->quadrant]);
        rows.push_back(std::move(row));
    }
    return rows;
}

// Numbers right, names left.
std::vector<bool> gap_alignment(bool attributes) {
    std::vector<bool> right(attributes ? 7 : 6, true);
    right[1] = false;
    if (attributes) right[2] = false;
    return right;
}

std::string gap_table(const std::vector<stats::ServqualPoint>& points, bool attributes, Language lang) {
    std::vector<std::vector<std::string>> rows{gap_header(attributes, lang)};
    for (auto& row : gap_rows(points, attributes)) rows.push_back(std::move(row));
    return render_columns(rows, gap_alignment(attributes), 3);
}

// The names of a quadrant's points in rank order, "-" when it has none.
std::string quadrant_members(const std::vector<stats::ServqualPoint>& points, int quadrant) {
    std::string members;
    for (const auto* p : by_rank(points))
        if (p->quadrant == quadrant) members += (members.empty() ? "" : ", ") + p->name;
    return members.empty() ? "-" : members;
}

const char* const kQuadrantMeanings[] = {"", "top priority", "keep up the good work", "low priority",
                                         "possible overkill"};

std::string quadrant_lines(const std::vector<stats::ServqualPoint>& points, Language lang) {
    std::string out;
    for (int q = 1; q <= 4; ++q)
        out += fmt::format("   {:<26} {}\n", quadrant_name(q, lang), quadrant_members(points, q));
    return out;
}

std::string dimensions_not_given(const std::string& suggested, Language lang) {
    std::string out(label(lang, " Dimensions: not given (--dimension NAME=ATTRS), so each attribute is its own "
                                  "dimension and the\n attribute table above is all there is.\n"));
    if (!suggested.empty())
        out += " " + std::string(label(lang, "The attribute names suggest these dimensions:")) + "\n   " + suggested + "\n";
    return out + "\n";
}

std::string respondents_text(const ServqualReport& r, Language lang) {
    std::string out = format_label(lang, "{} respondents", r.respondents);
    if (r.dropped > 0) out += ", " + format_label(lang, "{} with a missing answer left out", r.dropped);
    return out;
}

std::string split_text(const char* english, double x, double y, Language lang) {
    return format_label(lang, english, fixed_number(x, 3), fixed_number(y, 3));
}

std::string render_text(const ServqualReport& r, Language lang) {
    const auto& s = r.result;
    std::string out =
        " " + std::string(label(lang, "jalur servqual: perception - expectation gaps and importance-performance quadrants")) +
        "\n\n";
    out += " " + format_label(lang, "Data {} ({})", r.data_path, respondents_text(r, lang)) + "\n";
    out += " " + std::string(label(lang, "Gap = perception - expectation; rank 1 is the most negative gap (first priority).")) +
           "\n\n";
    out += " " + std::string(label(lang, "Attributes")) + "\n" + gap_table(s.items, true, lang) + "\n";
    if (r.dimensions_given)
        out += " " + std::string(label(lang, "Dimensions (means of the respondents' dimension scores)")) + "\n" +
               gap_table(s.dimensions, false, lang) + "\n";
    else
        out += dimensions_not_given(r.suggested_dimensions, lang);
    out += " " + std::string(label(lang, "Importance-performance analysis: x = expectation (importance), y = perception "
                                         "(performance)")) +
           "\n";
    out += " " + split_text("Attributes, split at the means x = {}, y = {}", s.item_expectation_split,
                            s.item_perception_split, lang) +
           "\n";
    out += quadrant_lines(s.items, lang);
    if (!r.dimensions_given) return out;
    out += "\n " + split_text("Dimensions, split at the means x = {}, y = {}", s.dimension_expectation_split,
                              s.dimension_perception_split, lang) +
           "\n";
    out += quadrant_lines(s.dimensions, lang);
    return out;
}

// The quadrants as a table (quadrant, its meaning, its points) and the plot, for Markdown and HTML.
void add_quadrants(SurveyDocument& doc, const std::vector<stats::ServqualPoint>& points, double x_split,
                   double y_split, bool attributes, Language lang) {
    doc.paragraph(split_text(attributes ? "Attributes, split at the means x = {}, y = {}"
                                        : "Dimensions, split at the means x = {}, y = {}",
                             x_split, y_split, lang) +
                  ".");
    SurveyTable table{{std::string(label(lang, "Quadrant")), std::string(label(lang, "Meaning")),
                       std::string(label(lang, attributes ? "Attributes" : "Dimensions"))},
                      {false, false, false},
                      {}};
    for (int q = 1; q <= 4; ++q)
        table.rows.push_back({kRoman[q], std::string(label(lang, kQuadrantMeanings[q])), quadrant_members(points, q)});
    doc.table(std::move(table));
    const SvgPlotLabels labels = servqual_plot_labels(attributes, lang);
    doc.figure(servqual_svg(points, x_split, y_split, labels), labels.title);
}

SurveyDocument servqual_document(const ServqualReport& r, Language lang) {
    const auto& s = r.result;
    SurveyDocument doc;
    doc.title = label(lang, "SERVQUAL gaps and importance-performance analysis");
    doc.source = r.data_path;
    doc.paragraph(respondents_text(r, lang) + ". " +
                  std::string(label(lang, "Gap = perception - expectation; rank 1 is the most negative gap (first priority).")));
    doc.heading(label(lang, "Attributes"));
    doc.table({gap_header(true, lang), gap_alignment(true), gap_rows(s.items, true)});
    if (r.dimensions_given) {
        doc.heading(label(lang, "Dimensions"));
        doc.table({gap_header(false, lang), gap_alignment(false), gap_rows(s.dimensions, false)});
        doc.note(label(lang, "A dimension's perception and expectation are the means of the respondents' dimension "
                             "scores."));
    } else {
        std::string note(label(lang, "Dimensions were not given (--dimension NAME=ATTRS): each attribute is its own "
                                     "dimension."));
        if (!r.suggested_dimensions.empty())
            note += " " + std::string(label(lang, "The attribute names suggest these dimensions:")) + " " +
                    r.suggested_dimensions;
        doc.note(note);
    }
    doc.heading(label(lang, "Importance-performance analysis"));
    doc.paragraph(std::string(label(lang, "Importance-performance analysis: x = expectation (importance), y = "
                                          "perception (performance)")) +
                  ".");
    add_quadrants(doc, s.items, s.item_expectation_split, s.item_perception_split, true, lang);
    if (r.dimensions_given)
        add_quadrants(doc, s.dimensions, s.dimension_expectation_split, s.dimension_perception_split, false, lang);
    return doc;
}

Json point_json(const stats::ServqualPoint& p, bool attribute) {
    Json out = attribute ? Json{{"item", p.name}, {"dimension", p.dimension}} : Json{{"dimension", p.name}};
    out["perception"] = json_number(p.perception);
    out["expectation"] = json_number(p.expectation);
    out["gap"] = json_number(p.gap);
    out["quadrant"] = p.quadrant;
    out["rank"] = p.rank;
    return out;
}

std::string render_json(const ServqualReport& r) {
    const auto& s = r.result;
    Json items = Json::array(), dimensions = Json::array();
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Json item = point_json(s.items[i], true);
        item["perception_column"] = r.perception_columns[i];
        item["expectation_column"] = r.expectation_columns[i];
        items.push_back(std::move(item));
    }
    for (const auto& p : s.dimensions) dimensions.push_back(point_json(p, false));
    Json out{{"data", r.data_path},
             {"n", r.respondents - static_cast<std::size_t>(r.dropped)},
             {"dropped", r.dropped},
             {"items", std::move(items)},
             {"dimensions", std::move(dimensions)},
             {"item_split", {{"expectation", json_number(s.item_expectation_split)},
                             {"perception", json_number(s.item_perception_split)}}},
             {"dimension_split", {{"expectation", json_number(s.dimension_expectation_split)},
                                  {"perception", json_number(s.dimension_perception_split)}}}};
    return json_text(out);
}

std::string render_csv(const ServqualReport& r) {
    std::string out = "level,name,dimension,perception,expectation,gap,quadrant,rank\n";
    for (const auto* level : {&r.result.items, &r.result.dimensions})
        for (const auto& p : *level)
            out += std::string(level == &r.result.items ? "attribute" : "dimension") + ',' + csv_field(p.name) + ',' +
                   csv_field(p.dimension) + ',' + significant_number(p.perception) + ',' +
                   significant_number(p.expectation) + ',' + significant_number(p.gap) + ',' +
                   std::to_string(p.quadrant) + ',' + std::to_string(p.rank) + '\n';
    return out;
}

}  // namespace

std::string quadrant_name(int quadrant, Language language) {
    if (quadrant < 1 || quadrant > 4) return "";
    return fmt::format("{:<4}{}", kRoman[quadrant], label(language, kQuadrantMeanings[quadrant]));
}

SvgPlotLabels servqual_plot_labels(bool attributes, Language language) {
    SvgPlotLabels labels;
    labels.title = label(language, attributes ? "Importance-performance: attributes" : "Importance-performance: dimensions");
    labels.x_axis = label(language, labels.x_axis);
    labels.y_axis = label(language, labels.y_axis);
    for (auto& name : labels.quadrants) name = label(language, name);
    return labels;
}

std::string render_servqual_scores(const ServqualReport& r, const std::vector<int>& data_lines) {
    const auto& s = r.result;
    std::string out = "row";
    for (const char* kind : {"P_", "E_", "gap_"})
        for (const auto& d : s.dimensions) out += ',' + csv_field(kind + d.name);
    out += '\n';
    for (Eigen::Index i = 0; i < s.perception_scores.rows(); ++i) {
        out += std::to_string(data_lines[static_cast<std::size_t>(i)]);
        for (const auto* scores : {&s.perception_scores, &s.expectation_scores, &s.gap_scores})
            for (Eigen::Index j = 0; j < scores->cols(); ++j) out += ',' + significant_number((*scores)(i, j));
        out += '\n';
    }
    return out;
}

std::string render_servqual_report(ReportFormat format, const ServqualReport& report, Language language) {
    switch (format) {
        case ReportFormat::Text: return render_text(report, language);
        case ReportFormat::Json: return render_json(report);
        case ReportFormat::Csv: return render_csv(report);
        case ReportFormat::Markdown: return render_survey_markdown(servqual_document(report, language), language);
        case ReportFormat::Html: return render_survey_html(servqual_document(report, language), language);
    }
    throw std::logic_error("unsupported report format");
}

}  // namespace jalur::report

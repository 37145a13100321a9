#include "report/survey/servqual_report.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>
#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"

namespace jalur::report {
namespace {

const char* const kRoman[] = {"", "I", "II", "III", "IV"};

std::vector<const stats::ServqualPoint*> by_rank(const std::vector<stats::ServqualPoint>& points) {
    std::vector<const stats::ServqualPoint*> out;
    for (const auto& point : points) out.push_back(&point);
    std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->rank < b->rank; });
    return out;
}

std::string gap_table(const std::vector<stats::ServqualPoint>& points, bool attributes) {
    std::vector<std::vector<std::string>> rows{{"Rank", attributes ? "Attribute" : "Dimension"}};
    if (attributes) rows[0].push_back("Dimension");
    for (const char* title : {"Perception", "Expectation", "Gap", "Quadrant"}) rows[0].push_back(title);
    for (const auto* p : by_rank(points)) {
        std::vector<std::string> row{std::to_string(p->rank), p->name};
        if (attributes) row.push_back(p->dimension);
        for (double value : {p->perception, p->expectation, p->gap}) row.push_back(fixed_number(value, 3));
        row.push_back(kRoman[p->quadrant]);
        rows.push_back(std::move(row));
    }
    std::vector<bool> right(rows[0].size(), true);
    right[1] = false;
    if (attributes) right[2] = false;
    return render_columns(rows, right, 3);
}

std::string quadrant_lines(const std::vector<stats::ServqualPoint>& points) {
    std::string out;
    for (int q = 1; q <= 4; ++q) {
        std::string members;
        for (const auto* p : by_rank(points))
            if (p->quadrant == q) members += (members.empty() ? "" : ", ") + p->name;
        out += fmt::format("   {:<26} {}\n", quadrant_name(q), members.empty() ? "-" : members);
    }
    return out;
}

std::string dimensions_not_given(const std::string& suggested) {
    std::string out =
        " Dimensions: not given (--dimension NAME=ATTRS), so each attribute is its own dimension and the\n"
        " attribute table above is all there is.\n";
    if (!suggested.empty()) out += " The attribute names suggest these dimensions:\n   " + suggested + "\n";
    return out + "\n";
}

std::string render_text(const ServqualReport& r) {
    const auto& s = r.result;
    std::string out = " jalur servqual: perception - expectation gaps and importance-performance quadrants\n\n";
    out += fmt::format(" Data {} ({} respondents", r.data_path, r.respondents);
    if (r.dropped > 0) out += fmt::format(", {} with a missing answer left out", r.dropped);
    out += ")\n Gap = perception - expectation; rank 1 is the most negative gap (first priority).\n\n";
    out += " Attributes\n" + gap_table(s.items, true) + "\n";
    if (r.dimensions_given)
        out += " Dimensions (means of the respondents' dimension scores)\n" + gap_table(s.dimensions, false) + "\n";
    else
        out += dimensions_not_given(r.suggested_dimensions);
    out += " Importance-performance analysis: x = expectation (importance), y = perception (performance)\n";
    out += fmt::format(" Attributes, split at the means x = {}, y = {}\n", fixed_number(s.item_expectation_split, 3),
                       fixed_number(s.item_perception_split, 3));
    out += quadrant_lines(s.items);
    if (!r.dimensions_given) return out;
    out += fmt::format("\n Dimensions, split at the means x = {}, y = {}\n",
                       fixed_number(s.dimension_expectation_split, 3), fixed_number(s.dimension_perception_split, 3));
    out += quadrant_lines(s.dimensions);
    return out;
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

std::string quadrant_name(int quadrant) {
    switch (quadrant) {
        case 1: return "I   top priority";
        case 2: return "II  keep up the good work";
        case 3: return "III low priority";
        case 4: return "IV  possible overkill";
    }
    return "";
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

std::string render_servqual_report(ReportFormat format, const ServqualReport& report) {
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

#include "report/survey/scores_report.hpp"

#include <vector>

#include "report/common/csv_field.hpp"
#include "report/common/number_format.hpp"

namespace jalur::report {

std::string render_scale_scores(const models::SurveyData& data, const models::Instrument& instrument,
                                const models::SurveyColumn* id) {
    std::vector<Eigen::VectorXd> scores;
    std::string out = "row";
    if (id) out += ',' + csv_field(id->name);
    for (const models::Scale& scale : instrument.scales) {
        scores.push_back(models::scale_scores(data, scale, instrument.range));
        out += ',' + csv_field(scale.name);
        if (!scale.categories.empty()) out += ',' + csv_field(scale.name + "_category");
    }
    out += '\n';
    for (std::size_t row = 0; row < data.rows(); ++row) {
        out += std::to_string(data.lines[row]);
        if (id) out += ',' + csv_field(id->text[row]);
        for (std::size_t s = 0; s < scores.size(); ++s) {
            const double score = scores[s](static_cast<Eigen::Index>(row));
            out += ',' + significant_number(score, 10);
            const auto& categories = instrument.scales[s].categories;
            if (!categories.empty()) out += ',' + csv_field(models::score_category(categories, score));
        }
        out += '\n';
    }
    return out;
}

}  // namespace jalur::report

#include "models/instrument.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jalur::models {

ItemResponses scale_responses(const SurveyData& data, const Scale& scale, const std::optional<ResponseRange>& range) {
    if (!scale.reverse.empty() && !range)
        throw InputError(scale.where, "scale " + scale.name +
                                          " has reverse-keyed items but no answer range, expected the range of "
                                          "answers (e.g. 1-5), since a reversed answer is low + high - answer.");
    ItemResponses responses = item_responses(data, scale.items, range);
    for (const std::string& item : scale.reverse) {
        const auto at = std::find(scale.items.begin(), scale.items.end(), item) - scale.items.begin();
        auto column = responses.values.col(static_cast<Eigen::Index>(at));
        column = (range->low + range->high) - column.array();
    }
    return responses;
}

Eigen::VectorXd scale_scores(const SurveyData& data, const Scale& scale, const std::optional<ResponseRange>& range) {
    const ItemResponses responses = scale_responses(data, scale, range);
    Eigen::VectorXd scores = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(data.rows()),
                                                       std::numeric_limits<double>::quiet_NaN());
    for (std::size_t k = 0; k < responses.rows.size(); ++k) {
        const auto row = responses.values.row(static_cast<Eigen::Index>(k));
        scores(static_cast<Eigen::Index>(responses.rows[k])) = scale.score == ScoreKind::Sum ? row.sum() : row.mean();
    }
    return scores;
}

std::string score_category(const std::vector<ScoreCategory>& categories, double score) {
    if (std::isnan(score) || categories.empty() || score < categories.front().low) return "";
    for (const ScoreCategory& category : categories)
        if (score <= category.high) return category.name;
    return "";
}

const char* score_kind_name(ScoreKind kind) { return kind == ScoreKind::Sum ? "sum" : "mean"; }

}  // namespace jalur::models

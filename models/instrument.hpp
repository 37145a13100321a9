#pragma once
// A questionnaire's scales: which items make up each construct, which are reverse-keyed, the answers allowed,
// how a respondent's score is formed and the categories it falls into. Read from the `instrument:` section of a
// YAML spec (models/instrument_section.hpp) or from `--scale NAME=item,item,…` on the command line.
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

#include "engine/errors.hpp"
#include "models/survey_data.hpp"

namespace jalur::models {

enum class ScoreKind { Sum, Mean };

// A named band of scores, e.g. seed 004's "Cukup" from 51 to 75. A score belongs to the first category whose
// upper bound it does not exceed, so that mean scores between printed bands (50.5) are not lost.
struct ScoreCategory {
    std::string name;
    double low = 0;
    double high = 0;
};

struct Scale {
    std::string name;
    std::vector<std::string> items;
    std::vector<std::string> reverse;  // reverse-keyed items (a subset of items): low + high − answer
    ScoreKind score = ScoreKind::Mean;
    std::vector<ScoreCategory> categories;
    SourceLocation where;
};

struct Instrument {
    std::optional<ResponseRange> range;  // the answers allowed, e.g. 1-5; required for reverse keys
    std::vector<Scale> scales;
};

// The answers to a scale's items with reverse keys applied: complete rows only (listwise within the scale).
ItemResponses scale_responses(const SurveyData& data, const Scale& scale, const std::optional<ResponseRange>& range);

// Every row's score (sum or mean of the items, reverse keys applied); NaN where an item is missing.
Eigen::VectorXd scale_scores(const SurveyData& data, const Scale& scale, const std::optional<ResponseRange>& range);

// The category of a score, or "" when it is below the first band, above the last, or missing.
std::string score_category(const std::vector<ScoreCategory>& categories, double score);

// "sum" / "mean".
const char* score_kind_name(ScoreKind kind);

}  // namespace jalur::models

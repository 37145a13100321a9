#include "engine/model/fixed_exogenous.hpp"

#include <algorithm>

#include "engine/errors.hpp"

namespace jalur {

namespace {

int position(const std::vector<std::string>& names, const std::string& name) {
    return static_cast<int>(std::find(names.begin(), names.end(), name) - names.begin());
}

}  // namespace

std::vector<std::string> fixable_exogenous(const ParameterTable& table, const std::vector<std::string>& observed,
                                           std::vector<std::string>& notes) {
    std::vector<std::string> fixed, random;
    for (const auto& v : observed) {
        if (table.is_endogenous(v)) continue;
        if (!table.is_regression_predictor(v)) continue;
        const bool written = std::any_of(table.rows.begin(), table.rows.end(), [&](const ParameterRow& r) {
            return r.user && ((r.op == Op::Covariance && (r.lhs == v || r.rhs == v)) ||
                              (r.op == Op::Intercept && r.lhs == v));
        });
        (written ? random : fixed).push_back(v);
    }
    if (!random.empty())
        notes.push_back("exogenous: fixed leaves " + join(random) +
                        " random: the model writes a variance, covariance or intercept of them (as lavaan does)");
    return fixed;
}

void fix_exogenous_moments(ParameterTable& table, const std::vector<std::string>& observed,
                           const std::vector<std::string>& fixed, const Eigen::MatrixXd& covariance,
                           const Eigen::VectorXd* means) {
    for (auto& row : table.rows) {
        if (row.user || !contains(fixed, row.lhs)) continue;
        const int i = position(observed, row.lhs);
        if (row.op == Op::Covariance && contains(fixed, row.rhs)) {
            row.free = false;
            row.value = covariance(i, position(observed, row.rhs));
        } else if (row.op == Op::Intercept && means) {
            row.free = false;
            row.value = (*means)[i];
        }
    }
}

int fixed_exogenous_moment_count(int k, bool meanstructure) { return k * (k + 1) / 2 + (meanstructure ? k : 0); }

}  // namespace jalur

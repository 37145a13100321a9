#include "engine/standardized.hpp"

#include <cmath>

namespace jalur {

void standardize(ParameterTable& table, const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const Eigen::VectorXd v = implied.C().diagonal();
    const Eigen::MatrixXd& S = implied.S();
    auto is_latent = [&](int i) { return i >= model.observed_count; };
    for (auto& row : table.rows) {
        if (row.op == Op::Defined) continue;
        const int i = model.index_of(row.outcome()), j = model.index_of(row.predictor());
        double all, lv;
        if (row.is_directed()) {
            all = row.est * std::sqrt(v[j]) / std::sqrt(v[i]);
            lv = row.est * (is_latent(j) ? std::sqrt(v[j]) : 1.0) / (is_latent(i) ? std::sqrt(v[i]) : 1.0);
        } else if (i == j) {
            all = row.est / v[i];
            lv = is_latent(i) ? row.est / v[i] : row.est;
        } else {
            const double scale = std::sqrt(S(i, i) * S(j, j));
            all = row.est / scale;
            lv = row.est / ((is_latent(i) ? std::sqrt(S(i, i)) : 1.0) * (is_latent(j) ? std::sqrt(S(j, j)) : 1.0));
        }
        row.std_all = all;
        row.std_lv = lv;
    }
}

}  // namespace jalur

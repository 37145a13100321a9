#include "engine/inference/sigma_terms.hpp"

namespace jalur {

SigmaTerms::SigmaTerms(const ImpliedMoments& implied) {
    const RamModel& model = implied.model();
    const int p = model.observed_count;
    const int m = model.variable_count();
    std::vector<int> slot(2 * static_cast<std::size_t>(m), -1);  // vector id (b_i: i, c_j: m + j) → column
    std::vector<int> ids;
    auto use = [&](int id) {
        if (slot[static_cast<std::size_t>(id)] < 0) {
            slot[static_cast<std::size_t>(id)] = static_cast<int>(ids.size());
            ids.push_back(id);
        }
        return slot[static_cast<std::size_t>(id)];
    };
    terms.resize(static_cast<std::size_t>(model.parameter_count));
    for (const auto& c : model.cells) {
        auto& t = terms[static_cast<std::size_t>(c.parameter)];
        if (c.matrix == RamMatrix::M) continue;  // intercepts and means leave Σ alone
        if (c.matrix == RamMatrix::A) {
            const int b = use(c.row), cc = use(m + c.col);
            t.emplace_back(b, cc);
            t.emplace_back(cc, b);
        } else {
            const int b1 = use(c.row), b2 = use(c.col);
            t.emplace_back(b1, b2);
            if (c.row != c.col) t.emplace_back(b2, b1);
        }
    }
    vectors.resize(p, static_cast<Eigen::Index>(ids.size()));
    for (std::size_t v = 0; v < ids.size(); ++v)
        vectors.col(static_cast<Eigen::Index>(v)) =
            ids[v] < m ? Eigen::VectorXd(implied.B().col(ids[v]).head(p))
                       : Eigen::VectorXd(implied.C().row(ids[v] - m).head(p).transpose());
}

}  // namespace jalur

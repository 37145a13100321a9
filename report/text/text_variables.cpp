#include "report/text/text_variables.hpp"

#include <algorithm>
#include <cmath>

#include "engine/errors.hpp"
#include "report/common/number_format.hpp"

namespace jalur::report {

double element(const std::vector<std::string>& order, const Eigen::MatrixXd& m, const std::string& a,
               const std::string& b) {
    auto ia = std::find(order.begin(), order.end(), a) - order.begin();
    auto ib = std::find(order.begin(), order.end(), b) - order.begin();
    if (ia >= m.rows() || ib >= m.cols()) return kNaN;
    return m(ia, ib);
}

Variables variables_of(const FitResult& r) {
    Variables v;
    const std::vector<std::string> latent = r.table.latent();
    v.latent = !latent.empty();
    auto is_indicator = [&](const std::string& name) {
        return std::any_of(r.table.rows.begin(), r.table.rows.end(),
                           [&](const ParameterRow& row) { return row.op == Op::Loading && row.rhs == name; });
    };
    auto is_outcome = [&](const std::string& name) {
        return std::any_of(r.table.rows.begin(), r.table.rows.end(),
                           [&](const ParameterRow& row) { return row.op == Op::Regression && row.lhs == name; });
    };
    for (const auto& name : latent) (is_outcome(name) ? v.y : v.x).push_back(name);
    for (const auto& name : r.endogenous) {
        if (is_indicator(name))
            v.indicators.push_back(name);
        else
            v.y.push_back(name);
    }
    for (const auto& name : r.exogenous) v.x.push_back(name);
    v.yx = v.y;
    v.yx.insert(v.yx.end(), v.x.begin(), v.x.end());
    v.observed = r.endogenous;
    v.observed.insert(v.observed.end(), r.exogenous.begin(), r.exogenous.end());
    for (const auto& name : r.observed)
        if (!contains(v.observed, name)) v.observed.push_back(name);
    return v;
}

std::string covariance_matrix(const std::string& title, const FitResult& r, const Eigen::MatrixXd& m,
                              const std::vector<std::string>& names, bool correlation) {
    LisrelMatrix matrix{title, "", names, names, {}, true};
    for (const auto& a : names) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& b : names) {
            double value = element(r.observed, m, a, b);
            if (correlation) value /= std::sqrt(element(r.observed, m, a, a) * element(r.observed, m, b, b));
            row.push_back(MatrixEntry{value, kNaN, kNaN});
        }
        matrix.entries.push_back(std::move(row));
    }
    return render_matrix(matrix);
}

bool off_diagonal_present(const std::vector<std::vector<std::optional<MatrixEntry>>>& entries) {
    for (std::size_t i = 0; i < entries.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (entries[i][j]) return true;
    return false;
}

std::vector<std::optional<MatrixEntry>> diagonal(const std::vector<std::vector<std::optional<MatrixEntry>>>& m) {
    std::vector<std::optional<MatrixEntry>> d;
    for (std::size_t i = 0; i < m.size(); ++i) d.push_back(m[i][i]);
    return d;
}

}  // namespace jalur::report

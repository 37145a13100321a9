#include "engine/ram_model.hpp"

#include <algorithm>

namespace jalur {

int RamModel::index_of(const std::string& variable) const {
    auto it = std::find(variables.begin(), variables.end(), variable);
    return it == variables.end() ? -1 : static_cast<int>(it - variables.begin());
}

void RamModel::fill(const Eigen::VectorXd& theta, Eigen::MatrixXd& A, Eigen::MatrixXd& S) const {
    A = fixed_A;
    S = fixed_S;
    for (const auto& c : cells) {
        const double v = theta[c.parameter];
        if (c.matrix == RamMatrix::A) {
            A(c.row, c.col) = v;
        } else {
            S(c.row, c.col) = v;
            S(c.col, c.row) = v;
        }
    }
}

RamModel compile_ram(const ParameterTable& table, const std::vector<std::string>& observed) {
    RamModel model;
    model.variables = observed;
    model.observed_count = static_cast<int>(observed.size());
    for (const auto& v : table.variables())
        if (std::find(observed.begin(), observed.end(), v) == observed.end()) model.variables.push_back(v);

    const int m = model.variable_count();
    model.fixed_A = Eigen::MatrixXd::Zero(m, m);
    model.fixed_S = Eigen::MatrixXd::Zero(m, m);
    model.parameter_count = table.free_count();
    model.parameter_names.assign(model.parameter_count, std::string());

    for (const auto& row : table.rows) {
        if (row.op == Op::Defined) continue;
        const int to = model.index_of(row.outcome());
        const int from = model.index_of(row.predictor());
        const bool directed = row.is_directed();
        // A(i, j) is the effect of j on i; S cells are kept in the lower triangle.
        const int r = directed ? to : std::max(to, from);
        const int c = directed ? from : std::min(to, from);
        if (row.index >= 0) {
            model.cells.push_back({directed ? RamMatrix::A : RamMatrix::S, r, c, row.index});
            if (model.parameter_names[row.index].empty()) model.parameter_names[row.index] = row.name();
        } else if (directed) {
            model.fixed_A(r, c) = row.value;
        } else {
            model.fixed_S(r, c) = row.value;
            model.fixed_S(c, r) = row.value;
        }
    }
    return model;
}

}  // namespace jalur

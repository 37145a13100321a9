#include "engine/model/ram_model.hpp"

#include <algorithm>
#include <functional>

namespace jalur {

int RamModel::index_of(const std::string& variable) const {
    auto it = std::find(variables.begin(), variables.end(), variable);
    return it == variables.end() ? -1 : static_cast<int>(it - variables.begin());
}

Eigen::VectorXd RamModel::estimates(const ParameterTable& table) const {
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(parameter_count);
    for (const auto& row : table.rows)
        if (row.index >= 0 && row.index < parameter_count) theta[row.index] = row.est;
    return theta;
}

void RamModel::fill(const Eigen::VectorXd& theta, Eigen::MatrixXd& A, Eigen::MatrixXd& S) const {
    A = fixed_A;
    S = fixed_S;
    for (const auto& c : cells) {
        const double v = theta[c.parameter];
        if (c.matrix == RamMatrix::A) {
            A(c.row, c.col) = v;
        } else if (c.matrix == RamMatrix::M) {
            continue;
        } else {
            S(c.row, c.col) = v;
            S(c.col, c.row) = v;
        }
    }
}

void RamModel::fill(const Eigen::VectorXd& theta, Eigen::MatrixXd& A, Eigen::MatrixXd& S, Eigen::VectorXd& M) const {
    fill(theta, A, S);
    M = fixed_M;
    for (const auto& c : cells)
        if (c.matrix == RamMatrix::M) M[c.row] = theta[c.parameter];
}

namespace {

// Longest chain of directed paths (A acyclic), or −1 when the paths contain a cycle.
int longest_chain(int variable_count, const std::vector<std::pair<int, int>>& paths) {
    std::vector<std::vector<int>> into(variable_count);  // into[r]: variables with a path to r
    for (const auto& [r, c] : paths) into[r].push_back(c);
    std::vector<int> depth(variable_count, -1), state(variable_count, 0);  // state: 0 new, 1 on the stack, 2 done
    bool cyclic = false;
    std::function<int(int)> visit = [&](int v) {
        if (state[v] == 2) return depth[v];
        if (state[v] == 1) {
            cyclic = true;
            return 0;
        }
        state[v] = 1;
        int d = 0;
        for (int u : into[v]) d = std::max(d, visit(u) + 1);
        state[v] = 2;
        return depth[v] = d;
    };
    int longest = 0;
    for (int v = 0; v < variable_count; ++v) longest = std::max(longest, visit(v));
    return cyclic ? -1 : longest;
}

}  // namespace

RamModel compile_ram(const ParameterTable& table, const std::vector<std::string>& observed) {
    RamModel model;
    model.variables = observed;
    model.observed_count = static_cast<int>(observed.size());
    for (const auto& v : table.variables())
        if (std::find(observed.begin(), observed.end(), v) == observed.end()) model.variables.push_back(v);

    const int variable_count = model.variable_count();
    model.fixed_A = Eigen::MatrixXd::Zero(variable_count, variable_count);
    model.fixed_S = Eigen::MatrixXd::Zero(variable_count, variable_count);
    model.fixed_M = Eigen::VectorXd::Zero(variable_count);
    model.parameter_count = table.free_count();
    model.parameter_names.assign(model.parameter_count, std::string());

    for (const auto& row : table.rows) {
        if (row.op == Op::Defined) continue;
        if (row.op == Op::Intercept) {
            model.has_means = true;
            const int v = model.index_of(row.lhs);
            if (row.index >= 0) {
                model.cells.push_back({RamMatrix::M, v, 0, row.index});
                if (model.parameter_names[row.index].empty()) model.parameter_names[row.index] = row.name();
            } else {
                model.fixed_M[v] = row.value;
            }
            continue;
        }
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
    for (int r = 0; r < variable_count; ++r)
        for (int c = 0; c < variable_count; ++c)
            if (model.fixed_A(r, c) != 0) model.paths.emplace_back(r, c);
    for (const auto& cell : model.cells)
        if (cell.matrix == RamMatrix::A) model.paths.emplace_back(cell.row, cell.col);
    model.path_depth = longest_chain(variable_count, model.paths);
    return model;
}

std::vector<std::string> RamModel::names_of(const std::vector<int>& parameters) const {
    std::vector<std::string> out;
    for (int k : parameters) out.push_back(parameter_names[k]);
    return out;
}

}  // namespace jalur

#pragma once
// The compiled form of a parameter table: McArdle's RAM matrices A (directed paths) and S (variances and
// covariances), with a map from each free parameter to its matrix cells. Observed variables come first,
// so the filter matrix F is [I 0] and Σ is the top-left block of (I − A)⁻¹ S (I − A)⁻ᵀ.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"

namespace jalur {

enum class RamMatrix { A, S, M };  // M: the vector m of intercepts and means (col 0)

// One cell a free parameter fills. S cells are stored once with row >= col and mirrored.
struct ParameterCell {
    RamMatrix matrix;
    int row;
    int col;
    int parameter;
};

struct RamModel {
    std::vector<std::string> variables;  // observed (in the given order) then latent
    int observed_count = 0;
    Eigen::MatrixXd fixed_A;             // fixed values; free cells are zero
    Eigen::MatrixXd fixed_S;
    bool has_means = false;              // a mean structure: μ = B_top m
    Eigen::VectorXd fixed_M;             // fixed intercepts and means; free cells are zero
    std::vector<ParameterCell> cells;    // every free cell
    std::vector<std::pair<int, int>> paths;  // every cell of A that can be non-zero (free or fixed ≠ 0)
    int path_depth = -1;                 // longest chain of paths when A has no cycle, else −1
    int parameter_count = 0;
    std::vector<std::string> parameter_names;  // one per free parameter, for messages

    int variable_count() const { return static_cast<int>(variables.size()); }
    int index_of(const std::string& variable) const;  // -1 when absent
    // The names of the given free parameters, for messages.
    std::vector<std::string> names_of(const std::vector<int>& parameters) const;
    // θ at a table's estimates (zero for a parameter the table does not estimate, e.g. a candidate added to it).
    Eigen::VectorXd estimates(const ParameterTable& table) const;
    // Writes θ into A and S (which must be sized variable_count() square).
    void fill(const Eigen::VectorXd& theta, Eigen::MatrixXd& A, Eigen::MatrixXd& S) const;
    // Also writes θ into m (sized variable_count()).
    void fill(const Eigen::VectorXd& theta, Eigen::MatrixXd& A, Eigen::MatrixXd& S, Eigen::VectorXd& M) const;
};

// Compiles a completed, numbered table (ParameterTable::number_free). Variables in the table that are not
// in `observed` are latent. Intercept rows (~1) make a mean structure (has_means).
RamModel compile_ram(const ParameterTable& table, const std::vector<std::string>& observed);

}  // namespace jalur

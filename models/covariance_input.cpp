#include "models/covariance_input.hpp"

#include <algorithm>

#include "engine/data/sample_moments.hpp"
#include "models/matrix_checks.hpp"

namespace jalur::models {
namespace {

// A symmetric matrix as written, with the item of every written value for messages.
struct WrittenMatrix {
    std::vector<std::string> names;
    Eigen::MatrixXd values;
    std::vector<std::vector<Item>> cells;  // cells[i][j], j <= i for lower, every j for full
};

std::vector<std::string> read_names(const YamlInput& input, const Item& item) {
    std::vector<std::string> names;
    const std::vector<Item> elements = input.sequence(item, "name");
    if (elements.empty()) YamlInput::fail(item, "names is empty", "a sequence of variable names");
    for (const Item& element : elements) {
        std::string name = input.identifier(element);
        if (std::find(names.begin(), names.end(), name) != names.end())
            YamlInput::fail(element, "variable '" + name + "' is named twice", "unique names");
        names.push_back(std::move(name));
    }
    return names;
}

// Rows of `lower` (row i has i values) or `full` (p values each); one row per name.
std::vector<std::vector<Item>> read_rows(const YamlInput& input, const Item& item, std::size_t p, bool lower) {
    const std::vector<Item> rows = input.sequence(item, "row");
    if (rows.size() > p)
        YamlInput::fail(rows[p], item.what + " has " + std::to_string(rows.size()) + " rows",
                        std::to_string(p) + " rows, one per name");
    if (rows.size() < p)
        YamlInput::fail(item, item.what + " has " + std::to_string(rows.size()) + " rows",
                        std::to_string(p) + " rows, one per name");
    std::vector<std::vector<Item>> cells;
    for (std::size_t i = 0; i < p; ++i) {
        cells.push_back(input.sequence(rows[i], "value"));
        const std::size_t expected = lower ? i + 1 : p;
        if (cells.back().size() != expected)
            YamlInput::fail(rows[i], rows[i].what + " has " + std::to_string(cells.back().size()) + " values",
                            std::to_string(expected) + (lower ? " (row i of a lower triangle has i values)"
                                                              : " (one per name)"));
    }
    return cells;
}

WrittenMatrix read_matrix(const YamlInput& input, const Item& item) {
    const Mapping mapping = input.mapping(item, {"names", "lower", "full"});
    const Entry* names = mapping.find("names");
    const Entry* lower = mapping.find("lower");
    const Entry* full = mapping.find("full");
    if (!names || (lower == nullptr) == (full == nullptr))
        YamlInput::fail(item, item.what + " needs names and one of lower or full", "names: [...] with lower: or full:");
    WrittenMatrix out;
    out.names = read_names(input, names->value);
    const auto p = static_cast<Eigen::Index>(out.names.size());
    out.cells = read_rows(input, lower ? lower->value : full->value, out.names.size(), lower != nullptr);
    out.values.resize(p, p);
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = 0; j < static_cast<Eigen::Index>(out.cells[i].size()); ++j)
            out.values(i, j) = input.number(out.cells[i][j]);
    if (const std::optional<Cell> cell = symmetrize(out.values, lower != nullptr)) {
        const auto [i, j] = *cell;
        YamlInput::fail(out.cells[i][j], out.cells[i][j].what + " is " + out.cells[i][j].node.Scalar() + " but " +
                                             out.cells[j][i].what + " is " + out.cells[j][i].node.Scalar(),
                        "a symmetric matrix (equal within 1e-8 relative)");
    }
    return out;
}

}  // namespace

NamedMatrix read_covariance_input(const YamlInput& input, const Item& covariance) {
    WrittenMatrix m = read_matrix(input, covariance);
    if (const std::optional<std::size_t> i = first_nonpositive_diagonal(m.values))
        YamlInput::fail(m.cells[*i][*i], "the variance of " + m.names[*i] + " is " + m.cells[*i][*i].node.Scalar(),
                        "a positive number on the diagonal");
    return {std::move(m.names), std::move(m.values)};
}

NamedMatrix read_correlation_input(const YamlInput& input, const Item& correlation, const Item& sd) {
    WrittenMatrix r = read_matrix(input, correlation);
    const std::size_t p = r.names.size();
    // Every value as written: the lower triangle, or whole rows of a full matrix.
    if (const std::optional<Cell> at = first_invalid_correlation(r.values, r.cells.front().size() == p)) {
        const auto [i, j] = *at;
        const Item& cell = r.cells[i][j];
        if (i == j)
            YamlInput::fail(cell, "the diagonal value of " + r.names[i] + " is " + cell.node.Scalar(),
                            "1 on the diagonal of a correlation matrix");
        YamlInput::fail(cell, cell.what + " is " + cell.node.Scalar(), "a correlation between -1 and 1");
    }
    const std::vector<Item> sd_items = input.sequence(sd, "value");
    if (sd_items.size() != p)
        YamlInput::fail(sd, "sd has " + std::to_string(sd_items.size()) + " values",
                        std::to_string(p) + " standard deviations, one per name of the correlation matrix");
    Eigen::VectorXd deviations(static_cast<Eigen::Index>(p));
    for (std::size_t i = 0; i < p; ++i) {
        deviations(i) = input.number(sd_items[i]);
        if (!(deviations(i) > 0))
            YamlInput::fail(sd_items[i], "the standard deviation of " + r.names[i] + " is " +
                                             sd_items[i].node.Scalar(), "a positive number");
    }
    return {std::move(r.names), covariance_from_correlation(r.values, deviations)};
}

}  // namespace jalur::models

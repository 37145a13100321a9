#include "engine/data/sample_statistics.hpp"

#include <string>
#include <utility>

#include "engine/errors.hpp"

namespace jalur {

namespace {

constexpr Eigen::Index kMinimumCompleteRows = 2;

void require_variables(const Data& data, const std::vector<std::string>& variables) {
    for (const std::string& name : variables)
        if (data.index_of(name) < 0)
            throw InputError(data.where, "variable " + quoted(name) + " is not in the data, expected one of " +
                                             join(data.names));
}

// The data's columns of `variables` (all columns when empty).
std::vector<Eigen::Index> columns_of(const Data& data, const std::vector<std::string>& variables) {
    require_variables(data, variables);
    std::vector<Eigen::Index> columns;
    if (variables.empty())
        for (Eigen::Index j = 0; j < static_cast<Eigen::Index>(data.names.size()); ++j) columns.push_back(j);
    for (const std::string& name : variables) columns.push_back(data.index_of(name));
    return columns;
}

// Listwise deletion: the rows with no missing value in `columns`.
std::vector<Eigen::Index> complete_rows(const Data& data, const std::vector<Eigen::Index>& columns) {
    std::vector<Eigen::Index> complete;
    for (Eigen::Index i = 0; i < data.rows.rows(); ++i) {
        bool whole = true;
        for (const Eigen::Index j : columns) whole = whole && !data.missing(i, j);
        if (whole) complete.push_back(i);
    }
    return complete;
}

void require_complete(const Data& data, const std::vector<Eigen::Index>& columns,
                      const std::vector<Eigen::Index>& complete) {
    if (static_cast<Eigen::Index>(complete.size()) >= kMinimumCompleteRows) return;
    std::vector<std::string> names;
    for (const Eigen::Index j : columns) names.push_back(data.names[j]);
    throw InputError(data.where, std::to_string(complete.size()) +
                                     (complete.size() == 1 ? " row has" : " rows have") + " no missing value in " +
                                     join(names) + ", expected at least " + std::to_string(kMinimumCompleteRows) +
                                     " complete rows (listwise deletion drops the others)");
}

std::string deletion_note(int dropped) {
    return dropped == 1 ? "1 row with missing values was dropped (listwise deletion)"
                        : std::to_string(dropped) + " rows with missing values were dropped (listwise deletion)";
}

SampleStatistics statistics_without_rows(const Data& data, const std::vector<std::string>& variables,
                                         const StatisticsRequest& request) {
    if (request.gamma)
        throw InputError(data.where, "the asymptotic covariance matrix of the sample moments (Γ) needs the cases, "
                                     "expected raw data rather than a covariance or correlation matrix");
    require_variables(data, variables);
    SampleStatistics out;
    out.moments = variables.empty() ? *data.moments : data.moments->select(variables);
    return out;
}

}  // namespace

SampleStatistics sample_statistics(const Data& data, const std::vector<std::string>& variables,
                                   const StatisticsRequest& request) {
    if (!data.has_rows()) return statistics_without_rows(data, variables, request);
    const std::vector<Eigen::Index> columns = columns_of(data, variables);
    const std::vector<Eigen::Index> complete = complete_rows(data, columns);
    require_complete(data, columns, complete);

    Eigen::MatrixXd values(static_cast<Eigen::Index>(complete.size()), static_cast<Eigen::Index>(columns.size()));
    for (Eigen::Index r = 0; r < values.rows(); ++r)
        for (Eigen::Index k = 0; k < values.cols(); ++k) values(r, k) = data.rows(complete[r], columns[k]);

    SampleStatistics out;
    out.moments.names = variables.empty() ? data.names : variables;
    out.moments.covariance = covariance_of(values);
    out.moments.means = Eigen::VectorXd(values.colwise().mean().transpose());
    out.moments.n = static_cast<int>(values.rows());
    out.rows_dropped = static_cast<int>(data.rows.rows() - values.rows());
    if (out.rows_dropped > 0) out.notes.push_back(deletion_note(out.rows_dropped));
    if (request.gamma) out.gamma = adf_gamma(values, request.meanstructure);
    if (request.rows) out.rows = std::move(values);
    return out;
}

Eigen::MatrixXd adf_gamma(const Eigen::MatrixXd& rows, bool meanstructure) {
    const Eigen::Index n = rows.rows(), p = rows.cols();
    const Eigen::Index mean_count = meanstructure ? p : 0;
    const Eigen::MatrixXd centered = rows.rowwise() - rows.colwise().mean();
    // z_i: the case's values (with means), then the lower triangle of its centred cross-product, column by column.
    Eigen::MatrixXd z(n, moment_count(p, meanstructure));
    if (meanstructure) z.leftCols(p) = rows;
    Eigen::Index k = mean_count;
    for (Eigen::Index j = 0; j < p; ++j)
        for (Eigen::Index i = j; i < p; ++i) z.col(k++) = centered.col(i).cwiseProduct(centered.col(j));
    z.rowwise() -= z.colwise().mean();
    return (z.transpose() * z) / static_cast<double>(n);
}

}  // namespace jalur

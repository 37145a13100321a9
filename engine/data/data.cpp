#include "engine/data/data.hpp"

#include <algorithm>
#include <utility>

namespace jalur {

Data::Data(SampleMoments statistics) : names(statistics.names), moments(std::move(statistics)) {}

Data Data::from_rows(std::vector<std::string> names, Eigen::MatrixXd rows, SourceLocation where) {
    Data data;
    data.names = std::move(names);
    data.missing = rows.array().isNaN();
    data.rows = std::move(rows);
    data.where = std::move(where);
    return data;
}

int Data::index_of(const std::string& name) const {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

}  // namespace jalur

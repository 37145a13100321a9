#include "engine/data/sample_moments.hpp"

#include <algorithm>

namespace jalur {

int SampleMoments::index_of(const std::string& name) const {
    auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

SampleMoments SampleMoments::select(const std::vector<std::string>& subset) const {
    SampleMoments out;
    out.names = subset;
    out.n = n;
    const auto k = static_cast<Eigen::Index>(subset.size());
    Eigen::VectorXi at(k);  // each name looked up once
    for (Eigen::Index i = 0; i < k; ++i) at[i] = index_of(subset[i]);
    out.covariance = covariance(at, at);
    if (means) out.means = Eigen::VectorXd((*means)(at));
    return out;
}

Eigen::MatrixXd covariance_of(const Eigen::MatrixXd& data) {
    // The mean of a constant column is its value exactly (a sum of n copies divided by n may round off),
    // so that its variance is exactly 0 and the column is recognised as constant.
    Eigen::RowVectorXd mean = data.colwise().mean();
    for (Eigen::Index j = 0; j < data.cols(); ++j)
        if (data.rows() > 0 && (data.col(j).array() == data(0, j)).all()) mean[j] = data(0, j);
    const Eigen::MatrixXd centered = data.rowwise() - mean;
    return (centered.transpose() * centered) / static_cast<double>(data.rows() - 1);
}

Eigen::MatrixXd covariance_from_correlation(const Eigen::MatrixXd& correlation, const Eigen::VectorXd& sd) {
    return sd.asDiagonal() * correlation * sd.asDiagonal();
}

}  // namespace jalur

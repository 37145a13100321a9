#include "engine/results/baseline_model.hpp"

#include <algorithm>
#include <cmath>

namespace jalur {

ModelTest baseline_test(const BaselineInput& in) {
    // Its ML solution is Σ₀ = S on those blocks, so F₀ = log|Σ₀| − log|S|.
    const auto log_det = [](const Eigen::MatrixXd& m) {
        return 2.0 * m.llt().matrixLLT().diagonal().array().log().sum();
    };
    const auto p = static_cast<Eigen::Index>(in.observed.size());
    std::vector<Eigen::Index> exogenous;
    for (Eigen::Index i = 0; i < p; ++i)
        if (std::find(in.exogenous.begin(), in.exogenous.end(), in.observed[i]) != in.exogenous.end())
            exogenous.push_back(i);
    const auto k = static_cast<Eigen::Index>(exogenous.size());
    Eigen::MatrixXd s_xx(k, k);
    for (Eigen::Index a = 0; a < k; ++a)
        for (Eigen::Index b = 0; b < k; ++b) s_xx(a, b) = in.sample_covariance(exogenous[a], exogenous[b]);
    double log_det_baseline = k > 0 ? log_det(s_xx) : 0.0;
    for (Eigen::Index i = 0; i < p; ++i)
        if (std::find(exogenous.begin(), exogenous.end(), i) == exogenous.end())
            log_det_baseline += std::log(in.sample_covariance(i, i));
    const auto df = static_cast<int>(p * (p - 1) / 2 - k * (k - 1) / 2);
    return model_test(in.options.tests.front(), log_det_baseline - log_det(in.sample_covariance), in.n_inference, df);
}

}  // namespace jalur

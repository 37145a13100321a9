#pragma once
// Every ∂Σ/∂θ_k of a RAM model as a sum of rank-one terms x yᵀ, with x and y among the columns of B_top (b_i)
// and the rows of C_left (c_j): a_ij gives b_i c_jᵀ + c_j b_iᵀ, s_ij gives b_i b_jᵀ (+ b_j b_iᵀ). Then any
// tr(X Σ_k Y Σ_l) = Σ (y₂ᵀX x₁)(y₁ᵀY x₂) over the terms of k and l: Gram matrices Vᵀ X V of the vectors give
// the entries of the information and of the observed information in O(terms) each instead of O(p²).
// Needs the covariances of all variables (ImpliedMoments::compute_all_covariances).
#include <Eigen/Dense>
#include <utility>
#include <vector>

#include "engine/model/implied_moments.hpp"

namespace jalur {

struct SigmaTerms {
    explicit SigmaTerms(const ImpliedMoments& implied);

    // tr(X Σ_k Y Σ_l) from the Gram matrices Vᵀ X V and Vᵀ Y V.
    double trace(const Eigen::MatrixXd& gram_x, const Eigen::MatrixXd& gram_y, int k, int l) const {
        double sum = 0;
        for (const auto& [x1, y1] : terms[static_cast<std::size_t>(k)])
            for (const auto& [x2, y2] : terms[static_cast<std::size_t>(l)]) sum += gram_x(y2, x1) * gram_y(y1, x2);
        return sum;
    }

    std::vector<std::vector<std::pair<int, int>>> terms;  // per parameter: (x, y) columns of vectors, meaning x yᵀ
    Eigen::MatrixXd vectors;                              // p × (the b_i and c_j the terms use)
};

}  // namespace jalur

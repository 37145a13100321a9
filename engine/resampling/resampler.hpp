#pragma once
// Where a replicate's cases come from: the complete rows resampled with replacement (nonparametric; Bollen–Stine
// on the transformed rows), given resamples replayed, or N draws from the fitted normal distribution (parametric).
// draw() is const and takes its randomness from the replicate's own stream, so replicates can be drawn from any
// thread in any order.
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

namespace jalur {

class Resampler {
public:
    // Resamples of `rows` (a case per row): replicate r replays `replay[r]` when given, else draws N indices.
    static Resampler cases(Eigen::MatrixXd rows, std::uint64_t seed, const std::vector<std::vector<int>>* replay);
    // N cases from N(μ, Σ): x = μ + Σ^{1/2} z with the symmetric square root, z standard normal.
    static Resampler normal(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, int n, std::uint64_t seed);

    int case_count() const { return n_; }
    bool resamples_cases() const { return resamples_cases_; }
    // Replicate r's cases into `out` (N × p); with case resampling their indices into `indices` (N of them).
    void draw(std::uint64_t r, Eigen::MatrixXd& out, std::vector<int>& indices) const;

private:
    Resampler() = default;

    Eigen::MatrixXd rows_;   // the cases to resample
    Eigen::MatrixXd root_;   // Σ^{1/2}
    Eigen::VectorXd mu_;
    int n_ = 0;
    std::uint64_t seed_ = 0;
    const std::vector<std::vector<int>>* replay_ = nullptr;
    bool resamples_cases_ = true;
};

// Bollen and Stine's transform of the complete rows Y (a case per row) to data whose covariance matrix is the
// fitted Σ̂: Z = (Y − 1ȳᵀ) S^{-1/2} Σ̂^{1/2} (+ 1μ̂ᵀ when μ̂ is not empty), both roots symmetric (lavaan's), S the
// covariance matrix as fitted.
Eigen::MatrixXd bollen_stine_rows(const Eigen::MatrixXd& rows, const Eigen::MatrixXd& sample_covariance,
                                  const Eigen::MatrixXd& implied_covariance, const Eigen::VectorXd& implied_means);

}  // namespace jalur

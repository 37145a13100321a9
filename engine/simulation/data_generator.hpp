#pragma once
// The data of one Monte Carlo replicate from a population's moments: multivariate normal, non-normal by
// Vale–Maurelli (lavaan's simulateData) or by Foldnes and Olsson's independent generator (exact Σ), then
// Likert-type categorisation, then missing values (MCAR, and MAR on one variable). Every random number comes from
// the replicate's own ReplicateStream, so a replicate's data depend only on its stream's keys.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/resampling/replicate_stream.hpp"
#include "engine/simulation/fleishman.hpp"

namespace jalur {

enum class Distribution { Normal, ValeMaurelli, IndependentGenerator };

struct MarginalShape {
    double skewness = 0;
    double excess_kurtosis = 0;
};

// Likert-type categorisation of one variable: the cut points on the variable's own scale (ascending); values
// below the first become 1, from the first up to below the second 2, ... (k cut points give k + 1 categories).
struct GeneratorSpec {
    Distribution distribution = Distribution::Normal;
    std::vector<MarginalShape> shapes;            // one per variable, or one for all, or empty (normal)
    std::vector<std::vector<double>> thresholds;  // one per variable (empty: continuous), or empty
    // MCAR: every value of every variable (but mar_variable) goes missing (NaN) with probability `mcar`.
    double mcar = 0;
    // MAR (simsem's pmMAR threshold rule): in the cases whose value of `mar_variable` (0-based) lies above that
    // variable's mean in the generated sample, every other variable's value goes missing with probability
    // mar · n / (number of those cases), so that a share `mar` of each other variable is missing on average; when
    // that probability exceeds 1 (mar above the share of cases above the mean) all their values go missing and
    // the share falls short of `mar`. `mar_variable` itself is never set missing (by MCAR neither), so the
    // mechanism is MAR. Both together: a value is missing when either mechanism removes it.
    double mar = 0;
    int mar_variable = -1;
    std::vector<std::string> names;  // the variables' names for messages (empty: "variable 1", "variable 2", ...)
};

class DataGenerator {
public:
    // Population moments Σ (p × p, positive definite) and μ (p). Throws NumericalError when the population cannot
    // be generated: Σ not positive definite, a shape Fleishman's polynomial cannot reach (which variable, or
    // which independent source), a correlation Vale–Maurelli cannot reach with two shapes (which pair), an
    // intermediate correlation matrix that is not positive definite. Throws std::invalid_argument for a spec
    // that does not fit Σ (sizes, thresholds not ascending, proportions outside [0, 1), a MAR variable out of
    // range, shapes with Distribution::Normal): the caller checks these where it can say the file and line.
    DataGenerator(const Eigen::MatrixXd& sigma, const Eigen::VectorXd& mu, GeneratorSpec spec);

    // n cases into `out` (n × p), every random number from `stream` in a fixed order (the n × p normals row by
    // row, then MCAR's uniforms row by row, then MAR's); allocates only `out` (resized).
    void generate(int n, ReplicateStream& stream, Eigen::MatrixXd& out) const;

    int variable_count() const { return static_cast<int>(mu_.size()); }

private:
    void categorize(Eigen::MatrixXd& out) const;
    void impose_mcar(ReplicateStream& stream, Eigen::MatrixXd& out) const;
    void impose_mar(ReplicateStream& stream, Eigen::MatrixXd& out) const;

    GeneratorSpec spec_;
    Eigen::VectorXd mu_;
    Eigen::VectorXd scale_;  // Vale–Maurelli: √diag(Σ)
    Eigen::MatrixXd root_;   // lower L: Σ = LLᵀ (normal, independent generator), R_int = LLᵀ (Vale–Maurelli)
    std::vector<FleishmanPolynomial> polynomials_;  // per variable (VM) or per source (IG); empty: normal
};

}  // namespace jalur

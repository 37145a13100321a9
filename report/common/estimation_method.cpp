#include "report/common/estimation_method.hpp"

namespace jalur::report {

std::string_view estimation_method_name(Estimator estimator) {
    switch (estimator) {
        case Estimator::ML: return "Maximum Likelihood";
        case Estimator::GLS: return "Generalized Least Squares";
        case Estimator::WLS: return "Weighted Least Squares";
        case Estimator::ULS: return "Unweighted Least Squares";
        case Estimator::DWLS: return "Diagonally Weighted Least Squares";
    }
    return "?";
}

std::string_view scaled_chi_square_label(std::string_view test) {
    if (test == "satorra.bentler") return "Satorra-Bentler Scaled Chi-Square";
    if (test == "yuan.bentler.mplus") return "Yuan-Bentler Scaled Chi-Square";
    if (test == "mean.var.adjusted") return "Mean and Variance Adjusted Chi-Square";
    return "Scaled and Shifted Chi-Square";
}

}  // namespace jalur::report

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

}  // namespace jalur::report

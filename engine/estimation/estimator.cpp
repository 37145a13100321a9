#include "engine/estimation/estimator.hpp"

#include <stdexcept>

#include "engine/errors.hpp"
#include "engine/estimation/gls_discrepancy.hpp"
#include "engine/estimation/least_squares_discrepancy.hpp"
#include "engine/estimation/ml_discrepancy.hpp"

namespace jalur {

std::optional<MomentWeight> moment_weight_of(Estimator estimator, int moments, const Eigen::MatrixXd* gamma) {
    MomentWeight weight;
    switch (estimator) {
        case Estimator::ML:
        case Estimator::GLS: return std::nullopt;
        case Estimator::ULS: weight.diagonal = Eigen::VectorXd::Ones(moments); return weight;
        case Estimator::DWLS:
        case Estimator::WLS: {
            if (!gamma || gamma->rows() != moments) throw std::invalid_argument("moment_weight_of: Γ of the moments needed");
            const Eigen::LLT<Eigen::MatrixXd> llt = estimator == Estimator::WLS ? Eigen::LLT<Eigen::MatrixXd>(*gamma)
                                                                                 : Eigen::LLT<Eigen::MatrixXd>();
            const bool usable = estimator == Estimator::WLS ? llt.info() == Eigen::Success
                                                            : (gamma->diagonal().array() > 0).all();
            if (!usable)
                throw NumericalError(std::string("the asymptotic covariance matrix Γ of the sample moments is ") +
                                     (estimator == Estimator::WLS ? "not positive definite" : "zero for some moment") +
                                     ", so " + estimator_name(estimator) +
                                     " has no weight, expected variables that vary (or estimator ULS)");
            if (estimator == Estimator::DWLS) weight.diagonal = gamma->diagonal().cwiseInverse();
            else weight.dense = llt.solve(Eigen::MatrixXd::Identity(moments, moments));
            return weight;
        }
    }
    return std::nullopt;
}

std::unique_ptr<Discrepancy> make_discrepancy(Estimator estimator, const Eigen::MatrixXd& sample_covariance,
                                              const Eigen::VectorXd& sample_means, const MomentWeight* weight) {
    switch (estimator) {
        case Estimator::ML: return std::make_unique<MlDiscrepancy>(sample_covariance, sample_means);
        case Estimator::GLS: return std::make_unique<GlsDiscrepancy>(sample_covariance, sample_means);
        case Estimator::WLS:
        case Estimator::ULS:
        case Estimator::DWLS:
            if (!weight) throw std::invalid_argument("make_discrepancy: a least-squares estimator needs its moment weight");
            return std::make_unique<LeastSquaresDiscrepancy>(sample_covariance, sample_means, *weight);
    }
    return nullptr;  // not reached: every estimator has its case above
}

}  // namespace jalur

#include "engine/estimation_options.hpp"

namespace jalur {

const char* likelihood_name(Likelihood likelihood) {
    return likelihood == Likelihood::Wishart ? "wishart" : "normal";
}

std::optional<Likelihood> parse_likelihood(const std::string& name) {
    for (Likelihood l : {Likelihood::Wishart, Likelihood::Normal})
        if (name == likelihood_name(l)) return l;
    return std::nullopt;
}

std::string EstimationOptions::validate() const {
    if (inference_n && !(*inference_n > 0)) return "inference_n must be positive";
    if (ridge && !(*ridge > 0)) return "ridge must be positive";
    if (max_evaluations < 1) return "max_evaluations must be at least 1";
    if (!(gradient_tolerance > 0)) return "gradient_tolerance must be positive";
    if (!(relative_tolerance >= 0)) return "relative_tolerance must not be negative";
    return {};
}

}  // namespace jalur

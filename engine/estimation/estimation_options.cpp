#include "engine/estimation/estimation_options.hpp"

#include <algorithm>
#include <cctype>

namespace jalur {

const char* estimator_name(Estimator estimator) {
    switch (estimator) {
        case Estimator::ML: return "ML";
        case Estimator::GLS: return "GLS";
        case Estimator::WLS: return "WLS";
        case Estimator::ULS: return "ULS";
        case Estimator::DWLS: return "DWLS";
    }
    return "?";
}

namespace {

// lavaan's shorthands for ML with robust standard errors and a scaled test.
struct Shorthand {
    const char* name;
    VcovKind vcov;
    TestStatistic test;
};
constexpr Shorthand kShorthands[] = {
    {"MLM", VcovKind::RobustSem, TestStatistic::SatorraBentler},
    {"MLMV", VcovKind::RobustSem, TestStatistic::ScaledShifted},
    {"MLMVS", VcovKind::RobustSem, TestStatistic::MeanVarAdjusted},
    {"MLR", VcovKind::RobustHuberWhite, TestStatistic::YuanBentlerMplus},
};

}  // namespace

const char* const kEstimatorChoices = "ML, GLS, WLS (or ADF), ULS, DWLS, MLM, MLMV, MLMVS or MLR";

std::optional<EstimatorChoice> parse_estimator_choice(const std::string& name) {
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    for (const Shorthand& s : kShorthands)
        if (upper == s.name) return EstimatorChoice{Estimator::ML, s.vcov, {TestStatistic::Standard, s.test}};
    if (upper == "ADF") return EstimatorChoice{Estimator::WLS};
    for (Estimator e : {Estimator::ML, Estimator::GLS, Estimator::WLS, Estimator::ULS, Estimator::DWLS})
        if (upper == estimator_name(e)) return EstimatorChoice{e};
    return std::nullopt;
}

const char* vcov_kind_name(VcovKind kind) {
    switch (kind) {
        case VcovKind::Expected: return "standard";
        case VcovKind::RobustSem: return "robust.sem";
        case VcovKind::RobustHuberWhite: return "robust.huber.white";
    }
    return "?";
}

std::optional<VcovKind> parse_vcov_kind(const std::string& name) {
    for (VcovKind kind : {VcovKind::Expected, VcovKind::RobustSem, VcovKind::RobustHuberWhite})
        if (name == vcov_kind_name(kind)) return kind;
    return std::nullopt;
}

const char* test_statistic_name(TestStatistic statistic) {
    switch (statistic) {
        case TestStatistic::Standard: return "standard";
        case TestStatistic::SatorraBentler: return "satorra.bentler";
        case TestStatistic::YuanBentlerMplus: return "yuan.bentler.mplus";
        case TestStatistic::ScaledShifted: return "scaled.shifted";
        case TestStatistic::MeanVarAdjusted: return "mean.var.adjusted";
    }
    return "unknown";
}

std::optional<TestStatistic> parse_test_statistic(const std::string& name) {
    for (TestStatistic test : {TestStatistic::Standard, TestStatistic::SatorraBentler, TestStatistic::YuanBentlerMplus,
                               TestStatistic::ScaledShifted, TestStatistic::MeanVarAdjusted})
        if (name == test_statistic_name(test)) return test;
    return std::nullopt;
}

std::string EstimationOptions::estimator_label() const {
    if (estimator == Estimator::ML && tests.size() == 2)
        for (const Shorthand& s : kShorthands)
            if (vcov == s.vcov && tests[1] == s.test) return s.name;
    return estimator_name(estimator);
}

const char* likelihood_name(Likelihood likelihood) {
    return likelihood == Likelihood::Wishart ? "wishart" : "normal";
}

std::optional<Likelihood> parse_likelihood(const std::string& name) {
    for (Likelihood l : {Likelihood::Wishart, Likelihood::Normal})
        if (name == likelihood_name(l)) return l;
    return std::nullopt;
}

const char* information_name(Information information) {
    return information == Information::Observed ? "observed" : "expected";
}

std::optional<Information> parse_information(const std::string& name) {
    for (Information i : {Information::Expected, Information::Observed})
        if (name == information_name(i)) return i;
    return std::nullopt;
}

std::string EstimationOptions::validate() const {
    if (inference_n && !(*inference_n >= 1 && *inference_n <= kLargestSampleSize))
        return "inference_n must be from 1 to " + std::to_string(kLargestSampleSize);
    if (ridge && !(*ridge > 0 && *ridge <= kLargestRidge)) return "ridge must be above 0 and at most 1";
    if (max_evaluations < 1 || max_evaluations > kLargestEvaluationLimit)
        return "max_evaluations must be from 1 to " + std::to_string(kLargestEvaluationLimit);
    if (!(gradient_tolerance > 0 && gradient_tolerance < 1)) return "gradient_tolerance must be between 0 and 1";
    if (!(relative_tolerance >= 0 && relative_tolerance < 1)) return "relative_tolerance must be from 0 to below 1";
    if (robust() && estimator != Estimator::ML)
        return std::string("robust standard errors and scaled tests go with estimator ML so far (MLM, MLMV, MLMVS, MLR), "
                           "expected them without ") + estimator_name(estimator);
    if (tests.empty()) return "at least one test statistic is needed, expected the standard test";
    // lavaan computes a scaled test with the information of the standard errors: the Satorra-Bentler family with
    // the expected one (robust.sem, standard), Yuan-Bentler with the observed one (robust.huber.white). Those are
    // the combinations jalur computes as lavaan does.
    if (tests.size() > 1) {
        const bool yuan_bentler = tests[1] == TestStatistic::YuanBentlerMplus;
        if (yuan_bentler != (vcov == VcovKind::RobustHuberWhite))
            return std::string("test ") + test_statistic_name(tests[1]) + " with se " + vcov_kind_name(vcov) +
                   " is not available yet, expected yuan.bentler.mplus with robust.huber.white (MLR) or the "
                   "satorra.bentler family with standard or robust.sem (MLM, MLMV, MLMVS)";
    }
    if (tests.front() != TestStatistic::Standard || tests.size() > 2)
        return "the tests are the standard one and at most one scaled test after it, expected e.g. MLM's";
    if (robust() && exogenous == ExogenousMoments::Fixed)
        return "exogenous: fixed goes with estimator ML's standard errors and test so far, expected exogenous: free";
    if (exogenous == ExogenousMoments::Fixed && estimator != Estimator::ML)
        return std::string("exogenous: fixed works with estimator ML only so far, expected exogenous: free with ") +
               estimator_name(estimator);
    if (information == Information::Observed && estimator != Estimator::ML)
        return std::string("information: observed goes with estimator ML so far, expected information: expected with ") +
               estimator_name(estimator);
    // The robust kinds' own information: robust.sem the expected one, robust.huber.white the observed one.
    if (vcov == VcovKind::RobustSem && information == Information::Observed)
        return "information: observed with se robust.sem (lavaan's observed-information Satorra-Bentler) is not "
               "available yet, expected information: expected (MLM, MLMV, MLMVS) or se robust.huber.white (MLR)";
    if (!(ci_level > 0 && ci_level < 1)) return "ci_level must be strictly between 0 and 1";
    if (bootstrap) {
        if (bootstrap->replicates < 1 || bootstrap->replicates > kLargestBootstrapReplicates)
            return "the bootstrap replicates must be from 1 to " + std::to_string(kLargestBootstrapReplicates);
        if (bootstrap->threads < 0) return "the bootstrap threads must be at least 0 (0: every core)";
    }
    return {};
}

}  // namespace jalur

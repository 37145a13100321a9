#include "models/estimation_section.hpp"

#include <optional>
#include <string>
#include <utility>

namespace jalur::models {
namespace {

// The value of the first or the second word an option may be; InputError for any other.
template <typename T>
T one_of(const YamlInput& input, const Entry& entry, const std::pair<const char*, T> (&choices)[2]) {
    const std::string name = input.text(entry.value);
    for (const auto& [word, value] : choices)
        if (name == word) return value;
    YamlInput::fail(entry.value, entry.key + " is '" + name + "'",
                    std::string(choices[0].first) + " or " + choices[1].first);
}

// `bootstrap: 2000` (lavaan's number of replicates) or `bootstrap: {replicates, seed, type, ci, threads}`.
// `asked`: the type se: bootstrap or test: bollen.stine asked for; a type that contradicts it is refused.
BootstrapOptions read_bootstrap(const YamlInput& input, const Entry& entry, BootstrapOptions options,
                                std::optional<BootstrapType> asked) {
    if (entry.value.node.IsScalar()) {
        options.replicates = input.integer(entry.value, 1, kLargestBootstrapReplicates);
        return options;
    }
    const Mapping section = input.mapping(entry.value, {"replicates", "seed", "type", "ci", "threads"});
    if (const Entry* e = section.find("replicates"))
        options.replicates = input.integer(e->value, 1, kLargestBootstrapReplicates);
    if (const Entry* e = section.find("seed")) options.seed = static_cast<std::uint64_t>(input.integer(e->value, 0, 2147483647));
    if (const Entry* e = section.find("threads")) options.threads = input.integer(e->value, 0, 4096);
    if (const Entry* e = section.find("type")) {
        const std::string name = input.text(e->value);
        const std::optional<BootstrapType> type = parse_bootstrap_type(name);
        if (!type) YamlInput::fail(e->value, "type is '" + name + "'", "nonparametric, parametric or bollen.stine");
        // se: bootstrap resamples for SEs (nonparametric or parametric), test: bollen.stine for the test.
        const bool bollen_stine = *type == BootstrapType::BollenStine;
        if (asked && bollen_stine != (*asked == BootstrapType::BollenStine))
            YamlInput::fail(e->value, "bootstrap type is '" + name + "'",
                            bollen_stine ? "nonparametric or parametric with se: bootstrap"
                                         : "bollen.stine with test: bollen.stine");
        options.type = *type;
    }
    if (const Entry* e = section.find("ci")) {
        const std::string name = input.text(e->value);
        const std::optional<BootstrapInterval> interval = parse_bootstrap_interval(name);
        if (!interval) YamlInput::fail(e->value, "ci is '" + name + "'", kBootstrapIntervalChoices);
        options.interval = *interval;
    }
    return options;
}

}  // namespace

EstimationOptions read_estimation_section(const YamlInput& input, const Item& estimation, DataKind data_kind) {
    EstimationOptions options;
    // LISREL reads a matrix with n = N - 1; lavaan fits raw data with n = N.
    options.likelihood = data_kind == DataKind::Raw ? Likelihood::Normal : Likelihood::Wishart;
    const Mapping section = input.mapping(
        estimation,
        {"estimator", "se", "test", "likelihood", "identification", "inference_n", "ridge", "max_evaluations",
         "meanstructure", "exogenous", "ci_level", "bootstrap", "information"});
    if (const Entry* e = section.find("estimator")) {
        const std::string name = input.text(e->value);
        const std::optional<EstimatorChoice> choice = parse_estimator_choice(name);
        if (!choice) YamlInput::fail(e->value, "estimator is '" + name + "'", kEstimatorChoices);
        options.choose(*choice);
    }
    // lavaan's se = and test = over what the estimator implies (ML only so far: validate() says so);
    // se: bootstrap and test: bollen.stine ask for a bootstrap (its settings under bootstrap:).
    std::optional<BootstrapType> bootstrap_asked;
    if (const Entry* e = section.find("se")) {
        const std::string name = input.text(e->value);
        if (name == "bootstrap") {
            bootstrap_asked = BootstrapType::Nonparametric;
        } else {
            const std::optional<VcovKind> kind = parse_vcov_kind(name);
            if (!kind)
                YamlInput::fail(e->value, "se is '" + name + "'", "standard, robust.sem, robust.huber.white or bootstrap");
            options.vcov = *kind;
        }
    }
    if (const Entry* e = section.find("test")) {
        const std::string name = input.text(e->value);
        if (name == "bollen.stine") {
            if (bootstrap_asked)
                YamlInput::fail(e->value, "test is 'bollen.stine' with se: bootstrap",
                                "one bootstrap per fit: se: bootstrap or test: bollen.stine");
            bootstrap_asked = BootstrapType::BollenStine;
        } else {
            const std::optional<TestStatistic> test = parse_test_statistic(name);
            if (!test)
                YamlInput::fail(e->value, "test is '" + name + "'",
                                "standard, satorra.bentler, yuan.bentler.mplus, scaled.shifted, mean.var.adjusted "
                                "or bollen.stine");
            options.tests = {TestStatistic::Standard};
            if (*test != TestStatistic::Standard) options.tests.push_back(*test);
        }
    }
    if (bootstrap_asked) {
        options.bootstrap = BootstrapOptions{};
        options.bootstrap->type = *bootstrap_asked;
    }
    if (const Entry* e = section.find("bootstrap")) {
        options.bootstrap = read_bootstrap(input, *e, options.bootstrap.value_or(BootstrapOptions{}), bootstrap_asked);
    }
    if (const Entry* e = section.find("information")) {
        const std::string name = input.text(e->value);
        options.information = parse_information(name);
        if (!options.information) YamlInput::fail(e->value, "information is '" + name + "'", "expected or observed");
    }
    if (const Entry* e = section.find("likelihood"))
        options.likelihood =
            one_of<Likelihood>(input, *e, {{"wishart", Likelihood::Wishart}, {"normal", Likelihood::Normal}});
    if (const Entry* e = section.find("identification"))
        options.identification =
            one_of<Identification>(input, *e, {{"marker", Identification::Marker}, {"std_lv", Identification::StdLv}});
    if (const Entry* e = section.find("exogenous"))
        options.exogenous = one_of<ExogenousMoments>(
            input, *e, {{"free", ExogenousMoments::Free}, {"fixed", ExogenousMoments::Fixed}});
    if (const Entry* e = section.find("inference_n")) {
        options.inference_n = input.number(e->value);
        if (!(*options.inference_n >= 1 && *options.inference_n <= kLargestSampleSize))
            YamlInput::fail(e->value, "inference_n is '" + input.text(e->value) + "'",
                            "a number from 1 to " + std::to_string(kLargestSampleSize) + ", a sample size");
    }
    if (const Entry* e = section.find("ridge")) {
        options.ridge = input.number(e->value);
        if (!(*options.ridge > 0 && *options.ridge <= kLargestRidge))
            YamlInput::fail(e->value, "ridge is '" + input.text(e->value) + "'",
                            "a number above 0 and at most 1 (the diagonal is multiplied by 1 + ridge)");
    }
    if (const Entry* e = section.find("ci_level")) {
        options.ci_level = input.number(e->value);
        if (!(options.ci_level > 0 && options.ci_level < 1))
            YamlInput::fail(e->value, "ci_level is '" + input.text(e->value) + "'",
                            "a number strictly between 0 and 1, the level of the confidence intervals (e.g. 0.90)");
    }
    if (const Entry* e = section.find("meanstructure"))
        options.meanstructure = one_of<bool>(input, *e, {{"true", true}, {"false", false}});
    if (const Entry* e = section.find("max_evaluations")) options.max_evaluations = input.integer(e->value, 1, kLargestEvaluationLimit);
    if (const std::string problem = options.validate(); !problem.empty())
        YamlInput::fail(estimation, "estimation: " + problem, "options in their documented ranges");
    return options;
}

}  // namespace jalur::models

#include "models/study_spec.hpp"

#include <filesystem>

#include "engine/fit.hpp"
#include "models/model_section.hpp"
#include "models/model_spec.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

namespace {

constexpr int kLargestReplications = 10000000;

ParameterTable table_of(ModelRows rows) {
    ParameterTable table;
    table.rows = std::move(rows.rows);
    table.constraints = std::move(rows.constraints);
    return table;
}

// A spec whose fitted estimates are the population: every row fixed at its estimate (defined rows dropped).
ParameterTable fitted_population(const YamlInput& input, const Item& item) {
    const std::filesystem::path folder = std::filesystem::path(input.path()).parent_path();
    const ModelSpec spec = read_model_spec((folder / input.text(item)).string());
    const FitResult fit = fit_model(spec.table, spec.data, spec.estimation);
    ParameterTable table;
    for (ParameterRow row : fit.table.rows) {
        if (row.op == Op::Defined) continue;
        row.value = row.est;
        row.free = false;
        row.user = true;
        row.label.clear();
        table.rows.push_back(std::move(row));
    }
    return table;
}

Population read_population(const YamlInput& input, const Item& item) {
    const Mapping section = input.mapping(item, {"model", "from_fit"});
    const Entry* model = section.find("model");
    const Entry* from_fit = section.find("from_fit");
    if (!model == !from_fit)
        YamlInput::fail(item, "the population has " + std::string(model ? "both model: and from_fit:" : "no model"),
                        "model: (every parameter with its value) or from_fit: (a spec whose estimates are used)");
    if (from_fit) return population_of(fitted_population(input, from_fit->value), from_fit->value.where);
    return population_of(table_of(read_model_section(input, model->value)), model->value.where);
}

StudyEstimator read_estimator(const YamlInput& input, const Item& item) {
    const std::string name = input.text(item);
    const std::optional<EstimatorChoice> choice = parse_estimator_choice(name);
    if (!choice) YamlInput::fail(item, "estimator is '" + name + "'", kEstimatorChoices);
    StudyEstimator estimator;
    estimator.name = name;
    estimator.options.likelihood = Likelihood::Normal;  // raw data, as lavaan
    estimator.options.choose(*choice);
    return estimator;
}

StudyAnalysis read_analysis(const YamlInput& input, const Item& item) {
    const Mapping section = input.mapping(item, {"name", "model", "estimators"});
    const Entry* name = section.find("name");
    const Entry* model = section.find("model");
    if (!name || !model) YamlInput::fail(item, "an analysis without " + std::string(name ? "model" : "name"), "name: and model:");
    StudyAnalysis analysis;
    analysis.name = input.text(name->value);
    analysis.table = table_of(read_model_section(input, model->value));
    if (const Entry* estimators = section.find("estimators"))
        for (const Item& e : input.sequence(estimators->value, "estimator")) analysis.estimators.push_back(read_estimator(input, e));
    else
        analysis.estimators.push_back(read_estimator(input, Item{YAML::Node("ML"), name->value.where, "estimator"}));
    if (analysis.estimators.empty()) YamlInput::fail(item, "an analysis without estimators", "at least one, e.g. [ML]");
    return analysis;
}

// One value for every variable, or a list of one per variable.
std::vector<double> per_variable(const YamlInput& input, const Item& item, std::size_t p) {
    if (item.node.IsScalar()) return std::vector<double>(p, input.number(item));
    std::vector<double> values;
    for (const Item& v : input.sequence(item, "value")) values.push_back(input.number(v));
    if (values.size() != p)
        YamlInput::fail(item, item.what + " has " + std::to_string(values.size()) + " values",
                        "one number, or one per observed variable (" + std::to_string(p) + ")");
    return values;
}

GeneratorSpec read_distribution(const YamlInput& input, const Item& item, const Population& population) {
    const Mapping section = input.mapping(item, {"method", "skewness", "kurtosis", "thresholds", "mcar", "mar"});
    const std::size_t p = population.observed.size();
    GeneratorSpec spec;
    const Entry* skewness = section.find("skewness");
    const Entry* kurtosis = section.find("kurtosis");
    if (skewness || kurtosis) spec.distribution = Distribution::ValeMaurelli;
    if (const Entry* method = section.find("method")) {
        const std::string name = input.text(method->value);
        if (name == "normal")
            spec.distribution = Distribution::Normal;
        else if (name == "vale_maurelli")
            spec.distribution = Distribution::ValeMaurelli;
        else if (name == "independent_generator")
            spec.distribution = Distribution::IndependentGenerator;
        else
            YamlInput::fail(method->value, "method is '" + name + "'", "normal, vale_maurelli or independent_generator");
    }
    if (spec.distribution != Distribution::Normal) {
        const std::vector<double> s = skewness ? per_variable(input, skewness->value, p) : std::vector<double>(p, 0.0);
        const std::vector<double> k = kurtosis ? per_variable(input, kurtosis->value, p) : std::vector<double>(p, 0.0);
        for (std::size_t j = 0; j < p; ++j) spec.shapes.push_back({s[j], k[j]});
    }
    if (const Entry* thresholds = section.find("thresholds")) {
        // One list of cut points for every variable (Likert-type items), on the standardized scale × SD + mean.
        std::vector<double> cuts;
        for (const Item& v : input.sequence(thresholds->value, "threshold")) cuts.push_back(input.number(v));
        if (!std::is_sorted(cuts.begin(), cuts.end()) || cuts.empty())
            YamlInput::fail(thresholds->value, "the thresholds are not ascending", "ascending cut points, e.g. [-1, 0, 1]");
        for (std::size_t j = 0; j < p; ++j) {
            const double sd = std::sqrt(population.sigma(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(j)));
            std::vector<double> scaled;
            for (const double c : cuts) scaled.push_back(population.mu[static_cast<Eigen::Index>(j)] + c * sd);
            spec.thresholds.push_back(std::move(scaled));
        }
    }
    if (const Entry* mcar = section.find("mcar")) {
        spec.mcar = input.number(mcar->value);
        if (!(spec.mcar >= 0 && spec.mcar < 1))
            YamlInput::fail(mcar->value, "mcar is '" + input.text(mcar->value) + "'", "a proportion from 0 to below 1");
    }
    if (const Entry* mar = section.find("mar")) {
        // mar: {proportion: 0.2, variable: KUALITAS}: the others go missing above that variable's mean.
        const Mapping m = input.mapping(mar->value, {"proportion", "variable"});
        const Entry* proportion = m.find("proportion");
        const Entry* variable = m.find("variable");
        if (!proportion || !variable) YamlInput::fail(mar->value, "mar without " + std::string(proportion ? "variable" : "proportion"), "mar: {proportion: 0.2, variable: NAME}");
        spec.mar = input.number(proportion->value);
        if (!(spec.mar > 0 && spec.mar < 1))
            YamlInput::fail(proportion->value, "proportion is '" + input.text(proportion->value) + "'", "a proportion above 0 and below 1");
        const std::string name = input.text(variable->value);
        const auto at = std::find(population.observed.begin(), population.observed.end(), name);
        if (at == population.observed.end())
            YamlInput::fail(variable->value, "variable " + quoted(name) + " is not an observed variable of the population",
                            "one of " + join(population.observed));
        spec.mar_variable = static_cast<int>(at - population.observed.begin());
    }
    spec.names = population.observed;
    // The shapes must be reachable from this population: checked here, where the message can say where.
    try {
        (void)DataGenerator(population.sigma, population.mu, spec);
    } catch (const NumericalError& e) {
        YamlInput::fail(item, std::string("the distribution cannot be generated: ") + e.what(),
                        "skewness and kurtosis that Fleishman's polynomial reaches (a larger kurtosis for the skewness)");
    } catch (const std::invalid_argument& e) {
        YamlInput::fail(item, std::string("the distribution does not fit the population: ") + e.what(),
                        "one value, or one per observed variable");
    }
    return spec;
}

void read_design(const YamlInput& input, const Item& item, Study& study) {
    const Mapping section = input.mapping(item, {"n", "distributions", "replications", "seed", "alpha"});
    const Entry* n = section.find("n");
    const Entry* replications = section.find("replications");
    if (!n || !replications) YamlInput::fail(item, "the design has no " + std::string(n ? "replications" : "n"), "n: and replications:");
    std::vector<int> sizes;
    if (n->value.node.IsScalar())
        sizes.push_back(input.integer(n->value, 2, kLargestSampleSize));
    else
        for (const Item& v : input.sequence(n->value, "sample size")) sizes.push_back(input.integer(v, 2, kLargestSampleSize));
    study.replications = input.integer(replications->value, 1, kLargestReplications);
    if (const Entry* seed = section.find("seed")) study.seed = static_cast<std::uint64_t>(input.integer(seed->value, 0, 2147483647));
    if (const Entry* alpha = section.find("alpha")) {
        study.alpha = input.number(alpha->value);
        if (!(study.alpha > 0 && study.alpha < 1))
            YamlInput::fail(alpha->value, "alpha is '" + input.text(alpha->value) + "'", "a number strictly between 0 and 1");
    }
    std::vector<std::pair<std::string, GeneratorSpec>> distributions;
    if (const Entry* d = section.find("distributions"))
        for (const Entry& e : input.mapping(d->value).entries)
            distributions.emplace_back(e.key, read_distribution(input, e.value, study.population));
    if (distributions.empty()) distributions.emplace_back("normal", GeneratorSpec{});
    for (const int size : sizes)
        for (const auto& [name, generator] : distributions)
            study.conditions.push_back({"n = " + std::to_string(size) + ", " + name, size, name, generator});
}

}  // namespace

Study read_study_spec(const std::string& path) {
    const YamlInput input(path);
    const Item root = input.item(load_yaml_file(path), "the study file");
    const Mapping top = input.mapping(root, {"title", "population", "analyses", "design"});
    for (const char* key : {"population", "analyses", "design"})
        if (!top.find(key))
            YamlInput::fail(root, std::string("the study file has no ") + key + " section",
                            "population:, analyses: and design: (title: is optional)");
    Study study;
    if (const Entry* title = top.find("title")) study.title = input.text(title->value);
    study.population = read_population(input, top.find("population")->value);
    for (const Item& a : input.sequence(top.find("analyses")->value, "analysis")) study.analyses.push_back(read_analysis(input, a));
    if (study.analyses.empty()) YamlInput::fail(top.find("analyses")->value, "no analyses", "at least one model to fit");
    read_design(input, top.find("design")->value, study);
    return study;
}

}  // namespace jalur::models

#include "models/estimation_section.hpp"

namespace jalur::models {

EstimationOptions read_estimation_section(const YamlInput& input, const Item& estimation, DataKind data_kind) {
    EstimationOptions options;
    // LISREL reads a matrix with n = N - 1; lavaan fits raw data with n = N.
    options.likelihood = data_kind == DataKind::Raw ? Likelihood::Normal : Likelihood::Wishart;
    const Mapping section = input.mapping(estimation, {"likelihood", "identification", "inference_n", "ridge", "max_evaluations",
                                                          "meanstructure"});
    if (const Entry* e = section.find("likelihood")) {
        const std::string name = input.text(e->value);
        if (name == "wishart")
            options.likelihood = Likelihood::Wishart;
        else if (name == "normal")
            options.likelihood = Likelihood::Normal;
        else
            YamlInput::fail(e->value, "likelihood is '" + name + "'", "wishart or normal");
    }
    if (const Entry* e = section.find("identification")) {
        const std::string name = input.text(e->value);
        if (name == "marker")
            options.identification = Identification::Marker;
        else if (name == "std_lv")
            options.identification = Identification::StdLv;
        else
            YamlInput::fail(e->value, "identification is '" + name + "'", "marker or std_lv");
    }
    if (const Entry* e = section.find("inference_n")) options.inference_n = input.number(e->value);
    if (const Entry* e = section.find("ridge")) options.ridge = input.number(e->value);
    if (const Entry* e = section.find("meanstructure")) {
        const std::string value = input.text(e->value);
        if (value == "true")
            options.meanstructure = true;
        else if (value == "false")
            options.meanstructure = false;
        else
            YamlInput::fail(e->value, "meanstructure is '" + value + "'", "true or false");
    }
    if (const Entry* e = section.find("max_evaluations")) options.max_evaluations = input.integer(e->value, 1);
    if (const std::string problem = options.validate(); !problem.empty())
        YamlInput::fail(estimation, "estimation: " + problem, "options in their documented ranges");
    return options;
}

}  // namespace jalur::models

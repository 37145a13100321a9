#include "models/yaml_spec.hpp"

#include "models/data_section.hpp"
#include "models/estimation_section.hpp"
#include "models/model_section.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {
ModelSpec read_yaml_spec(const std::string& path) {
    const YamlInput input(path);
    const Item root = input.item(load_yaml_file(path), "the model file");
    const Mapping top = input.mapping(root, {"title", "data", "model", "estimation", "instrument"});
    const Entry* data = top.find("data");
    const Entry* model = top.find("model");
    if (!data || !model)
        YamlInput::fail(root, std::string("the model file has no ") + (data ? "model" : "data") + " section",
                        "data: and model: (title: and estimation: are optional)");

    const Entry* title = top.find("title");
    std::string title_text = title ? input.text(title->value) : std::string();
    ModelRows rows = read_model_section(input, model->value);
    const Entry* instrument = top.find("instrument");
    DataSection sample = read_data_section(input, data->value, rows, instrument ? &instrument->value : nullptr);
    ModelSpec spec = model_spec(path, std::move(rows), std::move(sample));
    spec.title = std::move(title_text);
    const Entry* estimation = top.find("estimation");
    spec.estimation = read_estimation_section(
        input, estimation ? estimation->value : Item{YAML::Node(), root.where, "estimation"}, spec.data_kind);
    return spec;
}

}  // namespace jalur::models

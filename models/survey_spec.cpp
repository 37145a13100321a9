#include "models/survey_spec.hpp"

#include <filesystem>

#include "models/instrument_section.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

SurveySpec read_survey_spec(const std::string& path) {
    const YamlInput input(path);
    const Item root = input.item(load_yaml_file(path), "the spec file");
    const Mapping top = input.mapping(root, {"title", "data", "model", "estimation", "instrument"});
    const Entry* data = top.find("data");
    const Entry* instrument = top.find("instrument");
    if (!data || !instrument)
        YamlInput::fail(root, std::string("the spec has no ") + (data ? "instrument" : "data") + " section",
                        "data: {file: ...} and instrument: {scales: ...}");
    const Mapping data_section = input.mapping(data->value);  // `file` points into it: it must outlive `file`
    const Entry* file = data_section.find("file");
    if (!file) YamlInput::fail(data->value, "the data section names no file", "file: with the questionnaire data");

    SurveySpec spec;
    spec.path = path;
    if (const Entry* title = top.find("title")) spec.title = input.text(title->value);
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    spec.data = read_survey((folder / input.text(file->value)).string(),
                            "a relative path is read from the spec file's folder");
    spec.instrument = read_instrument_section(input, instrument->value, spec.data);
    return spec;
}

}  // namespace jalur::models

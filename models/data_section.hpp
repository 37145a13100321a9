#pragma once
// The `data:` section of a YAML spec → the sample moments the model is fitted to.
#include <string>
#include <vector>

#include "models/model_section.hpp"
#include "models/model_spec.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

struct DataSection {
    SampleMoments moments;  // matrix input: every name; raw data: the model's variables, in file order
    DataKind kind = DataKind::Covariance;
    SourceLocation where;   // the covariance / correlation key, or the data file
    std::vector<std::string> notes;
};

// Reads exactly one of covariance, correlation (+ sd) or file, and n for matrix input. Every variable the model
// uses must be in the data, else InputError at the use. A relative file is read from the spec's folder.
DataSection read_data_section(const YamlInput& input, const Item& data, const std::vector<VariableUse>& uses);

}  // namespace jalur::models

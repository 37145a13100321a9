#pragma once
// The YAML model language: see docs/model-spec.md.
#include <string>

#include "models/model_spec.hpp"

namespace jalur::models {

// Reads a YAML spec and the data it names. Throws InputError with file, line and column.
ModelSpec read_yaml_spec(const std::string& path);

}  // namespace jalur::models

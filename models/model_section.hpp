#pragma once
// The `model:` section of a YAML spec → the user's rows of the parameter table: a mapping of latent,
// regressions, covariances, variances and defined, or a string of lavaan model syntax (`model: |`).
#include "models/model_rows.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// Reads latent variables, regressions, covariances, variances and defined parameters, or lavaan syntax; checks
// that paths and pairs are not repeated and that labels and defined names do not clash with variables.
// Throws InputError.
ModelRows read_model_section(const YamlInput& input, const Item& model);

}  // namespace jalur::models

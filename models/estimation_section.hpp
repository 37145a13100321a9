#pragma once
// The optional `estimation:` section of a YAML spec.
#include "engine/estimation/estimation_options.hpp"
#include "models/model_spec.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// likelihood (default wishart for matrix input, normal for raw data), identification (marker or std_lv),
// inference_n and max_evaluations.
// `estimation` may be null (all defaults). Throws InputError.
EstimationOptions read_estimation_section(const YamlInput& input, const Item& estimation, DataKind data_kind);

}  // namespace jalur::models

#pragma once
// A model and its data from wherever the command line says they are: a spec file (YAML, SIMPLIS), or a lavaan
// model file with a separate CSV data file.
#include <optional>
#include <string>

#include "engine/estimation/estimation_options.hpp"
#include "models/csv_dialect.hpp"
#include "models/model_spec.hpp"

namespace jalur {

// Where a model comes from: a spec file (YAML, SIMPLIS), or a lavaan model file with its data.
struct ModelSource {
    std::string model_path;
    // A .lav model names no data: its CSV file and the options a YAML spec gives under estimation:.
    std::optional<std::string> data_path;
    std::optional<Likelihood> likelihood;
    // --estimator: for any model, over what a spec says (a .lav model's default is ML).
    std::optional<EstimatorChoice> estimator;
    bool std_lv = false;
    bool fixed_x = false;  // --fixed-x: the exogenous covariates' moments fixed at the sample's (lavaan's fixed.x)
    models::CsvDialect dialect;  // --sep and --decimal of the CSV data
};

// The model and its data, read from the source; InputError when either is wrong.
ModelSpec read_model(const ModelSource& source);

}  // namespace jalur

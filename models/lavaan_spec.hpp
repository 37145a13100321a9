#pragma once
// A model in lavaan syntax from a .lav file, fitted to raw data from a CSV file named separately
// (`jalur fit MODEL.lav --data DATA.csv`): the .lav file holds the model only.
#include <optional>
#include <string>

#include "models/csv_dialect.hpp"
#include "models/model_spec.hpp"

namespace jalur {

// What a YAML spec says under `estimation:`, given on the command line for a .lav model.
struct LavaanFileOptions {
    std::optional<Likelihood> likelihood;  // default normal (n = N), as lavaan for raw data
    Identification identification = Identification::Marker;
    models::CsvDialect dialect;  // of the CSV data: --sep and --decimal; unset parts are detected
    ExogenousMoments exogenous = ExogenousMoments::Free;  // --fixed-x: Fixed, as lavaan's sem() default
    Estimator estimator = Estimator::ML;
};

// Reads the model at `model_path` (lavaan syntax) and the raw data at `data_path` (CSV; relative to the current
// folder; listwise deletion over the model's observed variables). Throws InputError with file, line and column.
ModelSpec read_lavaan_file(const std::string& model_path, const std::string& data_path,
                           const LavaanFileOptions& options = {});

}  // namespace jalur

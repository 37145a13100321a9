#pragma once
// A model as a user specified it: title, parameter table, the sample moments it is fitted to and the
// estimation options. Every model language reads into this.
#include <string>
#include <vector>

#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/data/sample_moments.hpp"

namespace jalur {

enum class DataKind { Covariance, Correlation, Raw };

struct ModelSpec {
    std::string path;   // the spec file as given
    std::string title;
    ParameterTable table;   // the user's rows only; the engine adds the defaults
    SampleMoments data;
    DataKind data_kind = DataKind::Covariance;
    SourceLocation data_where;   // where the data section (or data file) is, for messages about the data
    EstimationOptions estimation;
    std::vector<std::string> notes;  // e.g. "3 rows with missing values were dropped (listwise)"
    int rows_dropped = 0;   // raw data: rows dropped for missing values (listwise deletion)
};

// Reads a model spec; the format is chosen by the file's extension (.yaml / .yml).
// Throws InputError with file, line and column on every kind of bad input.
ModelSpec read_model_spec(const std::string& path);

}  // namespace jalur

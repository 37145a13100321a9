#pragma once
// A model as a user specified it: title, parameter table, the data it is fitted to (rows, or a covariance matrix)
// and the estimation options. Every model language reads into this.
#include <string>
#include <vector>

#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"
#include "engine/data/data.hpp"

namespace jalur {

enum class DataKind { Covariance, Correlation, Raw };

struct ModelSpec {
    std::string path;   // the spec file as given
    std::string title;
    ParameterTable table;   // the user's rows only; the engine adds the defaults
    Data data;              // raw data: the model's observed variables, in file order, with their missing values
    DataKind data_kind = DataKind::Covariance;
    SourceLocation data_where;   // where the data section (or data file) is, for messages about the data
    EstimationOptions estimation;
    std::vector<std::string> notes;  // about the spec, e.g. "score x = mean of 4 items (...)"; the fit adds its own
};

// Reads a model spec; the format is chosen by the file's extension (.yaml / .yml).
// Throws InputError with file, line and column on every kind of bad input.
ModelSpec read_model_spec(const std::string& path);

}  // namespace jalur

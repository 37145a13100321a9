#pragma once
// The data of a model → the Data it is fitted to (engine/data/data.hpp): the `data:` section of a YAML spec, or a
// CSV file.
#include <string>
#include <vector>

#include "models/model_rows.hpp"
#include "models/model_spec.hpp"
#include "models/survey_data.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

struct DataSection {
    Data data;              // matrix input: every name; raw data: the model's observed variables, in file order
    DataKind kind = DataKind::Covariance;
    SourceLocation where;   // the covariance / correlation key, or the data file
    std::vector<std::string> notes;
};

// Reads exactly one of covariance, correlation (+ sd) or file, and n for matrix input. A relative file is read
// from the spec's folder; it may be CSV or SPSS (.sav), and `scores:` adds construct scores to it
// (models/score_expression.hpp), using the scales of the spec's `instrument:` section when given. Every variable the
// model uses must be in the data, except its latent variables, whose names must not be (InputError at the use, or at
// the latent variable).
DataSection read_data_section(const YamlInput& input, const Item& data, const ModelRows& model,
                              const Item* instrument = nullptr);

// Raw data: the model's observed variables of `data`, every row, checked as above; at least 2 rows must be complete
// (the fit drops the others: listwise deletion in the engine, engine/data/sample_statistics.hpp).
DataSection raw_data_section(const SurveyData& data, const ModelRows& model);

// Raw data from the CSV (in `dialect`) or SPSS file at `path` (as given). `hint` goes into the message of a file
// that cannot be opened.
DataSection read_raw_data(const std::string& path, const ModelRows& model, const std::string& hint = "",
                          const CsvDialect& dialect = {});

// The spec of the model file at `path`: its rows fitted to the data (title and estimation left to the caller).
ModelSpec model_spec(const std::string& path, ModelRows rows, DataSection data);

}  // namespace jalur::models

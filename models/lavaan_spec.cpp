#include "models/lavaan_spec.hpp"

#include "models/data_section.hpp"
#include "models/file_text.hpp"
#include "models/lavaan_syntax.hpp"

namespace jalur {

ModelSpec read_lavaan_file(const std::string& model_path, const std::string& data_path,
                           const LavaanFileOptions& options) {
    std::string text =
        models::read_file_text(model_path, {model_path}, "the model file", "a readable file of lavaan model syntax");
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // UTF-8 byte order mark

    models::ModelRows rows = models::parse_lavaan_syntax(text, {model_path, 1, 1, 1});
    models::DataSection sample = models::read_raw_data(data_path, rows, "", options.dialect);
    ModelSpec spec = models::model_spec(model_path, std::move(rows), std::move(sample));
    spec.estimation.estimator = options.estimator;
    spec.estimation.likelihood = options.likelihood.value_or(Likelihood::Normal);
    spec.estimation.identification = options.identification;
    spec.estimation.exogenous = options.exogenous;
    return spec;
}

}  // namespace jalur

#include "models/lavaan_spec.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "models/data_section.hpp"
#include "models/lavaan_syntax.hpp"

namespace jalur {

ModelSpec read_lavaan_file(const std::string& model_path, const std::string& data_path,
                           const LavaanFileOptions& options) {
    std::ifstream file(model_path, std::ios::binary);
    if (!file)
        throw InputError({model_path}, std::string("cannot open the model file (") + std::strerror(errno) +
                                           "), expected a readable file of lavaan model syntax.");
    std::ostringstream content;
    content << file.rdbuf();
    std::string text = content.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // UTF-8 byte order mark

    models::ModelRows rows = models::parse_lavaan_syntax(text, {model_path, 1, 1, 1});
    models::DataSection sample = models::read_raw_data(data_path, rows);

    ModelSpec spec;
    spec.path = model_path;
    spec.table.rows = std::move(rows.rows);
    spec.data = std::move(sample.moments);
    spec.data_kind = sample.kind;
    spec.data_where = sample.where;
    spec.notes = std::move(sample.notes);
    spec.estimation.likelihood = options.likelihood.value_or(Likelihood::Normal);
    spec.estimation.identification = options.identification;
    return spec;
}

}  // namespace jalur

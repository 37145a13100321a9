#include "models/model_spec.hpp"

#include "models/lexical.hpp"
#include "models/simplis.hpp"
#include "models/yaml_spec.hpp"

namespace jalur {

ModelSpec read_model_spec(const std::string& path) {
    const std::string extension = models::file_extension(path);
    if (extension == ".yaml" || extension == ".yml") return models::read_yaml_spec(path);
    if (extension == ".spl" || extension == ".spj" || extension == ".ls8") return models::read_simplis_spec(path);
    if (extension == ".lav")
        throw InputError({path}, "a lavaan model file (.lav) names no data, expected jalur fit MODEL.lav --data DATA.csv.");
    throw InputError({path}, "unsupported model file extension '" + extension +
                                 "', expected .yaml or .yml (jalur spec), .spl, .spj or .ls8 (LISREL SIMPLIS), or .lav with --data.");
}

}  // namespace jalur

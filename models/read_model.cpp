#include "models/read_model.hpp"

#include "models/lavaan_spec.hpp"

namespace jalur {

ModelSpec read_model(const ModelSource& source) {
    ModelSpec spec = source.data_path
                         ? read_lavaan_file(source.model_path, *source.data_path,
                                            {source.likelihood,
                                             source.std_lv ? Identification::StdLv : Identification::Marker,
                                             source.dialect,
                                             source.fixed_x ? ExogenousMoments::Fixed : ExogenousMoments::Free})
                         : read_model_spec(source.model_path);
    if (source.estimator) spec.estimation.choose(*source.estimator);
    return spec;
}

}  // namespace jalur

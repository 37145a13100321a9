#pragma once
// The sample statistics of a spec's data as the engine's data stage computes them (every variable of the data,
// listwise deletion for raw data), for tests of what a reader read.
#include "engine/data/sample_statistics.hpp"
#include "models/model_spec.hpp"

namespace jalur::testing {

inline SampleMoments sample_of(const ModelSpec& spec) { return sample_statistics(spec.data, {}).moments; }

}  // namespace jalur::testing

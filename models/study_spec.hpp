#pragma once
// A Monte Carlo study spec (`jalur simulate STUDY.yaml`, docs/simulation.md):
//
//   title: ...
//   population:
//     model: |                    # every parameter with its value (lavaan syntax or the YAML model form)
//       KEPUASAN ~ 0.383*KUALITAS
//       ...
//     # or from_fit: ../bor/model.yaml   (a spec whose fitted estimates are the population)
//   analyses:
//     - name: true
//       model: | ...
//       estimators: [ML, MLM, MLR]   # default [ML]
//   design:
//     n: [100, 250]
//     distributions:                # crossed with n; default {normal: {}}
//       normal: {}
//       skewed: {method: vale_maurelli, skewness: 2, kurtosis: 7}
//     missing: {mcar: 0.1}          # optional, every condition
//     replications: 500
//     seed: 1
//     alpha: 0.05
#include <string>

#include "engine/simulation/study.hpp"

namespace jalur::models {

// Throws InputError with file, line and column for every kind of bad input (a population parameter without a
// value, an unknown estimator or distribution, a number out of range); NumericalError when the population's
// moments cannot be computed.
Study read_study_spec(const std::string& path);

}  // namespace jalur::models

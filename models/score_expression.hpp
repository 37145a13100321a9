#pragma once
// Construct scores a model can use as observed variables, from `data: scores:` in a YAML spec:
//
//   scores:
//     KUALITAS: mean(rel1..rel5)     # mean of the items (rel1..rel5: columns rel1 to rel5 in file order)
//     KEPUASAN: sum(sat1, sat2, sat3)
//     LAYANAN: service               # a scale of the instrument: section, its reverse keys and score applied
//     EMPATI: sum(empathy)           # a scale, summed whatever its own score says
#include <optional>
#include <string>

#include "models/instrument.hpp"
#include "models/yaml_input.hpp"

namespace jalur::models {

// The scale a score expression stands for, named `name`. InputError at the expression for an unknown function,
// scale or item, or a malformed expression.
Scale read_score_expression(const YamlInput& input, const Entry& entry, const SurveyData& data,
                            const Instrument* instrument);

}  // namespace jalur::models

#pragma once
// Matrix input of a YAML spec: a covariance matrix, or a correlation matrix with standard deviations, each
// as `names` plus a LISREL-style `lower` triangle (row i has i values) or a `full` symmetric matrix.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "models/yaml_input.hpp"

namespace jalur::models {

struct NamedMatrix {
    std::vector<std::string> names;
    Eigen::MatrixXd values;  // symmetric
};

// `covariance: {names, lower | full}`; variances must be positive. Throws InputError at the offending value.
NamedMatrix read_covariance_input(const YamlInput& input, const Item& covariance);

// `correlation: {names, lower | full}` with `sd: [...]` → the covariance matrix D R D. The diagonal must be 1,
// every |r| <= 1, and sd positive with one value per name. Throws InputError at the offending value.
NamedMatrix read_correlation_input(const YamlInput& input, const Item& correlation, const Item& sd);

}  // namespace jalur::models

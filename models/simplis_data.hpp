#pragma once
// The data of a SIMPLIS file: the numbers after Covariance Matrix, Correlation Matrix, Standard Deviations, Means,
// Raw Data and Sample Size (inline or from a file), checked and turned into matrices. Every error names the value
// or the command at fault.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "models/simplis_lines.hpp"

namespace jalur::models::simplis {

// The values one command gave, as written.
struct NumberList {
    std::string what;      // "the covariance matrix", "Standard Deviations", ...
    SourceLocation where;  // the command that gave them
    std::vector<Word> words;
};

// Every word as a number, else InputError at the word ("value 4 of the covariance matrix is 'x', expected a
// number.").
std::vector<double> numbers_of(const NumberList& list);

// The covariance matrix of the observed variables: p(p+1)/2 values (the lower triangle, row by row) or p²
// (the full matrix, symmetric within 1e-8 relative); positive variances.
Eigen::MatrixXd covariance_matrix(const NumberList& list, const std::vector<std::string>& names);

// A correlation matrix (lower or full as above; 1 on the diagonal, every |r| <= 1) with one positive standard
// deviation per variable → the covariance matrix D R D.
Eigen::MatrixXd covariance_from_correlations(const NumberList& correlations, const NumberList& deviations,
                                             const std::vector<std::string>& names);

// Raw data: the values are read as LISREL reads free-format data, one observation after the other, p values
// each; at least 2 observations.
Eigen::MatrixXd raw_data(const NumberList& list, std::size_t p);

// Checks that Means gives one value per variable (jalur fits covariance structures, so they are not used).
void check_means(const NumberList& list, std::size_t p);

// Sample Size: one integer from 2 to kLargestSampleSize.
int sample_size(const NumberList& list);

// The content of a file a command names; InputError at `where` when it cannot be read.
std::string read_named_file(const std::string& path, const SourceLocation& where, const std::string& what);

}  // namespace jalur::models::simplis

#pragma once
// LISREL's matrix layout: a title, column names underlined with dashes, one row per variable; an entry
// may carry its standard error in parentheses and its t-value beneath; "- -" marks an entry the model
// does not have. Numbers, standard errors and t-values are right-aligned on the same column, the closing
// parenthesis one column further. At most six columns per block, as LISREL prints on 80 columns.
//
//          Total Effects of X on Y
//
//            KUALITAS
//            --------
//  KEPUASAN      0.38
//              (0.054)
//                7.11
#include <optional>
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"

namespace jalur::report {

struct MatrixEntry {
    double est = kNaN;
    double se = kNaN;  // NaN: no standard error or t-value
    double z = kNaN;
};

struct LisrelMatrix {
    std::string title;
    std::string note;  // printed under the title, e.g. "Note: This matrix is diagonal."
    std::vector<std::string> row_names;
    std::vector<std::string> column_names;
    std::vector<std::vector<std::optional<MatrixEntry>>> entries;  // [row][column]; nullopt prints "- -"
    bool lower_triangle = false;  // print only entries on and below the diagonal
};

// The matrix with its title, followed by an empty line.
std::string render_matrix(const LisrelMatrix& matrix);

// A row of values under column names and no row names (LISREL's layout of a diagonal matrix or of
// variances): title, optional note, names, dashes, values, standard errors, t-values.
std::string render_vector(const std::string& title, const std::string& note, const std::vector<std::string>& names,
                          const std::vector<std::optional<MatrixEntry>>& entries);

}  // namespace jalur::report

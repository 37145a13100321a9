#pragma once
// `--format csv`: the parameter table, one row per parameter row, for spreadsheets, R and pandas.
// Header lhs,op,rhs,label,free,est,se,z,pvalue,std_all; numbers with 10 significant digits; an empty
// cell for a value that does not exist (NaN); fields quoted as RFC 4180 asks; lines end in "\n".
#include <string>
#include <string_view>

#include "engine/fit_result.hpp"

namespace jalur::cli {

// The field as it goes into a CSV line: quoted, with quotes doubled, when it holds a comma, a double
// quote, a line break, or leading or trailing spaces; as it is otherwise.
std::string csv_field(std::string_view field);

std::string render_csv_report(const FitResult& result);

}  // namespace jalur::cli

#pragma once
// `--format csv`: the parameter table, one row per parameter row, for spreadsheets, R and pandas; with
// --mi the table of modification indices instead. Header lhs,op,rhs,label,free,est,se,z,pvalue,std_all,
// std_lv,std_all_se (resp. lhs,op,rhs,mi,epc,sepc_lv,sepc_all); numbers with 10 significant digits; an
// empty cell for a value that does not exist (NaN); fields quoted as RFC 4180 asks; lines end in "\n".
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "engine/inference/modification_indices.hpp"

namespace jalur::report {

std::string render_csv_report(const FitResult& result);

// Every modification index in the engine's order (not sorted, not thresholded).
std::string render_csv_modification_indices(const std::vector<ModificationIndex>& indices);

}  // namespace jalur::report

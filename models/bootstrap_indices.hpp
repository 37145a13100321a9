#pragma once
// A file of bootstrap resamples to replay (jalur fit --bootstrap-indices): a line per replicate, its case numbers
// 1-based among the complete cases, separated by commas, spaces or tabs — as lavaan's
// bootstrapLavaan(..., keep.idx = TRUE) gives them in attr(, "boot.idx") and write.table writes them.
#include <string>
#include <vector>

namespace jalur::models {

// The replicates' 0-based case indices. Throws InputError at the line and column of anything that is not a
// positive whole number, and for a file without replicates. The engine checks them against the complete cases.
std::vector<std::vector<int>> read_bootstrap_indices(const std::string& path);

}  // namespace jalur::models

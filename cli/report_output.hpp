#pragma once
// Where a finished report goes: standard output, or a file replaced all at once (cli/atomic_file.hpp).
#include <optional>
#include <ostream>
#include <string>

namespace jalur::cli {

// Writes the whole report; OutputError when it cannot be written.
void write_report(const std::string& report, const std::optional<std::string>& output_path, std::ostream& out);

}  // namespace jalur::cli

#include "cli/report_output.hpp"

#include "cli/atomic_file.hpp"

namespace jalur::cli {

void write_report(const std::string& report, const std::optional<std::string>& output_path, std::ostream& out) {
    if (output_path && *output_path != "-") {
        write_file_atomically(*output_path, report);
        return;
    }
    out.write(report.data(), static_cast<std::streamsize>(report.size()));
    out.flush();
    if (!out) throw OutputError("cannot write to standard output");
}

}  // namespace jalur::cli

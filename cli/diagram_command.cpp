#include "cli/diagram_command.hpp"

#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/progress_bar.hpp"
#include "cli/report_output.hpp"
#include "engine/fit.hpp"

namespace jalur::cli {

int run_diagram(const DiagramCommandOptions& options, std::ostream& out, std::ostream& err) {
    try {
        ProgressBar progress(err, progress_wanted(options.quiet));  // a big model takes a while to fit
        const ModelSpec spec = read_model(options.source);
        const FitResult result = fit_model(spec.table, spec.data, spec.estimation, &progress);
        const std::string picture = render_graph(path_diagram_dot(result, options.values), options.format);
        progress.finish();
        write_report(picture, options.output, out);
        // A picture has no room for warnings (Heywood cases, a non-positive-definite Ψ): they go to standard error.
        for (const auto& warning : result.warnings) print_warning(err, warning);
        return kExitSuccess;
    } catch (...) {
        return report_failure(std::current_exception(), err);
    }
}

}  // namespace jalur::cli

#include "cli/fit_command.hpp"

#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/progress_bar.hpp"
#include "cli/report_output.hpp"
#include "engine/fit.hpp"
#include "engine/modification_indices.hpp"
#include "engine/residuals.hpp"
#include "models/lavaan_spec.hpp"

namespace jalur::cli {

ModelSpec read_model(const ModelSource& source) {
    if (!source.data_path) return read_model_spec(source.model_path);
    return read_lavaan_file(source.model_path, *source.data_path,
                            {source.likelihood, source.std_lv ? Identification::StdLv : Identification::Marker});
}

int run_fit(const FitCommandOptions& options, std::ostream& out, std::ostream& err) {
    try {
        // Declared first: when anything throws, its line is erased before the error is printed.
        ProgressBar progress(err, progress_wanted(options.quiet));
        ModelSpec spec = read_model(options.source);
        FitResult result = fit_model(spec.table, spec.data, spec.estimation, &progress);
        // fit_model throws NumericalError when the search does not converge: no report of such a result.

        ReportContext context{spec.title, options.source.model_path, spec.notes};
        context.data_kind = spec.data_kind;
        context.rows_dropped = spec.rows_dropped;
        // Both cost time on big models (residuals grow with p⁶): computed only when asked for.
        if (options.modification_indices) context.modification_indices = modification_indices(result, &progress);
        context.mi_min = options.mi_min;
        context.language = options.language;
        context.csv_table = options.csv_table;
        if (options.residuals) context.residuals = compute_residuals(result, &progress);
        if (options.validity) context.validity = survey::construct_validity(result);
        const std::string report = render_report(options.format, result, context);
        progress.finish();
        const bool to_stdout = !options.output || *options.output == "-";
        write_report(report, options.output, out);

        // Warnings must be seen: repeat them on standard error when the report on the terminal lacks them.
        if (!to_stdout || options.format == ReportFormat::Csv)
            for (const auto& warning : result.warnings) print_warning(err, warning);
        return kExitSuccess;
    } catch (...) {
        return report_failure(std::current_exception(), err);
    }
}

}  // namespace jalur::cli

#include "report/markdown/markdown_bootstrap.hpp"

#include "report/common/confidence_interval_text.hpp"
#include "report/common/markdown_table.hpp"
#include "report/fit/bootstrap_summary.hpp"

namespace jalur::report {

std::string markdown_bootstrap_section(const FitResult& result, Language language) {
    if (!result.bootstrap) return {};
    const BootstrapResult& run = *result.bootstrap;
    std::string out = "## " + std::string(label(language, "Bootstrap")) + "\n\n" +
                      markdown_text(bootstrap_run_line(run, language)) + ".\n\n";
    if (run.options.type == BootstrapType::BollenStine)
        return out + markdown_text(bollen_stine_line(run, language)) + ".\n\n";
    MarkdownTable table{{std::string(label(language, "Quantity")), "*B*", "*SE*", std::string(label(language, "Bias")),
                         ci_heading(language, run.level)},
                        {false, true, true, true, true},
                        {}};
    for (const BootstrapTableRow& row : bootstrap_table_rows(run, result.table, language))
        table.rows.push_back({markdown_text(row.label), row.estimate, row.se, row.bias, row.interval});
    return out + render_markdown_table(table) + "*" + std::string(label(language, "Note")) + ".* " +
           markdown_text(label(language, "Standard errors, z, p and intervals in the tables above are the bootstrap's.")) +
           "\n\n";
}

}  // namespace jalur::report

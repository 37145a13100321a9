#include "report/text/text_bootstrap.hpp"

#include "report/common/confidence_interval_text.hpp"
#include "report/common/text_layout.hpp"
#include "report/fit/bootstrap_summary.hpp"
#include "report/text/text_section.hpp"

namespace jalur::report {

std::string bootstrap_section(const FitResult& result, Language language) {
    if (!result.bootstrap) return {};
    const BootstrapResult& run = *result.bootstrap;
    if (run.options.type == BootstrapType::BollenStine)
        return section_title(label(language, "Bootstrap")) + " " + bootstrap_run_line(run, language) + "\n " +
               bollen_stine_line(run, language) + "\n\n";
    std::string out = section_title(label(language, "Bootstrap Estimates"));
    out += " " + bootstrap_run_line(run, language) + "\n\n";
    std::vector<std::vector<std::string>> rows{{std::string(label(language, "Quantity")),
                                                std::string(label(language, "Estimate")),
                                                std::string(label(language, "Boot. SE")),
                                                std::string(label(language, "Bias")), ci_heading(language, run.level)}};
    for (const BootstrapTableRow& row : bootstrap_table_rows(run, result.table, language))
        rows.push_back({row.label, row.estimate, row.se, row.bias, row.interval});
    out += render_columns(rows, {false, true, true, true, true}, 1) + "\n";
    return out + " " + std::string(label(language, "Standard errors, z, p and intervals in the tables above are the bootstrap's.")) +
           "\n\n";
}

}  // namespace jalur::report

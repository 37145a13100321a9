#include "report/html/html_report.hpp"

#include "report/common/html_page.hpp"
#include "report/common/html_text.hpp"
#include "report/html/html_bootstrap.hpp"
#include "report/html/html_model_checks.hpp"
#include "report/html/html_sections.hpp"

namespace jalur::report {

std::string render_html_report(const FitResult& result, const ReportContext& context) {
    const Language lang = context.language;
    const std::string title = context.title.empty() ? std::string(label(lang, "Model report")) : context.title;
    std::string out = html_page_head(lang, title, context.model_path);
    out += html_summary_section(result, context);
    out += html_warnings_section(result, context);
    out += html_fit_section(result, context);
    out += html_diagrams_section(result, context);
    out += html_parameters_section(result, context);
    out += html_effects_section(result, context);
    // On request (--validity, --mi, --wald, --residuals): empty unless asked for.
    out += html_validity_section(context);
    out += html_modification_indices_section(context);
    out += html_wald_tests_section(context);
    out += html_residuals_section(result, context);
    out += html_bootstrap_section(result, context);
    out += kHtmlPageEnd;
    return out;
}

}  // namespace jalur::report

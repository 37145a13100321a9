#include "report/simulation/simulation_report.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "report/common/csv_field.hpp"
#include "report/common/html_page.hpp"
#include "report/common/html_text.hpp"
#include "report/common/markdown_table.hpp"
#include "report/simulation/simulation_plots.hpp"
#include "report/common/json_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"

namespace jalur::report {

namespace {

const char* kNone = "-";

std::string fixed(double x, int decimals) { return std::isfinite(x) ? fixed_number(x, decimals) : kNone; }

// "0.951 (0.007)": a measure with its Monte Carlo SE.
std::string with_mcse(double x, double mcse, int decimals) {
    if (!std::isfinite(x)) return kNone;
    return fixed_number(x, decimals) + (std::isfinite(mcse) ? " (" + fixed_number(mcse, decimals) + ")" : "");
}

const StudyCondition& condition_of(const SimulationReport& r, const CellPerformance& cell) {
    return r.study->conditions[static_cast<std::size_t>(cell.condition)];
}
const StudyAnalysis& analysis_of(const SimulationReport& r, const CellPerformance& cell) {
    return r.study->analyses[static_cast<std::size_t>(cell.analysis)];
}
const std::string& estimator_of(const SimulationReport& r, const CellPerformance& cell) {
    return analysis_of(r, cell).estimators[static_cast<std::size_t>(cell.estimator)].name;
}

// The model's lines: convergence, the χ² test, the fit indices; `separator` between them ("\n   " in the text report).
std::string model_line(const ModelPerformance& m, Language language, const std::string& separator = "\n   ") {
    std::string out = format_label(language, "{} of {} replications converged", m.converged, m.attempted);
    if (m.not_converged + m.failed > 0)
        out += " " + format_label(language, "({} not converged, {} failed)", m.not_converged, m.failed);
    if (m.heywood > 0) out += "; " + format_label(language, "{} with a negative variance", m.heywood);
    if (m.tested < m.converged && m.df > 0)
        out += "; " + format_label(language, "{} with an undefined scaled test", m.converged - m.tested);
    out += separator + format_label(language, "Chi-square: mean {} (df {}), rejected at alpha in {}", fixed(m.chisq_mean, 2),
                                  fixed(m.df, 0), with_mcse(m.chisq_rejection, m.chisq_rejection_mcse, 3));
    out += separator + fmt::format("CFI {}, TLI {}, RMSEA {}, SRMR {}; CFI < .95: {}, RMSEA > .06: {}, SRMR > .08: {}",
                                   fixed(m.cfi_mean, 3), fixed(m.tli_mean, 3), fixed(m.rmsea_mean, 3),
                                   fixed(m.srmr_mean, 3), fixed(m.cfi_below, 3), fixed(m.rmsea_above, 3),
                                   fixed(m.srmr_above, 3));
    out += separator + fmt::format("RMSEA 5%/50%/95%: {}/{}/{}, CFI 5%/50%/95%: {}/{}/{}", fixed(m.rmsea.p05, 3),
                                   fixed(m.rmsea.p50, 3), fixed(m.rmsea.p95, 3), fixed(m.cfi.p05, 3),
                                   fixed(m.cfi.p50, 3), fixed(m.cfi.p95, 3));
    return out + "\n";
}

// The header line of a cell: "n = 100, normal: analysis true, estimator ML".
std::string cell_title(const SimulationReport& r, const CellPerformance& cell) {
    return format_label(r.language, "{}: analysis {}, estimator {}", condition_of(r, cell).label,
                        analysis_of(r, cell).name, estimator_of(r, cell));
}

std::vector<std::string> parameter_header(Language lang) {
    std::vector<std::string> header;
    for (const char* name : {"Parameter", "True", "Mean", "Bias", "Emp. SE", "Mean SE", "SE ratio", "Coverage", "Rejection"})
        header.emplace_back(label(lang, name));
    return header;
}

std::vector<std::string> parameter_cells(const StudyParameter& parameter, const ParameterPerformance& p) {
    return {parameter.name,
            fixed(p.truth, 4),
            fixed(p.mean, 4),
            with_mcse(p.bias, p.bias_mcse, 4),
            fixed(p.empirical_se, 4),
            fixed(p.mean_se, 4),
            with_mcse(p.se_ratio, p.se_ratio_mcse, 3),
            with_mcse(p.coverage, p.coverage_mcse, 3),
            with_mcse(p.rejection, p.rejection_mcse, 3)};
}

std::string coverage_note(Language lang) {
    return std::string(label(lang, "Coverage: the share of Wald intervals that contain the true value; rejection: the "
                                   "share of p < alpha (power, or the type-I error where the true value is 0)."));
}

std::string render_text(const SimulationReport& r) {
    const Language lang = r.language;
    const Study& study = *r.study;
    std::string out = " jalur " JALUR_VERSION ": " + (study.title.empty() ? r.study_path : study.title) + "\n\n";
    out += " " + format_label(lang, "Study file {}", r.study_path) + "\n";
    out += " " + format_label(lang, "{} conditions x {} replications, seed {}, alpha {}", study.conditions.size(),
                              study.replications, study.seed, fixed_number(study.alpha, 3));
    if (!r.shards.empty()) out += " (" + r.shards + ")";
    out += "\n " + std::string(label(lang, "Summaries over the converged replications; Monte Carlo SEs in parentheses.")) +
           "\n\n";
    for (const CellPerformance& cell : r.cells) {
        out += "         " + cell_title(r, cell) + "\n\n   " + model_line(cell.model, lang) + "\n";
        std::vector<std::vector<std::string>> rows{parameter_header(lang)};
        const auto& parameters = r.parameters[static_cast<std::size_t>(cell.analysis)];
        for (std::size_t k = 0; k < parameters.size(); ++k) rows.push_back(parameter_cells(parameters[k], cell.parameters[k]));
        out += render_columns(rows, {false, true, true, true, true, true, true, true, true}, 3) + "\n";
    }
    return out + " " + coverage_note(lang) + "\n";
}

std::string condition_cells(const SimulationReport& r, const CellPerformance& cell) {
    const StudyCondition& condition = condition_of(r, cell);
    return csv_field(condition.label) + ',' + std::to_string(condition.n) + ',' + csv_field(condition.distribution) +
           ',' + csv_field(analysis_of(r, cell).name) + ',' + csv_field(estimator_of(r, cell));
}

std::string render_parameters_csv(const SimulationReport& r) {
    std::string out =
        "condition,n,distribution,analysis,estimator,parameter,truth,replications,mean,bias,bias_mcse,relative_bias,"
        "relative_bias_mcse,empirical_se,empirical_se_mcse,mean_se,se_ratio,se_ratio_mcse,rmse,rmse_mcse,coverage,"
        "coverage_mcse,rejection,rejection_mcse\n";
    for (const CellPerformance& cell : r.cells) {
        const auto& parameters = r.parameters[static_cast<std::size_t>(cell.analysis)];
        for (std::size_t k = 0; k < parameters.size(); ++k) {
            const ParameterPerformance& p = cell.parameters[k];
            out += condition_cells(r, cell) + ',' + csv_field(parameters[k].name) + ',' + significant_number(p.truth) +
                   ',' + std::to_string(p.replications);
            for (double v : {p.mean, p.bias, p.bias_mcse, p.relative_bias, p.relative_bias_mcse, p.empirical_se,
                             p.empirical_se_mcse, p.mean_se, p.se_ratio, p.se_ratio_mcse, p.rmse, p.rmse_mcse,
                             p.coverage, p.coverage_mcse, p.rejection, p.rejection_mcse})
                out += ',' + significant_number(v);
            out += '\n';
        }
    }
    return out;
}

std::string render_models_csv(const SimulationReport& r) {
    std::string out =
        "condition,n,distribution,analysis,estimator,attempted,converged,not_converged,failed,heywood,tested,chisq_mean,df,"
        "chisq_rejection,chisq_rejection_mcse,cfi_mean,tli_mean,rmsea_mean,srmr_mean,cfi_below_95,rmsea_above_06,"
        "srmr_above_08,cfi_p05,cfi_p50,cfi_p95,tli_p05,tli_p50,tli_p95,rmsea_p05,rmsea_p50,rmsea_p95,srmr_p05,srmr_p50,"
        "srmr_p95\n";
    for (const CellPerformance& cell : r.cells) {
        const ModelPerformance& m = cell.model;
        out += condition_cells(r, cell);
        for (int v : {m.attempted, m.converged, m.not_converged, m.failed, m.heywood, m.tested}) out += ',' + std::to_string(v);
        for (double v : {m.chisq_mean, m.df, m.chisq_rejection, m.chisq_rejection_mcse, m.cfi_mean, m.tli_mean,
                         m.rmsea_mean, m.srmr_mean, m.cfi_below, m.rmsea_above, m.srmr_above})
            out += ',' + significant_number(v);
        for (const IndexQuantiles& q : {m.cfi, m.tli, m.rmsea, m.srmr})
            for (double v : {q.p05, q.p50, q.p95}) out += ',' + significant_number(v);
        out += '\n';
    }
    return out;
}

Json quantiles_json(const IndexQuantiles& q) {
    return Json{{"p05", json_number(q.p05)}, {"p50", json_number(q.p50)}, {"p95", json_number(q.p95)}};
}

Json render_json(const SimulationReport& r) {
    const Study& study = *r.study;
    Json conditions = Json::array();
    for (const StudyCondition& c : study.conditions)
        conditions.push_back(Json{{"label", c.label}, {"n", c.n}, {"distribution", c.distribution}});
    Json cells = Json::array();
    for (const CellPerformance& cell : r.cells) {
        const ModelPerformance& m = cell.model;
        Json parameters = Json::array();
        const auto& names = r.parameters[static_cast<std::size_t>(cell.analysis)];
        for (std::size_t k = 0; k < names.size(); ++k) {
            const ParameterPerformance& p = cell.parameters[k];
            parameters.push_back(Json{{"name", names[k].name},
                                      {"truth", json_number(p.truth)},
                                      {"replications", p.replications},
                                      {"mean", json_number(p.mean)},
                                      {"bias", json_number(p.bias)},
                                      {"bias_mcse", json_number(p.bias_mcse)},
                                      {"relative_bias", json_number(p.relative_bias)},
                                      {"relative_bias_mcse", json_number(p.relative_bias_mcse)},
                                      {"empirical_se", json_number(p.empirical_se)},
                                      {"empirical_se_mcse", json_number(p.empirical_se_mcse)},
                                      {"mean_se", json_number(p.mean_se)},
                                      {"se_ratio", json_number(p.se_ratio)},
                                      {"se_ratio_mcse", json_number(p.se_ratio_mcse)},
                                      {"rmse", json_number(p.rmse)},
                                      {"rmse_mcse", json_number(p.rmse_mcse)},
                                      {"coverage", json_number(p.coverage)},
                                      {"coverage_mcse", json_number(p.coverage_mcse)},
                                      {"rejection", json_number(p.rejection)},
                                      {"rejection_mcse", json_number(p.rejection_mcse)}});
        }
        cells.push_back(Json{{"condition", cell.condition},
                             {"analysis", analysis_of(r, cell).name},
                             {"estimator", estimator_of(r, cell)},
                             {"model",
                              Json{{"attempted", m.attempted},
                                   {"converged", m.converged},
                                   {"not_converged", m.not_converged},
                                   {"failed", m.failed},
                                   {"heywood", m.heywood},
                                   {"tested", m.tested},
                                   {"chisq_mean", json_number(m.chisq_mean)},
                                   {"df", json_number(m.df)},
                                   {"chisq_rejection", json_number(m.chisq_rejection)},
                                   {"chisq_rejection_mcse", json_number(m.chisq_rejection_mcse)},
                                   {"cfi_mean", json_number(m.cfi_mean)},
                                   {"tli_mean", json_number(m.tli_mean)},
                                   {"rmsea_mean", json_number(m.rmsea_mean)},
                                   {"srmr_mean", json_number(m.srmr_mean)},
                                   {"cfi_below_95", json_number(m.cfi_below)},
                                   {"rmsea_above_06", json_number(m.rmsea_above)},
                                   {"srmr_above_08", json_number(m.srmr_above)},
                                   {"quantiles", Json{{"cfi", quantiles_json(m.cfi)},
                                                      {"tli", quantiles_json(m.tli)},
                                                      {"rmsea", quantiles_json(m.rmsea)},
                                                      {"srmr", quantiles_json(m.srmr)}}}}},
                             {"parameters", std::move(parameters)}});
    }
    return Json{{"jalur_version", JALUR_VERSION},
                {"title", study.title},
                {"study_file", r.study_path},
                {"seed", study.seed},
                {"replications", study.replications},
                {"alpha", json_number(study.alpha)},
                {"conditions", std::move(conditions)},
                {"cells", std::move(cells)}};
}

std::string render_markdown(const SimulationReport& r) {
    const Language lang = r.language;
    const Study& study = *r.study;
    std::string out = "# " + markdown_text(study.title.empty() ? r.study_path : study.title) + "\n\n";
    out += markdown_text(format_label(lang, "{} conditions x {} replications, seed {}, alpha {}", study.conditions.size(),
                                      study.replications, study.seed, fixed_number(study.alpha, 3))) +
           ". " + markdown_text(label(lang, "Summaries over the converged replications; Monte Carlo SEs in parentheses.")) +
           "\n\n";
    for (const CellPerformance& cell : r.cells) {
        out += "## " + markdown_text(cell_title(r, cell)) + "\n\n";
        out += markdown_text(model_line(cell.model, lang, "; ")) + "\n";
        MarkdownTable table{parameter_header(lang), {false, true, true, true, true, true, true, true, true}, {}};
        const auto& parameters = r.parameters[static_cast<std::size_t>(cell.analysis)];
        for (std::size_t k = 0; k < parameters.size(); ++k) {
            std::vector<std::string> cells = parameter_cells(parameters[k], cell.parameters[k]);
            cells[0] = markdown_text(cells[0]);
            table.rows.push_back(std::move(cells));
        }
        out += render_markdown_table(table);
    }
    return out + "*" + std::string(label(lang, "Note")) + ".* " + markdown_text(coverage_note(lang)) + "\n";
}

// For each analysis and each parameter with a true value: its relative bias (bias where the truth is 0) and
// coverage against N, a line per estimator and distribution.
std::string plots(const SimulationReport& r) {
    const Study& study = *r.study;
    std::string out;
    for (std::size_t a = 0; a < study.analyses.size(); ++a) {
        const StudyAnalysis& analysis = study.analyses[a];
        const auto& parameters = r.parameters[a];
        for (std::size_t k = 0; k < parameters.size(); ++k) {
            if (!std::isfinite(parameters[k].truth)) continue;
            const bool relative = parameters[k].truth != 0;
            MeasurePlot bias{(relative ? "relative bias: " : "bias: ") + parameters[k].name,
                             relative ? "relative bias" : "bias", 0.0, {}};
            MeasurePlot coverage{"coverage: " + parameters[k].name, "coverage", 1 - study.alpha, {}};
            for (std::size_t e = 0; e < analysis.estimators.size(); ++e) {
                std::vector<std::string> distributions;
                for (const StudyCondition& c : study.conditions)
                    if (std::find(distributions.begin(), distributions.end(), c.distribution) == distributions.end())
                        distributions.push_back(c.distribution);
                for (const std::string& distribution : distributions) {
                    PlotLine b{analysis.estimators[e].name + ", " + distribution, {}, {}}, c = b;
                    for (const CellPerformance& cell : r.cells) {
                        const StudyCondition& condition = condition_of(r, cell);
                        if (cell.analysis != static_cast<int>(a) || cell.estimator != static_cast<int>(e) ||
                            condition.distribution != distribution)
                            continue;
                        const ParameterPerformance& p = cell.parameters[k];
                        b.x.push_back(condition.n);
                        b.y.push_back(relative ? p.relative_bias : p.bias);
                        c.x.push_back(condition.n);
                        c.y.push_back(p.coverage);
                    }
                    bias.lines.push_back(std::move(b));
                    coverage.lines.push_back(std::move(c));
                }
            }
            out += html_element("figure", measure_plot_svg(bias) + measure_plot_svg(coverage) +
                                              html_element("figcaption", html_escape(analysis.name + ": " + parameters[k].name)));
        }
    }
    return out;
}

std::string render_html(const SimulationReport& r) {
    const Language lang = r.language;
    const Study& study = *r.study;
    std::string out = html_page_head(lang, study.title.empty() ? r.study_path : study.title, r.study_path);
    out += html_element("p", html_escape(format_label(lang, "{} conditions x {} replications, seed {}, alpha {}",
                                                      study.conditions.size(), study.replications, study.seed,
                                                      fixed_number(study.alpha, 3)) +
                                         ". " +
                                         std::string(label(lang, "Summaries over the converged replications; Monte "
                                                                 "Carlo SEs in parentheses."))));
    out += plots(r);
    for (const CellPerformance& cell : r.cells) {
        out += html_element("h2", html_escape(cell_title(r, cell))) + "\n";
        out += html_element("p", html_escape(model_line(cell.model, lang, "; ")));
        std::vector<std::vector<std::string>> rows;
        const auto& parameters = r.parameters[static_cast<std::size_t>(cell.analysis)];
        for (std::size_t k = 0; k < parameters.size(); ++k) {
            std::vector<std::string> cells;
            const std::vector<std::string> text = parameter_cells(parameters[k], cell.parameters[k]);
            cells.push_back(html_text_cell(text[0]));
            for (std::size_t i = 1; i < text.size(); ++i) cells.push_back(html_number_cell(text[i]));
            rows.push_back(std::move(cells));
        }
        out += html_table(parameter_header(lang), rows);
    }
    return out + html_element("p", html_escape(coverage_note(lang)), "class=\"note\"") + "\n" + kHtmlPageEnd;
}

}  // namespace

std::string render_simulation_report(ReportFormat format, const SimulationReport& report) {
    switch (format) {
        case ReportFormat::Json: return json_text(render_json(report));
        case ReportFormat::Csv:
            return report.table == SimulationTable::Models ? render_models_csv(report) : render_parameters_csv(report);
        case ReportFormat::Markdown: return render_markdown(report);
        case ReportFormat::Html: return render_html(report);
        case ReportFormat::Text: break;
    }
    return render_text(report);
}

std::string render_replicates_csv(const Study& study, const std::vector<std::vector<StudyParameter>>& parameters,
                                  const std::vector<ReplicateFit>& fits) {
    std::string out = "condition,replication,analysis,estimator,status,kind,name,est,se,ci_lower,ci_upper,pvalue,message\n";
    for (const ReplicateFit& f : fits) {
        const StudyAnalysis& analysis = study.analyses[static_cast<std::size_t>(f.analysis)];
        const std::string head = std::to_string(f.condition + 1) + ',' + std::to_string(f.replication + 1) + ',' +
                                 csv_field(analysis.name) + ',' +
                                 csv_field(analysis.estimators[static_cast<std::size_t>(f.estimator)].name) + ',' +
                                 replicate_status_name(f.status) + ',';
        const std::string message = csv_field(f.message);
        const auto& names = parameters[static_cast<std::size_t>(f.analysis)];
        for (std::size_t k = 0; k < f.parameters.size(); ++k) {
            const ParameterOutcome& o = f.parameters[k];
            out += head + "parameter," + csv_field(names[k].name);
            for (double v : {o.est, o.se, o.ci_lower, o.ci_upper, o.pvalue}) out += ',' + significant_number(v, 17);
            out += ",\n";
        }
        const std::pair<const char*, double> model[] = {{"chisq", f.chisq}, {"df", f.df}, {"pvalue", f.pvalue},
                                                        {"cfi", f.cfi},     {"tli", f.tli}, {"rmsea", f.rmsea},
                                                        {"srmr", f.srmr},   {"heywood", f.heywood ? 1.0 : 0.0}};
        for (const auto& [name, value] : model)
            out += head + "model," + name + ',' + significant_number(value, 17) + ",,,,," + message + '\n';
    }
    return out;
}

}  // namespace jalur::report

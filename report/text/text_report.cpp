#include "report/text/text_report.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <utility>

#include "report/common/confidence_interval_text.hpp"
#include "report/common/estimation_method.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/text/lisrel_equation.hpp"
#include "report/text/lisrel_matrix.hpp"
#include "report/text/text_construct_validity.hpp"
#include "report/text/text_goodness_of_fit.hpp"
#include "report/text/text_bootstrap.hpp"
#include "report/text/text_model_checks.hpp"
#include "report/text/text_section.hpp"
#include "report/text/text_standardized.hpp"
#include "report/text/text_variables.hpp"
#include "report/common/report_messages.hpp"

namespace jalur::report {

namespace {

// A parameter's estimate, standard error and t-value; no standard error for a fixed parameter.
MatrixEntry entry_of(const ParameterRow& row) {
    return MatrixEntry{row.est, is_fixed(row) ? kNaN : row.se, row.z};
}

// ---- header --------------------------------------------------------------------------------------

std::string table_number(double value, bool fixed) {
    if (std::isnan(value)) return fixed ? "" : "NA";
    return fixed_number(value, 3);
}

std::string header(const FitResult& r, const ReportContext& context) {
    const Language lang = context.language;
    std::string out = fmt::format(" jalur {}", JALUR_VERSION);
    if (!context.title.empty()) out += ": " + context.title;
    out += "\n\n";
    if (!context.model_path.empty()) out += fmt::format(" {} {}\n", label(lang, "Model file"), context.model_path);
    if (r.estimator == Estimator::ML)
        out += " " + format_label(lang, "Observations N = {} (likelihood {}, n = {} in chi-square and SEs)", r.n,
                                  likelihood_name(r.likelihood), r.n_inference) + "\n";
    else
        out += " " + format_label(lang, "Observations N = {} (n = {} in chi-square and SEs)", r.n, r.n_inference) + "\n";
    out += " " + format_label(lang, r.optimizer.evaluations == 1 ? "Estimator {}, {} after {} iterations ({} evaluation)"
                                                               : "Estimator {}, {} after {} iterations ({} evaluations)",
                              r.estimator_label, label(lang, r.optimizer.converged() ? "converged" : "not converged"),
                              r.optimizer.iterations, r.optimizer.evaluations) + "\n";
    if (robust_inference(r))
        out += " " + format_label(lang, "Standard errors {}, test {}", standard_error_name(r), r.tests.back().name) +
               "\n";
    out += " " + format_label(lang, "Free parameters = {}, sample moments = {}, degrees of freedom = {}", r.fit.npar,
                              r.fit.moments, r.fit.df) + "\n";
    for (const auto& note : context.notes)
        out += fmt::format(" {}: {}\n", label(lang, "Note"), report_message(lang, note));
    out += "\n";

    // lavaan's column names stay, except those that are words (label, est, se, z).
    const std::string est(label(lang, "est")), se(label(lang, "se")), z(label(lang, "z"));
    const std::string ci = ci_heading(lang, r.ci_level);
    std::vector<std::vector<std::string>> rows{
        {"lhs", "op", "rhs", std::string(label(lang, "label")), est, se, z, "p", ci, "std_lv", "std_all"}};
    std::vector<std::vector<std::string>> defined{{"lhs", "op", "rhs", est, se, z, "p", ci, "std_lv", "std_all"}};
    for (const ParameterRow& row : r.table.rows) {
        const bool fixed = is_fixed(row);
        const std::string interval = interval_text(row.ci, 3);
        std::vector<std::string> numbers{table_number(row.est, false), table_number(fixed ? kNaN : row.se, fixed),
                                         table_number(fixed ? kNaN : row.z, fixed),
                                         table_number(fixed ? kNaN : row.pvalue, fixed),
                                         fixed ? "" : interval.empty() ? "NA" : interval,
                                         table_number(row.std_lv, true), table_number(row.std_all, true)};
        std::vector<std::string> cells{row.lhs, op_symbol(row.op), row.rhs};
        if (row.op == Op::Defined) {
            cells.insert(cells.end(), numbers.begin(), numbers.end());
            defined.push_back(std::move(cells));
        } else {
            cells.push_back(row.label);
            cells.insert(cells.end(), numbers.begin(), numbers.end());
            rows.push_back(std::move(cells));
        }
    }
    out += fmt::format(" {}\n\n", label(lang, "Parameter Estimates"));
    out += render_columns(rows, {false, false, false, false, true, true, true, true, true, true, true}, 2);
    out += "\n";
    if (defined.size() > 1) {
        out += fmt::format(" {}\n\n", label(lang, "Defined Parameters"));
        out += render_columns(defined, {false, false, false, true, true, true, true, true, true, true}, 2);
        out += "\n";
    }
    if (!r.table.constraints.empty()) {
        std::vector<std::vector<std::string>> constraints{{"lhs", "op", "rhs", "lhs - rhs"}};
        for (const Constraint& c : r.table.constraints)
            constraints.push_back({c.lhs, relation_symbol(c.relation), c.rhs, table_number(c.slack, false)});
        out += fmt::format(" {}\n\n", label(lang, "Constraints"));
        out += render_columns(constraints, {false, false, false, true}, 2);
        out += "\n";
    }
    return out;
}

// ---- LISREL estimates --------------------------------------------------------------------------------

// The regressions of `outcome`, endogenous predictors first (BETA), then exogenous ones (GAMMA).
std::vector<const ParameterRow*> regressions_of(const FitResult& r, const Variables& v, const std::string& outcome) {
    std::vector<const ParameterRow*> rows;
    for (const ParameterRow& row : r.table.rows)
        if (row.op == Op::Regression && row.lhs == outcome) rows.push_back(&row);
    auto rank = [&](const ParameterRow* row) {
        auto it = std::find(v.yx.begin(), v.yx.end(), row->rhs);
        return static_cast<std::size_t>(it - v.yx.begin());
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ParameterRow* a, const ParameterRow* b) { return rank(a) < rank(b); });
    return rows;
}

double r2_of(const FitResult& r, const std::string& variable) {
    for (const auto& [name, value] : r.r2)
        if (name == variable) return value;
    return kNaN;
}

std::string structural_equations(const FitResult& r, const Variables& v, Language lang) {
    std::vector<LisrelEquation> equations;
    for (const auto& y : v.y) {
        LisrelEquation eq;
        eq.outcome = y;
        for (const ParameterRow* row : regressions_of(r, v, y)) eq.terms.push_back({row->rhs, entry_of(*row)});
        if (const ParameterRow* psi = r.table.find(y, Op::Covariance, y)) eq.error_variance = entry_of(*psi);
        eq.r2 = r2_of(r, y);
        equations.push_back(std::move(eq));
    }
    if (equations.empty()) return {};
    return section_title(label(lang, "Structural Equations")) + render_equations(equations);
}

// LISREL's measurement equations: each indicator on the latent variables it measures.
std::string measurement_equations(const FitResult& r, const Variables& v, Language lang) {
    std::vector<LisrelEquation> equations;
    for (const auto& indicator : v.indicators) {
        LisrelEquation eq;
        eq.outcome = indicator;
        for (const ParameterRow& row : r.table.rows)
            if (row.op == Op::Loading && row.rhs == indicator) eq.terms.push_back({row.lhs, entry_of(row)});
        for (const ParameterRow* row : regressions_of(r, v, indicator)) eq.terms.push_back({row->rhs, entry_of(*row)});
        if (const ParameterRow* theta = r.table.find(indicator, Op::Covariance, indicator))
            eq.error_variance = entry_of(*theta);
        eq.r2 = r2_of(r, indicator);
        equations.push_back(std::move(eq));
    }
    if (equations.empty()) return {};
    return section_title(label(lang, "Measurement Equations")) + render_equations(equations);
}

std::string reduced_form_equations(const FitResult& r, Language lang) {
    std::vector<LisrelEquation> equations;
    for (const ReducedFormEquation& rf : r.reduced_form) {
        // An indicator of latent variables has no observed exogenous variables to be reduced to.
        if (rf.terms.empty()) continue;
        LisrelEquation eq;
        eq.outcome = rf.outcome;
        for (const auto& [from, e] : rf.terms) eq.terms.push_back({from, EquationValue{e.est, e.se, e.z}});
        eq.error_variance = EquationValue{rf.error_variance, kNaN, kNaN};
        eq.r2 = rf.r2;
        equations.push_back(std::move(eq));
    }
    if (equations.empty()) return {};
    return section_title(label(lang, "Reduced Form Equations")) + render_equations(equations);
}

// The (co)variances among `names` as the model has them: estimates with SEs, "- -" where the model has
// no such parameter.
std::vector<std::vector<std::optional<MatrixEntry>>> covariance_parameters(const FitResult& r,
                                                                           const std::vector<std::string>& names) {
    std::vector<std::vector<std::optional<MatrixEntry>>> entries;
    for (const auto& a : names) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& b : names) {
            const ParameterRow* p = r.table.find(a, Op::Covariance, b);
            if (!p)
                row.emplace_back();
            else
                row.emplace_back(entry_of(*p));
        }
        entries.push_back(std::move(row));
    }
    return entries;
}

std::string independent_variables(const FitResult& r, const Variables& v, Language lang) {
    if (v.x.empty()) return {};
    auto entries = covariance_parameters(r, v.x);
    if (v.x.size() == 1)
        return render_vector(std::string(label(lang, "Variances of Independent Variables")), "", v.x, diagonal(entries));
    return render_matrix(
        LisrelMatrix{std::string(label(lang, "Covariance Matrix of Independent Variables")), "", v.x, v.x, entries, true});
}

std::string error_covariances(const FitResult& r, const Variables& v, Language lang) {
    auto entries = covariance_parameters(r, v.y);
    if (!off_diagonal_present(entries)) return {};
    return render_matrix(LisrelMatrix{std::string(label(lang, "Error Covariance Matrix (PSI)")), "", v.y, v.y, entries, true});
}

std::string warnings(const FitResult& r, Language lang) {
    std::string out;
    for (const auto& w : r.warnings)
        out += fmt::format(" {}: {}\n", label(lang, "W_A_R_N_I_N_G"), report_message(lang, w));
    return out.empty() ? out : out + "\n";
}

}  // namespace

std::string render_text_report(const FitResult& r, const ReportContext& context) {
    const Language lang = context.language;
    const Variables v = variables_of(r);
    std::string out = header(r, context);
    out += covariance_matrix(std::string(label(lang, "Covariance Matrix")), r, r.sample_covariance, v.observed, false);
    out += " " + format_label(lang, "Number of Iterations = {}", r.optimizer.iterations) + "\n\n";
    out += " " + format_label(lang, "LISREL Estimates ({})", estimation_method_name(r.estimator)) + "\n\n";
    out += measurement_equations(r, v, lang);
    out += structural_equations(r, v, lang);
    out += reduced_form_equations(r, lang);
    out += error_covariances(r, v, lang);
    out += independent_variables(r, v, lang);
    out += covariance_matrix(std::string(label(lang, v.latent ? "Fitted Covariance Matrix" : "Covariance Matrix of Y and X")),
                             r, r.implied_covariance, v.observed, false);
    if (context.residuals) out += residual_sections(*context.residuals, r.observed, v.observed, lang);
    out += render_goodness_of_fit(r, lang);
    if (context.validity) out += construct_validity_section(*context.validity, lang);
    if (context.modification_indices)
        out += modification_index_section(*context.modification_indices, context.mi_min, lang);
    if (context.wald_tests) out += wald_test_section(*context.wald_tests, lang);
    out += render_standardized_solution_and_effects(r, v, lang);
    out += bootstrap_section(r, lang);
    out += warnings(r, lang);
    return out;
}

}  // namespace jalur::report

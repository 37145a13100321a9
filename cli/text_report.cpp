#include "cli/text_report.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <utility>

#include "cli/lisrel_equation.hpp"
#include "cli/lisrel_matrix.hpp"
#include "cli/number_format.hpp"
#include "cli/text_goodness_of_fit.hpp"
#include "cli/text_layout.hpp"
#include "cli/text_model_checks.hpp"
#include "cli/text_section.hpp"

namespace jalur::cli {

namespace {

const std::string& kIndent = kSectionIndent;

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_fixed(const ParameterRow& row) { return !row.free && row.op != Op::Defined; }

// The variables in LISREL's roles. In a path model the Y are the endogenous and the X the exogenous
// observed variables. With latent variables the indicators get measurement equations, and Y and X are the
// variables of the structural part (latent or observed), as ETA and KSI in LISREL.
struct Variables {
    std::vector<std::string> indicators;  // observed variables measuring a latent variable
    std::vector<std::string> y, x, yx;    // structural outcomes, the other structural variables, both
    std::vector<std::string> observed;    // observed variables, endogenous first (LISREL's Y then X)
    bool latent = false;
};

Variables variables_of(const FitResult& r) {
    Variables v;
    const std::vector<std::string> latent = r.table.latent();
    v.latent = !latent.empty();
    auto is_indicator = [&](const std::string& name) {
        return std::any_of(r.table.rows.begin(), r.table.rows.end(),
                           [&](const ParameterRow& row) { return row.op == Op::Loading && row.rhs == name; });
    };
    auto is_outcome = [&](const std::string& name) {
        return std::any_of(r.table.rows.begin(), r.table.rows.end(),
                           [&](const ParameterRow& row) { return row.op == Op::Regression && row.lhs == name; });
    };
    for (const auto& name : latent) (is_outcome(name) ? v.y : v.x).push_back(name);
    for (const auto& name : r.endogenous) {
        if (is_indicator(name))
            v.indicators.push_back(name);
        else
            v.y.push_back(name);
    }
    for (const auto& name : r.exogenous) v.x.push_back(name);
    v.yx = v.y;
    v.yx.insert(v.yx.end(), v.x.begin(), v.x.end());
    v.observed = r.endogenous;
    v.observed.insert(v.observed.end(), r.exogenous.begin(), r.exogenous.end());
    for (const auto& name : r.observed)
        if (!contains(v.observed, name)) v.observed.push_back(name);
    return v;
}

// Element (a, b) of a matrix in the order of r.observed; NaN when a name is not there.
double element(const FitResult& r, const Eigen::MatrixXd& m, const std::string& a, const std::string& b) {
    auto ia = std::find(r.observed.begin(), r.observed.end(), a) - r.observed.begin();
    auto ib = std::find(r.observed.begin(), r.observed.end(), b) - r.observed.begin();
    if (ia >= m.rows() || ib >= m.cols()) return kNaN;
    return m(ia, ib);
}

MatrixEntry entry_of(const ParameterRow& row) {
    return MatrixEntry{row.est, is_fixed(row) ? kNaN : row.se, row.z};
}

EquationValue value_of(const ParameterRow& row) {
    return EquationValue{row.est, is_fixed(row) ? kNaN : row.se, row.z};
}

MatrixEntry entry_of(const Estimate& e, bool standardized) {
    if (standardized) return MatrixEntry{e.std_all, kNaN, kNaN};
    return MatrixEntry{e.est, e.se, e.z};
}

// ---- header --------------------------------------------------------------------------------------

std::string table_number(double value, bool fixed) {
    if (std::isnan(value)) return fixed ? "" : "NA";
    return fixed_number(value, 3);
}

std::string header(const FitResult& r, const ReportContext& context) {
    std::string out = fmt::format(" jalur {}", JALUR_VERSION);
    if (!context.title.empty()) out += ": " + context.title;
    out += "\n\n";
    if (!context.model_path.empty()) out += " Model file " + context.model_path + "\n";
    out += fmt::format(" Observations N = {} (likelihood {}, n = {} in chi-square and SEs)\n", r.n,
                       likelihood_name(r.likelihood), r.n_inference);
    out += fmt::format(" Estimator ML, {} after {} iterations ({} evaluation{})\n",
                       r.optimizer.converged() ? "converged" : "not converged", r.optimizer.iterations,
                       r.optimizer.evaluations, r.optimizer.evaluations == 1 ? "" : "s");
    out += fmt::format(" Free parameters = {}, sample moments = {}, degrees of freedom = {}\n", r.fit.npar,
                       r.fit.moments, r.fit.df);
    for (const auto& note : context.notes) out += " Note: " + note + "\n";
    out += "\n";

    std::vector<std::vector<std::string>> rows{{"lhs", "op", "rhs", "label", "est", "se", "z", "p", "std_lv", "std_all"}};
    std::vector<std::vector<std::string>> defined{{"lhs", "op", "rhs", "est", "se", "z", "p", "std_lv", "std_all"}};
    for (const ParameterRow& row : r.table.rows) {
        const bool fixed = is_fixed(row);
        std::vector<std::string> numbers{table_number(row.est, false), table_number(fixed ? kNaN : row.se, fixed),
                                         table_number(fixed ? kNaN : row.z, fixed),
                                         table_number(fixed ? kNaN : row.pvalue, fixed), table_number(row.std_lv, true),
                                         table_number(row.std_all, true)};
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
    out += " Parameter Estimates\n\n";
    out += render_columns(rows, {false, false, false, false, true, true, true, true, true, true}, 2);
    out += "\n";
    if (defined.size() > 1) {
        out += " Defined Parameters\n\n";
        out += render_columns(defined, {false, false, false, true, true, true, true, true, true}, 2);
        out += "\n";
    }
    return out;
}

// ---- matrices of the data and the model ------------------------------------------------------------

std::string covariance_matrix(const std::string& title, const FitResult& r, const Eigen::MatrixXd& m,
                              const std::vector<std::string>& names, bool correlation) {
    LisrelMatrix matrix{title, "", names, names, {}, true};
    for (const auto& a : names) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& b : names) {
            double value = element(r, m, a, b);
            if (correlation) value /= std::sqrt(element(r, m, a, a) * element(r, m, b, b));
            row.push_back(MatrixEntry{value, kNaN, kNaN});
        }
        matrix.entries.push_back(std::move(row));
    }
    return render_matrix(matrix);
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

std::string structural_equations(const FitResult& r, const Variables& v) {
    std::vector<LisrelEquation> equations;
    for (const auto& y : v.y) {
        LisrelEquation eq;
        eq.outcome = y;
        for (const ParameterRow* row : regressions_of(r, v, y)) eq.terms.push_back({row->rhs, value_of(*row)});
        if (const ParameterRow* psi = r.table.find(y, Op::Covariance, y)) eq.error_variance = value_of(*psi);
        eq.r2 = r2_of(r, y);
        equations.push_back(std::move(eq));
    }
    if (equations.empty()) return {};
    return section_title("Structural Equations") + render_equations(equations);
}

// LISREL's measurement equations: each indicator on the latent variables it measures.
std::string measurement_equations(const FitResult& r, const Variables& v) {
    std::vector<LisrelEquation> equations;
    for (const auto& indicator : v.indicators) {
        LisrelEquation eq;
        eq.outcome = indicator;
        for (const ParameterRow& row : r.table.rows)
            if (row.op == Op::Loading && row.rhs == indicator) eq.terms.push_back({row.lhs, value_of(row)});
        for (const ParameterRow* row : regressions_of(r, v, indicator)) eq.terms.push_back({row->rhs, value_of(*row)});
        if (const ParameterRow* theta = r.table.find(indicator, Op::Covariance, indicator))
            eq.error_variance = value_of(*theta);
        eq.r2 = r2_of(r, indicator);
        equations.push_back(std::move(eq));
    }
    if (equations.empty()) return {};
    return section_title("Measurement Equations") + render_equations(equations);
}

std::string reduced_form_equations(const FitResult& r) {
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
    return section_title("Reduced Form Equations") + render_equations(equations);
}

// The (co)variances among `names` as the model has them: estimates with SEs, "- -" where the model has
// no such parameter.
std::vector<std::vector<std::optional<MatrixEntry>>> covariance_parameters(const FitResult& r,
                                                                           const std::vector<std::string>& names,
                                                                           bool standardized) {
    std::vector<std::vector<std::optional<MatrixEntry>>> entries;
    for (const auto& a : names) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& b : names) {
            const ParameterRow* p = r.table.find(a, Op::Covariance, b);
            if (!p)
                row.emplace_back();
            else
                row.emplace_back(standardized ? MatrixEntry{p->std_all, kNaN, kNaN} : entry_of(*p));
        }
        entries.push_back(std::move(row));
    }
    return entries;
}

bool off_diagonal_present(const std::vector<std::vector<std::optional<MatrixEntry>>>& entries) {
    for (std::size_t i = 0; i < entries.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (entries[i][j]) return true;
    return false;
}

std::vector<std::optional<MatrixEntry>> diagonal(const std::vector<std::vector<std::optional<MatrixEntry>>>& m) {
    std::vector<std::optional<MatrixEntry>> d;
    for (std::size_t i = 0; i < m.size(); ++i) d.push_back(m[i][i]);
    return d;
}

std::string independent_variables(const FitResult& r, const Variables& v) {
    if (v.x.empty()) return {};
    auto entries = covariance_parameters(r, v.x, false);
    if (v.x.size() == 1) return render_vector("Variances of Independent Variables", "", v.x, diagonal(entries));
    return render_matrix(LisrelMatrix{"Covariance Matrix of Independent Variables", "", v.x, v.x, entries, true});
}

std::string error_covariances(const FitResult& r, const Variables& v) {
    auto entries = covariance_parameters(r, v.y, false);
    if (!off_diagonal_present(entries)) return {};
    return render_matrix(LisrelMatrix{"Error Covariance Matrix (PSI)", "", v.y, v.y, entries, true});
}

// ---- standardized solution and effects ----------------------------------------------------------------

using EffectMap = std::map<std::pair<std::string, std::string>, const Effect*>;  // (from, to) → effect

EffectMap effect_map(const FitResult& r) {
    EffectMap map;
    for (const Effect& e : r.effects) map[{e.from, e.to}] = &e;
    return map;
}

enum class Part { Direct, Indirect, Total };

const std::optional<Estimate>& part_of(const Effect& e, Part part) {
    return part == Part::Direct ? e.direct : part == Part::Indirect ? e.indirect : e.total;
}

// Entries [to][from] of one part of the effects; nullopt where there is no such effect.
std::vector<std::vector<std::optional<MatrixEntry>>> effect_entries(const EffectMap& effects,
                                                                    const std::vector<std::string>& to,
                                                                    const std::vector<std::string>& from, Part part,
                                                                    bool standardized, bool* any = nullptr) {
    std::vector<std::vector<std::optional<MatrixEntry>>> entries;
    for (const auto& t : to) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& f : from) {
            auto it = effects.find({f, t});
            if (it != effects.end() && part_of(*it->second, part)) {
                row.emplace_back(entry_of(*part_of(*it->second, part), standardized));
                if (any) *any = true;
            } else {
                row.emplace_back();
            }
        }
        entries.push_back(std::move(row));
    }
    return entries;
}

// BETA or GAMMA: the standardized regression coefficients of the Y on `predictors`.
std::vector<std::vector<std::optional<MatrixEntry>>> standardized_coefficients(const FitResult& r, const Variables& v,
                                                                               const std::vector<std::string>& predictors,
                                                                               bool* any) {
    std::vector<std::vector<std::optional<MatrixEntry>>> entries;
    for (const auto& y : v.y) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& p : predictors) {
            const ParameterRow* reg = r.table.find(y, Op::Regression, p);
            if (reg) {
                row.emplace_back(MatrixEntry{reg->std_all, kNaN, kNaN});
                *any = true;
            } else {
                row.emplace_back();
            }
        }
        entries.push_back(std::move(row));
    }
    return entries;
}

bool has_beta(const FitResult& r, const Variables& v) {
    for (const ParameterRow& row : r.table.rows)
        if (row.op == Op::Regression && contains(v.y, row.lhs) && contains(v.y, row.rhs)) return true;
    return false;
}

// The standardized loadings: indicators on the latent variables.
std::string standardized_loadings(const FitResult& r, const Variables& v) {
    const std::vector<std::string> latent = r.table.latent();
    if (latent.empty() || v.indicators.empty()) return {};
    LisrelMatrix lambda{"LAMBDA", "", v.indicators, latent, {}, false};
    for (const auto& indicator : v.indicators) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& factor : latent) {
            const ParameterRow* loading = r.table.find(factor, Op::Loading, indicator);
            if (loading)
                row.emplace_back(MatrixEntry{loading->std_all, kNaN, kNaN});
            else
                row.emplace_back();
        }
        lambda.entries.push_back(std::move(row));
    }
    return render_matrix(lambda);
}

std::string standardized_solution(const FitResult& r, const Variables& v, const EffectMap& effects) {
    std::string out = section_title("Standardized Solution");
    out += standardized_loadings(r, v);
    bool any = false;
    auto beta = standardized_coefficients(r, v, v.y, &any);
    if (any) out += render_matrix(LisrelMatrix{"BETA", "", v.y, v.y, beta, false});
    any = false;
    auto gamma = standardized_coefficients(r, v, v.x, &any);
    if (any) out += render_matrix(LisrelMatrix{"GAMMA", "", v.y, v.x, gamma, false});
    out += covariance_matrix(v.latent ? "Fitted Correlation Matrix" : "Correlation Matrix of Y and X", r,
                             r.implied_covariance, v.observed, true);

    auto psi = covariance_parameters(r, v.y, true);
    if (!v.y.empty()) {
        if (off_diagonal_present(psi))
            out += render_matrix(LisrelMatrix{"PSI", "", v.y, v.y, psi, true});
        else
            out += render_vector("PSI", "Note: This matrix is diagonal.", v.y, diagonal(psi));
    }
    if (!v.y.empty() && !v.x.empty())
        out += render_matrix(LisrelMatrix{"Regression Matrix Y on X (Standardized)", "", v.y, v.x,
                                          effect_entries(effects, v.y, v.x, Part::Total, true), false});
    return out;
}

std::string effects_section(const FitResult& r, const Variables& v, const EffectMap& effects, bool standardized) {
    if (v.y.empty()) return {};
    const std::string prefix = standardized ? "Standardized " : "";
    std::string out = section_title(standardized ? "Standardized Total and Indirect Effects" : "Total and Indirect Effects");
    const bool beta = has_beta(r, v);
    if (!v.x.empty()) {
        out += render_matrix(LisrelMatrix{prefix + "Total Effects of X on Y", "", v.y, v.x,
                                          effect_entries(effects, v.y, v.x, Part::Total, standardized), false});
        if (beta)
            out += render_matrix(LisrelMatrix{prefix + "Indirect Effects of X on Y", "", v.y, v.x,
                                              effect_entries(effects, v.y, v.x, Part::Indirect, standardized), false});
    }
    if (beta) {
        out += render_matrix(LisrelMatrix{prefix + "Total Effects of Y on Y", "", v.y, v.y,
                                          effect_entries(effects, v.y, v.y, Part::Total, standardized), false});
        bool any = false;
        auto indirect = effect_entries(effects, v.y, v.y, Part::Indirect, standardized, &any);
        if (any) out += render_matrix(LisrelMatrix{prefix + "Indirect Effects of Y on Y", "", v.y, v.y, indirect, false});
    }
    return out;
}

std::string warnings(const FitResult& r) {
    std::string out;
    for (const auto& w : r.warnings) out += " W_A_R_N_I_N_G: " + w + "\n";
    return out.empty() ? out : out + "\n";
}

}  // namespace

std::string render_text_report(const FitResult& r, const ReportContext& context) {
    const Variables v = variables_of(r);
    const EffectMap effects = effect_map(r);
    std::string out = header(r, context);
    out += covariance_matrix("Covariance Matrix", r, r.sample_covariance, v.observed, false);
    out += fmt::format(" Number of Iterations = {}\n\n", r.optimizer.iterations);
    out += " LISREL Estimates (Maximum Likelihood)\n\n";
    out += measurement_equations(r, v);
    out += structural_equations(r, v);
    out += reduced_form_equations(r);
    out += error_covariances(r, v);
    out += independent_variables(r, v);
    out += covariance_matrix(v.latent ? "Fitted Covariance Matrix" : "Covariance Matrix of Y and X", r,
                             r.implied_covariance, v.observed, false);
    if (context.residuals) out += residual_sections(*context.residuals, r.observed, v.observed);
    out += render_goodness_of_fit(r);
    if (context.modification_indices) out += modification_index_section(*context.modification_indices, context.mi_min);
    out += standardized_solution(r, v, effects);
    out += effects_section(r, v, effects, false);
    out += effects_section(r, v, effects, true);
    out += warnings(r);
    return out;
}

}  // namespace jalur::cli

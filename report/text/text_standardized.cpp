#include "report/text/text_standardized.hpp"

#include <cmath>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "report/common/confidence_interval_text.hpp"
#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/fit/fit_report.hpp"
#include "report/text/lisrel_matrix.hpp"
#include "report/text/text_section.hpp"

namespace jalur::report {

namespace {

MatrixEntry entry_of(const Estimate& e, bool standardized) {
    if (standardized) return MatrixEntry{e.std_all, kNaN, kNaN};
    return MatrixEntry{e.est, e.se, e.z};
}

using EffectMap = std::map<std::pair<std::string, std::string>, const Effect*>;  // (from, to) → effect

EffectMap effect_map(const FitResult& r) {
    EffectMap map;
    for (const Effect& e : r.effects) map[{e.from, e.to}] = &e;
    return map;
}

using Entries = std::vector<std::vector<std::optional<MatrixEntry>>>;

enum class Part { Direct, Indirect, Total };

const std::optional<Estimate>& part_of(const Effect& e, Part part) {
    return part == Part::Direct ? e.direct : part == Part::Indirect ? e.indirect : e.total;
}

// Entries [to][from] of one part of the effects; nullopt where there is no such effect.
Entries effect_entries(const EffectMap& effects, const std::vector<std::string>& to,
                       const std::vector<std::string>& from, Part part, bool standardized) {
    Entries entries;
    for (const auto& t : to) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& f : from) {
            auto it = effects.find({f, t});
            if (it != effects.end() && part_of(*it->second, part))
                row.emplace_back(entry_of(*part_of(*it->second, part), standardized));
            else
                row.emplace_back();
        }
        entries.push_back(std::move(row));
    }
    return entries;
}

// Entry [i][j] is the standardized parameter rows[i] `op` columns[j] (with `transposed`, columns[j] `op`
// rows[i]); nullopt where the model has no such parameter.
Entries standardized_parameters(const FitResult& r, const std::vector<std::string>& rows,
                                const std::vector<std::string>& columns, Op op, bool transposed = false) {
    Entries entries;
    for (const auto& a : rows) {
        std::vector<std::optional<MatrixEntry>> row;
        for (const auto& b : columns) {
            const ParameterRow* p = transposed ? r.table.find(b, op, a) : r.table.find(a, op, b);
            if (p)
                row.emplace_back(MatrixEntry{p->std_all, kNaN, kNaN});
            else
                row.emplace_back();
        }
        entries.push_back(std::move(row));
    }
    return entries;
}

bool any_present(const Entries& entries) {
    for (const auto& row : entries)
        for (const auto& entry : row)
            if (entry) return true;
    return false;
}

bool has_beta(const FitResult& r, const Variables& v) {
    return any_present(standardized_parameters(r, v.y, v.y, Op::Regression));
}

// The standardized loadings: indicators on the latent variables.
std::string standardized_loadings(const FitResult& r, const Variables& v) {
    const std::vector<std::string> latent = r.table.latent();
    if (latent.empty() || v.indicators.empty()) return {};
    return render_matrix(LisrelMatrix{"LAMBDA", "", v.indicators, latent,
                                      standardized_parameters(r, v.indicators, latent, Op::Loading, true), false});
}

std::string standardized_solution(const FitResult& r, const Variables& v, const EffectMap& effects, Language lang) {
    auto L = [&](std::string_view english) { return std::string(label(lang, english)); };
    std::string out = section_title(L("Standardized Solution"));
    out += standardized_loadings(r, v);
    // BETA and GAMMA: the standardized regression coefficients of the Y on the Y and on the X.
    auto beta = standardized_parameters(r, v.y, v.y, Op::Regression);
    if (any_present(beta)) out += render_matrix(LisrelMatrix{"BETA", "", v.y, v.y, beta, false});
    auto gamma = standardized_parameters(r, v.y, v.x, Op::Regression);
    if (any_present(gamma)) out += render_matrix(LisrelMatrix{"GAMMA", "", v.y, v.x, gamma, false});
    out += covariance_matrix(L(v.latent ? "Fitted Correlation Matrix" : "Correlation Matrix of Y and X"), r,
                             r.implied_covariance, v.observed, true);

    auto psi = standardized_parameters(r, v.y, v.y, Op::Covariance);
    if (!v.y.empty()) {
        if (off_diagonal_present(psi))
            out += render_matrix(LisrelMatrix{"PSI", "", v.y, v.y, psi, true});
        else
            out += render_vector("PSI", L("Note: This matrix is diagonal."), v.y, diagonal(psi));
    }
    if (!v.y.empty() && !v.x.empty())
        out += render_matrix(LisrelMatrix{L("Regression Matrix Y on X (Standardized)"), "", v.y, v.x,
                                          effect_entries(effects, v.y, v.x, Part::Total, true), false});
    return out;
}

std::string effects_section(const FitResult& r, const Variables& v, const EffectMap& effects, bool standardized,
                            Language lang) {
    if (v.y.empty()) return {};
    // The catalogue has each title whole: word order differs between languages.
    auto title = [&](const std::string& english) {
        return std::string(label(lang, standardized ? "Standardized " + english : english));
    };
    std::string out = section_title(title("Total and Indirect Effects"));
    const bool beta = has_beta(r, v);
    if (!v.x.empty()) {
        out += render_matrix(LisrelMatrix{title("Total Effects of X on Y"), "", v.y, v.x,
                                          effect_entries(effects, v.y, v.x, Part::Total, standardized), false});
        if (beta)
            out += render_matrix(LisrelMatrix{title("Indirect Effects of X on Y"), "", v.y, v.x,
                                              effect_entries(effects, v.y, v.x, Part::Indirect, standardized), false});
    }
    if (beta) {
        out += render_matrix(LisrelMatrix{title("Total Effects of Y on Y"), "", v.y, v.y,
                                          effect_entries(effects, v.y, v.y, Part::Total, standardized), false});
        auto indirect = effect_entries(effects, v.y, v.y, Part::Indirect, standardized);
        if (any_present(indirect)) out += render_matrix(LisrelMatrix{title("Indirect Effects of Y on Y"), "", v.y, v.y, indirect, false});
    }
    return out;
}

// The indirect and total effects with their confidence intervals, which LISREL's matrices have no room for;
// the direct effects' intervals are in the parameter table (and so is a total effect without an indirect part).
std::string effect_intervals(const FitResult& r, Language lang) {
    const std::string est(label(lang, "est")), se(label(lang, "se"));
    std::vector<std::vector<std::string>> rows{{std::string(label(lang, "From")), std::string(label(lang, "To")),
                                                std::string(label(lang, "Effect")), est, se,
                                                ci_heading(lang, r.ci_level)}};
    for (const Effect& e : r.effects)
        for (const EffectPart& part : effect_parts(e)) {
            if (!e.indirect || std::string_view(part.key) == "direct") continue;
            const std::string interval = interval_text(part.estimate.ci, 3);
            const auto number = [](double x) { return std::isfinite(x) ? fixed_number(x, 3) : "NA"; };
            rows.push_back({e.from, e.to, std::string(label(lang, part.label)), number(part.estimate.est),
                            number(part.estimate.se), interval.empty() ? "NA" : interval});
        }
    if (rows.size() == 1) return {};
    return section_title(label(lang, "Confidence Intervals of the Indirect and Total Effects")) +
           render_columns(rows, {false, false, false, true, true, true}, 2) + "\n";
}

}  // namespace

std::string render_standardized_solution_and_effects(const FitResult& r, const Variables& v, Language language) {
    const EffectMap effects = effect_map(r);
    return standardized_solution(r, v, effects, language) + effects_section(r, v, effects, false, language) +
           effect_intervals(r, language) + effects_section(r, v, effects, true, language);
}

}  // namespace jalur::report

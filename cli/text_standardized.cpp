#include "cli/text_standardized.hpp"

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "cli/lisrel_matrix.hpp"
#include "cli/number_format.hpp"
#include "cli/text_section.hpp"

namespace jalur::cli {

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

}  // namespace

std::string render_standardized_solution_and_effects(const FitResult& r, const Variables& v) {
    const EffectMap effects = effect_map(r);
    return standardized_solution(r, v, effects) + effects_section(r, v, effects, false) +
           effects_section(r, v, effects, true);
}

}  // namespace jalur::cli

#include "engine/model/model_defaults.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace jalur {

namespace {

// A free (co)variance the defaults add.
ParameterRow default_row(const std::string& lhs, const std::string& rhs) {
    return free_row(lhs, Op::Covariance, rhs, false);
}

bool is_indicator(const ParameterTable& table, const std::string& v) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [&](const ParameterRow& r) { return r.op == Op::Loading && r.rhs == v; });
}

bool is_regression_outcome(const ParameterTable& table, const std::string& v) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [&](const ParameterRow& r) { return r.op == Op::Regression && r.lhs == v; });
}

// Free covariances between every pair of `group` that has none yet.
void add_covariances(const std::vector<std::string>& group, const ParameterTable& written, ParameterTable& out) {
    for (std::size_t i = 0; i < group.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!written.find(group[i], Op::Covariance, group[j])) out.rows.push_back(default_row(group[i], group[j]));
}

}  // namespace

ParameterTable with_default_parameters(const ParameterTable& table, Identification identification,
                                       bool meanstructure, std::vector<std::string>* notes) {
    const auto variables = table.variables();
    ParameterTable out;
    // Room for the defaults (a variance per variable, a marker or variance per factor, some covariances) at once:
    // a row is large, and regrowing copies them all.
    out.rows.reserve(table.rows.size() + 2 * variables.size() + 8);
    out = table;

    for (const auto& factor : table.latent()) {
        if (identification == Identification::Marker) {
            auto first = std::find_if(out.rows.begin(), out.rows.end(),
                                      [&](const ParameterRow& r) { return r.op == Op::Loading && r.lhs == factor; });
            if (first->free && !first->free_explicit) {
                first->free = false;
                if (!std::isnan(first->value) && notes) {  // lavaan's start(v)*x on a marker: fixed at v
                    std::ostringstream note;
                    note << "start(" << first->value << ") on the marker " << factor << " =~ " << first->rhs
                         << " fixes it at " << first->value << ", as lavaan does; write NA*start(" << first->value
                         << ")*" << first->rhs << " to estimate it from there";
                    notes->push_back(note.str());
                }
                if (std::isnan(first->value)) first->value = 1.0;
            }
        } else if (!table.find(factor, Op::Covariance, factor)) {
            ParameterRow unit = default_row(factor, factor);
            unit.free = false;
            unit.value = 1.0;
            out.rows.push_back(unit);
        }
    }

    for (const auto& v : variables)
        if (!out.find(v, Op::Covariance, v)) out.rows.push_back(default_row(v, v));

    std::vector<std::string> exogenous_observed, exogenous_latent, pure_outcomes;
    for (const auto& v : variables) {
        if (!table.is_endogenous(v)) (table.is_latent(v) ? exogenous_latent : exogenous_observed).push_back(v);
        if (is_regression_outcome(table, v) && !table.is_regression_predictor(v) && !is_indicator(table, v))
            pure_outcomes.push_back(v);
    }
    add_covariances(exogenous_observed, table, out);
    add_covariances(exogenous_latent, table, out);
    add_covariances(pure_outcomes, table, out);

    if (meanstructure)
        for (const auto& v : variables) {
            if (table.find(v, Op::Intercept, "")) continue;
            ParameterRow row = free_row(v, Op::Intercept, "", false);
            if (table.is_latent(v)) {
                row.free = false;
                row.value = 0.0;
            }
            out.rows.push_back(row);
        }
    return out;
}

}  // namespace jalur

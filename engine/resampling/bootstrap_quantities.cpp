#include "engine/resampling/bootstrap_quantities.hpp"

#include "engine/results/standardized.hpp"

namespace jalur {

namespace {

bool followed(const ParameterRow& row) { return row.index >= 0 || row.op == Op::Defined; }

BootstrapQuantity effect_quantity(QuantityKind kind, const Effect& effect, const Estimate& value,
                                  const RamModel& model) {
    BootstrapQuantity q;
    q.kind = kind;
    q.from = effect.from;
    q.to = effect.to;
    q.from_index = model.index_of(effect.from);
    q.to_index = model.index_of(effect.to);
    q.estimate = value.est;
    return q;
}

}  // namespace

std::vector<BootstrapQuantity> bootstrap_quantities(const FitResult& result, const RamModel& model) {
    std::vector<BootstrapQuantity> out;
    const auto& rows = result.table.rows;
    for (const QuantityKind kind : {QuantityKind::Estimate, QuantityKind::Standardized})
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (followed(rows[r])) {
                BootstrapQuantity q;
                q.kind = kind;
                q.row = r;
                q.estimate = kind == QuantityKind::Estimate ? rows[r].est : rows[r].std_all;
                out.push_back(q);
            }
    for (const auto& [variable, r2] : result.r2) {
        BootstrapQuantity q;
        q.kind = QuantityKind::RSquared;
        q.to = variable;
        q.to_index = model.index_of(variable);
        q.estimate = r2;
        out.push_back(q);
    }
    for (const Effect& e : result.effects)
        if (e.indirect) out.push_back(effect_quantity(QuantityKind::Indirect, e, *e.indirect, model));
    for (const Effect& e : result.effects)
        if (e.total) out.push_back(effect_quantity(QuantityKind::Total, e, *e.total, model));
    return out;
}

void evaluate_quantities(const std::vector<BootstrapQuantity>& quantities, const std::vector<DefinedParameter>& defined,
                         const ImpliedMoments& implied, const Eigen::VectorXd& theta, ParameterTable& table,
                         Eigen::Ref<Eigen::VectorXd> out) {
    for (ParameterRow& row : table.rows) {
        if (row.op == Op::Defined) continue;
        row.est = row.index >= 0 ? theta[row.index] : row.value;
        row.std_all = row.est * standardization_factors(row, implied).all;
    }
    for (const DefinedParameter& d : defined) {
        const auto k = static_cast<Eigen::Index>(d.sources.size());
        Eigen::VectorXd est(k), std_all(k);
        for (Eigen::Index s = 0; s < k; ++s) {
            est[s] = table.rows[d.sources[s]].est;
            std_all[s] = table.rows[d.sources[s]].std_all;
        }
        table.rows[d.row].est = d.expression.evaluate(est);
        table.rows[d.row].std_all = d.expression.evaluate(std_all);
    }
    const Eigen::MatrixXd& A = implied.A();
    const Eigen::MatrixXd& B = implied.B();
    for (std::size_t k = 0; k < quantities.size(); ++k) {
        const BootstrapQuantity& q = quantities[k];
        const auto i = static_cast<Eigen::Index>(k);
        const int from = q.from_index, to = q.to_index;
        // T = (I − A)⁻¹ − I = B − I; the indirect effect is T − A.
        const double total = q.kind == QuantityKind::Indirect || q.kind == QuantityKind::Total
                                 ? B(to, from) - (from == to ? 1.0 : 0.0)
                                 : 0.0;
        switch (q.kind) {
            case QuantityKind::Estimate: out[i] = table.rows[q.row].est; break;
            case QuantityKind::Standardized: out[i] = table.rows[q.row].std_all; break;
            case QuantityKind::RSquared: out[i] = 1.0 - implied.S()(to, to) / implied.C()(to, to); break;
            case QuantityKind::Indirect: out[i] = total - A(to, from); break;
            case QuantityKind::Total: out[i] = total; break;
        }
    }
}

}  // namespace jalur

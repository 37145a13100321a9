#include "engine/model/defined_parameters.hpp"

#include <cmath>

#include "engine/errors.hpp"
#include "engine/inference/wald.hpp"

namespace jalur {

const Expression* find_defined(const ParameterTable& table, const std::vector<DefinedParameter>& defined,
                               const std::string& name) {
    for (const DefinedParameter& d : defined)
        if (table.rows[d.row].lhs == name) return &d.expression;
    return nullptr;
}

std::vector<DefinedParameter> parse_defined(const ParameterTable& table) {
    std::vector<DefinedParameter> out;
    // lavaan's rule: a defined parameter may use those defined before it, which stand for their expressions.
    const auto earlier = [&](const std::string& name) { return find_defined(table, out, name); };
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const ParameterRow& row = table.rows[r];
        if (row.op != Op::Defined) continue;
        DefinedParameter defined;
        defined.row = r;
        try {
            defined.expression = Expression::parse(row.rhs).substitute(earlier);
        } catch (const ExpressionError& e) {
            throw InputError(row.where, std::string("defined parameter '") + row.lhs + "': " + e.what());
        }
        defined.sources.reserve(defined.expression.symbols().size());
        for (const auto& symbol : defined.expression.symbols()) {
            const ParameterRow* labelled = table.find_label(symbol);
            if (!labelled)
                throw InputError(row.where,
                                 "defined parameter '" + row.lhs + "' uses '" + symbol +
                                     "', expected a label of a model parameter or an earlier defined parameter");
            defined.sources.push_back(static_cast<std::size_t>(labelled - table.rows.data()));
        }
        out.push_back(std::move(defined));
    }
    return out;
}

void evaluate_defined(ParameterTable& table, const std::vector<DefinedParameter>& defined, const Eigen::MatrixXd& vcov,
                      const StandardizedGradients& standardized) {
    const auto q = vcov.rows();
    for (const auto& d : defined) {
        ParameterRow& row = table.rows[d.row];
        const Expression& expression = d.expression;
        const auto& source = d.sources;
        const auto k = static_cast<Eigen::Index>(source.size());
        Eigen::VectorXd est(k), std_all(k), std_lv(k);
        for (Eigen::Index s = 0; s < k; ++s) {
            const ParameterRow& labelled = table.rows[source[s]];
            est[s] = labelled.est;
            std_all[s] = labelled.std_all;
            std_lv[s] = labelled.std_lv;
        }
        // Chain rule: the gradient of f(values) with respect to θ, given each value's gradient.
        auto jacobian = [&](const Eigen::VectorXd& df, auto gradient_of) {
            Eigen::VectorXd j = Eigen::VectorXd::Zero(q);
            for (Eigen::Index s = 0; s < k; ++s) j += df[s] * gradient_of(source[s]);
            return j;
        };
        Eigen::VectorXd df;
        row.est = expression.evaluate(est, &df);
        const Eigen::VectorXd j_est = jacobian(df, [&](std::size_t r) {
            Eigen::VectorXd unit = Eigen::VectorXd::Zero(q);
            if (table.rows[r].index >= 0) unit[table.rows[r].index] = 1.0;
            return unit;
        });
        // A value that is not finite (a/0, log of a negative) has no standard error.
        const Estimate e = wald_estimate(row.est, std::isfinite(row.est) ? delta_se(j_est, vcov) : kNaN, kNaN);
        row.se = e.se;
        row.z = e.z;
        row.pvalue = e.pvalue;
        row.std_all = expression.evaluate(std_all, &df);
        row.std_all_se = delta_se(jacobian(df, [&](std::size_t r) { return standardized.all[r]; }), vcov);
        row.std_lv = expression.evaluate(std_lv, &df);
        row.std_lv_se = delta_se(jacobian(df, [&](std::size_t r) { return standardized.lv[r]; }), vcov);
    }
}

}  // namespace jalur

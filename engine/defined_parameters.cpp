#include "engine/defined_parameters.hpp"

#include <cmath>

#include "engine/expression.hpp"
#include "engine/wald.hpp"

namespace jalur {

void evaluate_defined(ParameterTable& table, const Eigen::MatrixXd& vcov, const StandardizedGradients& standardized) {
    const auto q = vcov.rows();
    for (auto& row : table.rows) {
        if (row.op != Op::Defined) continue;
        Expression expression;
        try {
            expression = Expression::parse(row.rhs);
        } catch (const ExpressionError& e) {
            throw InputError(row.where, std::string("defined parameter '") + row.lhs + "': " + e.what());
        }
        const auto& symbols = expression.symbols();
        const auto k = static_cast<Eigen::Index>(symbols.size());
        Eigen::VectorXd est(k), std_all(k), std_lv(k);
        std::vector<std::size_t> source(symbols.size());
        for (Eigen::Index s = 0; s < k; ++s) {
            const ParameterRow* labelled = table.find_label(symbols[s]);
            if (!labelled)
                throw InputError(row.where, "defined parameter '" + row.lhs + "' uses '" + symbols[s] +
                                                "', expected a label of a model parameter");
            source[s] = static_cast<std::size_t>(labelled - table.rows.data());
            est[s] = labelled->est;
            std_all[s] = labelled->std_all;
            std_lv[s] = labelled->std_lv;
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

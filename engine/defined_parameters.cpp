#include "engine/defined_parameters.hpp"

#include "engine/expression.hpp"
#include "engine/wald.hpp"

namespace jalur {

void evaluate_defined(ParameterTable& table, const Eigen::MatrixXd& vcov) {
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
        std::vector<const ParameterRow*> source(symbols.size());
        for (Eigen::Index s = 0; s < k; ++s) {
            source[s] = table.find_label(symbols[s]);
            if (!source[s])
                throw InputError(row.where, "defined parameter '" + row.lhs + "' uses '" + symbols[s] +
                                                "', expected a label of a model parameter");
            est[s] = source[s]->est;
            std_all[s] = source[s]->std_all;
            std_lv[s] = source[s]->std_lv;
        }
        Eigen::VectorXd gradient;
        row.est = expression.evaluate(est, &gradient);
        Eigen::VectorXd jacobian = Eigen::VectorXd::Zero(vcov.rows());
        for (Eigen::Index s = 0; s < k; ++s)
            if (source[s]->index >= 0) jacobian[source[s]->index] += gradient[s];
        const Estimate e = wald_estimate(row.est, delta_se(jacobian, vcov), expression.evaluate(std_all));
        row.se = e.se;
        row.z = e.z;
        row.pvalue = e.pvalue;
        row.std_all = e.std_all;
        row.std_lv = expression.evaluate(std_lv);
    }
}

}  // namespace jalur

#include "engine/inference/modification_indices.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/errors.hpp"
#include "engine/estimation/estimator.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/inference/information.hpp"
#include "engine/estimation/model_objective.hpp"
#include "engine/model/ram_model.hpp"
#include "engine/results/standardized.hpp"

namespace jalur {

namespace {

// A row the model does not have, free at zero.
ParameterRow candidate(const std::string& lhs, Op op, const std::string& rhs) {
    ParameterRow row = free_row(lhs, op, rhs, false);
    row.value = 0.0;
    return row;
}

// lavaan's lav_partable_full() for one group without a mean structure, less the rows the model has.
std::vector<ParameterRow> candidates(const ParameterTable& table, const std::vector<std::string>& observed) {
    std::vector<std::string> latent = table.latent(), regression_variables, indicators, exogenous_x;
    for (const auto& row : table.rows) {
        if (row.op == Op::Regression)
            for (const auto& v : {row.lhs, row.rhs})
                if (!contains(regression_variables, v)) regression_variables.push_back(v);
        if (row.op == Op::Loading && !contains(indicators, row.rhs) && contains(observed, row.rhs))
            indicators.push_back(row.rhs);
    }
    for (const auto& v : observed)  // lavaan's ov.x: exogenous observed predictors in regressions
        if (!table.is_endogenous(v) && contains(regression_variables, v)) exogenous_x.push_back(v);
    // Rows in a variable order that follows the data, as lavaan's ov.names do.
    auto in_order = [&](std::vector<std::string> names) {
        std::vector<std::string> ordered;
        for (const auto& v : observed)
            if (contains(names, v)) ordered.push_back(v);
        for (const auto& v : names)
            if (!contains(ordered, v)) ordered.push_back(v);
        return ordered;
    };
    std::vector<ParameterRow> out;
    auto add = [&](const std::string& lhs, Op op, const std::string& rhs) {
        const bool exists = op == Op::Loading ? std::any_of(table.rows.begin(), table.rows.end(), [&](const ParameterRow& r) {
            return r.op == Op::Loading && r.lhs == lhs && r.rhs == rhs;
        }) : table.find(lhs, op, rhs) != nullptr;
        if (!exists) out.push_back(candidate(lhs, op, rhs));
    };
    for (const auto& f : latent)
        for (const auto& v : observed)
            if (!contains(regression_variables, v)) add(f, Op::Loading, v);
    auto pairs = [&](const std::vector<std::string>& group) {
        for (std::size_t i = 0; i < group.size(); ++i)
            for (std::size_t j = 0; j < i; ++j) add(group[i], Op::Covariance, group[j]);
    };
    pairs(in_order(indicators));
    pairs(in_order(exogenous_x));
    pairs(latent);
    for (const auto& y : regression_variables)
        for (const auto& x : regression_variables)
            if (y != x && !(contains(indicators, y) && contains(latent, x))) add(y, Op::Regression, x);
    return out;
}

// I_k·ᵀ I₂₂⁻¹ I_k· for every row k of the columns (q × q block I₂₂ on top): ‖L⁻¹ I_k·‖² with I₂₂ = LLᵀ, or
// through the inverse when I₂₂ is not numerically positive definite. Rows go in blocks: blocked solves are
// fast, and a block's solution is small where all rows at once would double the memory of the columns.
Eigen::VectorXd explained_information(const Eigen::MatrixXd& columns, int q) {
    constexpr Eigen::Index kBlock = 1024;
    const Eigen::LLT<Eigen::MatrixXd> i22(columns.topRows(q));
    const bool positive_definite = i22.info() == Eigen::Success;
    const Eigen::MatrixXd i22_inverse = positive_definite ? Eigen::MatrixXd() : Eigen::MatrixXd(columns.topRows(q).inverse());
    Eigen::VectorXd out(columns.rows());
    for (Eigen::Index start = 0; start < columns.rows(); start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, columns.rows() - start);
        const auto block = columns.middleRows(start, rows);
        if (positive_definite)
            out.segment(start, rows) = i22.matrixL().solve(block.transpose()).colwise().squaredNorm().transpose();
        else
            out.segment(start, rows) = (block * i22_inverse).cwiseProduct(block).rowwise().sum();
    }
    return out;
}

InformationColumns columns_of(const Eigen::MatrixXd& information, int q) {
    return {information.leftCols(q), information.diagonal()};
}

}  // namespace

std::vector<ModificationIndex> modification_indices(const FitResult& fit, Progress* progress) {
    // The score tests below ignore constraints: under them lavaan's differ, so none rather than wrong ones.
    if (!fit.table.constraints.empty())
        throw InputError(fit.table.constraints.front().where,
                         "modification indices of a model with constraints are not supported yet, expected a model "
                         "without constraints (or no --mi).");
    // The model with every parameter it fixes freed at its value (lavaan's all.free: a marker, a fixed mean,
    // loadings fixed by a shared label) and every candidate added, free, at zero: Σ is unchanged. Freed rows
    // whose score test is not identified (a marker) drop out below, as lavaan's NA rows do.
    ParameterTable extended = fit.table;
    const int q = fit.table.free_count();
    int next = q;
    std::vector<ParameterRow> tested;  // in lavaan's order: the model's fixed rows, then the added ones
    for (auto& row : extended.rows) {
        if (row.index >= 0 || row.op == Op::Defined) continue;
        row.index = next++;
        tested.push_back(row);
    }
    for (const auto& row : candidates(fit.table, fit.observed)) {
        extended.rows.push_back(row);
        extended.rows.back().index = next++;
        tested.push_back(row);
    }
    const RamModel model = compile_ram(extended, fit.observed);
    Eigen::VectorXd theta = model.estimates(fit.table);
    for (std::size_t c = 0; c < tested.size(); ++c) theta[q + static_cast<Eigen::Index>(c)] = tested[c].value;

    // With a mean structure the score test is that of the whole model (means included), as lavaan's;
    // intercepts are not among the candidates.
    ModelObjective objective(model, make_discrepancy(fit.estimator, fit.sample_covariance, fit.sample_means,
                                                     fit.moment_weight ? &*fit.moment_weight : nullptr));
    double f = 0;
    Eigen::VectorXd gradient;
    if (!objective.evaluate(theta, &f, &gradient))
        throw NumericalError("modification indices: the estimates give an implied covariance matrix that is not"
                             " positive definite, expected the estimates of a converged fit");
    // lavaan's score is the gradient of its objective: ½F for ML; for the least-squares estimators F/2 · n/N,
    // its fmin = χ²/(2N) with χ² = n F (n = N − 1 for GLS).
    const Eigen::VectorXd g =
        gradient / 2 * (is_least_squares(fit.estimator) ? fit.n_inference / static_cast<double>(fit.n) : 1.0);
    // Only the model's own columns and the diagonal: the full information of the extended model would be
    // (q + candidates)² entries, most of them never used.
    begin_stage(progress, "modification indices 1/2", static_cast<std::size_t>(model.parameter_count));
    // Each estimator's own expected information, as lavaan's: ULS, DWLS and WLS through their weight on the
    // moments (the whole matrix of the extended model), ML and GLS through Γ = Σ or S.
    const InformationColumns info = fit.moment_weight ? columns_of(objective.expected_information(theta), q)
                                                      : objective.information_columns(theta, q, progress);
    const ImpliedMoments& implied = objective.implied();  // with the covariances of all variables
    // Each candidate's variance V_k = I_kk − I_k·ᵀ I₂₂⁻¹ I_k·, for all candidates at once: one blocked
    // triangular solve instead of a matrix-vector product per candidate.
    const Eigen::VectorXd explained = explained_information(info.columns, q);
    const double tolerance = std::cbrt(std::numeric_limits<double>::epsilon());

    std::vector<ModificationIndex> out;
    begin_stage(progress, "modification indices 2/2", tested.size());
    for (std::size_t c = 0; c < tested.size(); ++c) {
        report_done(progress, c);  // first: the `continue` below skips the end of the loop
        const int k = q + static_cast<int>(c);
        const double V = info.diagonal[k] - explained[k];
        if (!(V >= tolerance)) continue;  // not identified when freed
        ModificationIndex m;
        m.lhs = tested[c].lhs;
        m.op = tested[c].op;
        m.rhs = tested[c].rhs;
        m.mi = fit.n * g[k] * g[k] / V;  // lavaan multiplies by N under either likelihood (LISREL: N − 1)
        m.epc = -g[k] / V;
        const StandardizationFactors scale = standardization_factors(tested[c], implied);
        m.sepc_all = m.epc * scale.all;
        m.sepc_lv = m.epc * scale.lv;
        out.push_back(m);
    }
    report_done(progress, tested.size());
    return out;
}

}  // namespace jalur

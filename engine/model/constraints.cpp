#include "engine/model/constraints.hpp"

#include <cmath>
#include <string>

#include "engine/errors.hpp"

namespace jalur {

namespace {

Eigen::VectorXd symbol_values(const ParsedConstraint& c, const Eigen::VectorXd& theta) {
    Eigen::VectorXd values(static_cast<Eigen::Index>(c.parameter.size()));
    for (std::size_t s = 0; s < c.parameter.size(); ++s)
        values[static_cast<Eigen::Index>(s)] = c.parameter[s] >= 0 ? theta[c.parameter[s]] : c.fixed[s];
    return values;
}

// Affine in its symbols: the same gradient at two unrelated points, and the value at the second predicted from
// the first. Exact for sums of multiples of labels; a product, quotient or function of labels fails it.
bool is_affine(const Expression& e) {
    const auto k = static_cast<Eigen::Index>(e.symbols().size());
    Eigen::VectorXd u(k), v(k);
    for (Eigen::Index s = 0; s < k; ++s) {
        u[s] = 0.731 + 0.173 * static_cast<double>(s);
        v[s] = -1.379 + 0.619 * static_cast<double>((s * 7) % 5);
    }
    Eigen::VectorXd gu, gv;
    const double hu = e.evaluate(u, &gu);
    const double hv = e.evaluate(v, &gv);
    if (!std::isfinite(hu) || !std::isfinite(hv) || !gu.allFinite() || !gv.allFinite()) return false;
    const double scale = 1.0 + gu.cwiseAbs().sum() + std::abs(hu);
    return (gu - gv).cwiseAbs().maxCoeff() <= 1e-12 * scale && std::abs(hu + gu.dot(v - u) - hv) <= 1e-12 * scale;
}

std::string what(const Constraint& c) { return "constraint '" + c.text() + "'"; }

LinearEqualities linear_equalities(const ParameterTable& table, const std::vector<ParsedConstraint>& all, int q) {
    std::vector<const ParsedConstraint*> linear;
    for (const ParsedConstraint& c : all)
        if (c.linear) linear.push_back(&c);
    LinearEqualities out;
    if (linear.empty()) {
        out.K = Eigen::MatrixXd::Identity(q, q);
        out.theta0 = Eigen::VectorXd::Zero(q);
        return out;
    }
    // A θ = b: each row the constant gradient of h, b = −h(0).
    const auto r = static_cast<Eigen::Index>(linear.size());
    Eigen::MatrixXd A(r, q);
    Eigen::VectorXd b(r);
    const Eigen::VectorXd zero = Eigen::VectorXd::Zero(q);
    for (Eigen::Index i = 0; i < r; ++i) {
        Eigen::VectorXd gradient;
        b[i] = -linear[i]->evaluate(zero, &gradient);
        A.row(i) = gradient.transpose();
    }
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(A, Eigen::ComputeFullU | Eigen::ComputeFullV);
    svd.setThreshold(1e-10);
    out.rank = static_cast<int>(svd.rank());
    const Eigen::VectorXd theta0 = svd.solve(b);
    const SourceLocation& first = table.constraints[linear.front()->index].where;
    if ((A * theta0 - b).cwiseAbs().maxCoeff() > 1e-8 * (1.0 + b.cwiseAbs().maxCoeff()))
        throw InputError(first, "the linear equality constraints contradict each other (or a fixed parameter), expected "
                                "constraints that some parameter values satisfy.");
    if (out.rank == 0)
        throw InputError(first, what(table.constraints[linear.front()->index]) +
                                    " does not involve a free parameter, expected a constraint on free parameters.");
    if (out.rank >= q)
        throw InputError(first, "the equality constraints determine every free parameter, expected at least one "
                                "parameter left to estimate.");
    out.K = svd.matrixV().rightCols(q - out.rank);
    out.theta0 = theta0;
    return out;
}

}  // namespace

double ParsedConstraint::evaluate(const Eigen::VectorXd& theta, Eigen::VectorXd* gradient) const {
    Eigen::VectorXd d;
    const double h = difference.evaluate(symbol_values(*this, theta), gradient ? &d : nullptr);
    if (gradient) {
        gradient->setZero(theta.size());
        for (std::size_t s = 0; s < parameter.size(); ++s)
            if (parameter[s] >= 0) (*gradient)[parameter[s]] += d[static_cast<Eigen::Index>(s)];
    }
    return h;
}

std::vector<const ParsedConstraint*> Constraints::general() const {
    std::vector<const ParsedConstraint*> out;
    for (const ParsedConstraint& c : all)
        if (!c.linear) out.push_back(&c);
    return out;
}

Constraints parse_constraints(const ParameterTable& table, int q, const std::vector<DefinedParameter>& defined) {
    Constraints out;
    const auto definition = [&](const std::string& name) { return find_defined(table, defined, name); };
    for (std::size_t i = 0; i < table.constraints.size(); ++i) {
        const Constraint& constraint = table.constraints[i];
        ParsedConstraint c;
        c.index = i;
        c.relation = constraint.relation;
        try {
            c.difference =
                Expression::parse("(" + constraint.lhs + ") - (" + constraint.rhs + ")").substitute(definition);
        } catch (const ExpressionError& e) {
            throw InputError(constraint.where, what(constraint) + ": " + e.what());
        }
        for (const std::string& symbol : c.difference.symbols()) {
            const ParameterRow* labelled = table.find_label(symbol);
            if (!labelled)
                throw InputError(constraint.where,
                                 what(constraint) + " uses '" + symbol +
                                     "', expected a label of a model parameter or a defined parameter.");
            c.parameter.push_back(labelled->index);
            c.fixed.push_back(labelled->index >= 0 ? kNaN : labelled->value);
        }
        c.linear = c.relation == Relation::Equal && is_affine(c.difference);
        out.all.push_back(std::move(c));
    }
    out.linear = linear_equalities(table, out.all, q);
    return out;
}

int Constraints::equality_count() const {
    int count = linear.rank;
    for (const ParsedConstraint& c : all)
        if (!c.linear && c.relation == Relation::Equal) ++count;
    return count;
}

Eigen::MatrixXd active_basis(const Constraints& constraints, const Eigen::VectorXd& theta) {
    const auto general = constraints.general();
    const Eigen::MatrixXd& K = constraints.linear.K;
    std::vector<Eigen::VectorXd> rows;
    for (const ParsedConstraint* c : general) {
        Eigen::VectorXd gradient;
        const double h = c->evaluate(theta, &gradient);
        if (c->relation == Relation::Equal || std::abs(h) <= 1e-6) rows.push_back(K.transpose() * gradient);
    }
    if (rows.empty()) return K;
    Eigen::MatrixXd H(static_cast<Eigen::Index>(rows.size()), K.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) H.row(static_cast<Eigen::Index>(i)) = rows[i].transpose();
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(H, Eigen::ComputeFullV);
    svd.setThreshold(1e-10);
    return K * svd.matrixV().rightCols(K.cols() - svd.rank());
}

void evaluate_constraints(ParameterTable& table, const Constraints& constraints, const Eigen::VectorXd& theta) {
    for (const ParsedConstraint& c : constraints.all) table.constraints[c.index].slack = c.evaluate(theta);
}

}  // namespace jalur

#include "engine/simulation/population.hpp"

#include "engine/errors.hpp"
#include "engine/model/implied_moments.hpp"
#include "engine/model/model_defaults.hpp"
#include "engine/model/ram_model.hpp"

namespace jalur {

Population population_of(const ParameterTable& user_table, const SourceLocation& where) {
    const bool means = std::any_of(user_table.rows.begin(), user_table.rows.end(),
                                   [](const ParameterRow& r) { return r.op == Op::Intercept; });
    Population population;
    population.table = with_default_parameters(user_table, Identification::Marker, means);
    for (ParameterRow& row : population.table.rows) {
        if (row.op == Op::Defined || !row.free) continue;
        if (!row.user && row.op == Op::Covariance && !row.is_variance()) {
            row.free = false;  // a covariance the model does not write is 0 in the population
            row.value = 0;
            continue;
        }
        if (!row.user && row.op == Op::Intercept) {
            row.free = false;
            row.value = 0;
            continue;
        }
        const std::string example = row.lhs + " " + op_symbol(row.op) + " " + "1.5*" + row.rhs;
        throw InputError(row.user ? row.where : where,
                         "the population parameter " + row.lhs + " " + op_symbol(row.op) + " " + row.rhs +
                             (row.user ? "" : " (a variance every model has)") +
                             " has no value, expected every parameter of the population given one (e.g. " +
                             (row.op == Op::Intercept ? row.lhs + " ~ 1.5*1" : example) + ")");
    }
    population.table.number_free();
    for (const std::string& v : population.table.variables())
        if (!population.table.is_latent(v)) population.observed.push_back(v);
    const RamModel model = compile_ram(population.table, population.observed);
    ImpliedMoments implied(model);
    if (!implied.update(Eigen::VectorXd()))
        throw NumericalError("the population model's paths make I - A singular (a feedback loop with gain 1), "
                             "expected population values that give finite moments");
    population.sigma = implied.sigma();
    population.mu = model.has_means ? Eigen::VectorXd(implied.mu()) : Eigen::VectorXd::Zero(population.sigma.rows());
    if (population.sigma.llt().info() != Eigen::Success)
        throw NumericalError("the population covariance matrix implied by the population values is not positive "
                             "definite, expected variances and paths that give one (check the residual variances)");
    return population;
}

double population_value(const Population& population, const ParameterRow& row) {
    for (const ParameterRow& p : population.table.rows) {
        if (p.op != row.op || p.op == Op::Defined) continue;
        const bool same = p.lhs == row.lhs && p.rhs == row.rhs;
        const bool swapped = p.op == Op::Covariance && p.lhs == row.rhs && p.rhs == row.lhs;
        if (same || swapped) return p.value;
    }
    return kNaN;
}

}  // namespace jalur

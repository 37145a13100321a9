#include "engine/simulation/study.hpp"

#include <tbb/enumerable_thread_specific.h>

#include <algorithm>
#include <cmath>

#include "engine/errors.hpp"
#include "engine/estimation/estimate.hpp"
#include "engine/inference/infer.hpp"
#include "engine/model/prepare.hpp"
#include "engine/resampling/parallel_blocks.hpp"
#include "engine/results/describe.hpp"

namespace jalur {

namespace {

// Replications are run in blocks of this many (condition, replication) pairs, with a progress report after each.
constexpr std::size_t kBlock = 64;

std::string row_name(const ParameterRow& row) {
    return row.op == Op::Defined ? row.lhs : row.lhs + " " + op_symbol(row.op) + " " + row.rhs;
}

// The analysis's table as the fits complete it: prepared once from the population's moments with ML (whose
// defaults every estimator shares).
PreparedProblem prepared_from_population(const StudyAnalysis& analysis, const Population& population) {
    const EstimationOptions& first = analysis.estimators.front().options;
    EstimationOptions options;
    options.identification = first.identification;
    options.exogenous = first.exogenous;
    options.meanstructure = first.meanstructure;
    SampleMoments moments;
    moments.names = population.observed;
    moments.covariance = population.sigma;
    moments.means = population.mu;
    moments.n = 1000;  // any valid N: only the completed table and the defined parameters are used
    return prepare(analysis.table, Data(std::move(moments)), options);
}

bool reported(const ParameterRow& row) { return row.index >= 0 || row.op == Op::Defined; }

const ParameterRow* find_row(const ParameterTable& table, const ParameterRow& like) {
    for (const ParameterRow& row : table.rows)
        if (row.op == like.op && row.lhs == like.lhs && row.rhs == like.rhs) return &row;
    return nullptr;
}

// Everything a fit says that a study summarizes.
void record(const FitResult& fit, const ParameterTable& reference, ReplicateFit& out) {
    for (const ParameterRow& row : reference.rows) {
        if (!reported(row)) continue;
        ParameterOutcome o;
        if (const ParameterRow* r = find_row(fit.table, row)) {
            o = {r->est, r->se, r->ci.lower, r->ci.upper, r->pvalue};
            out.heywood |= r->is_variance() && r->est < 0;
        }
        out.parameters.push_back(o);
    }
    const ModelTest& test = fit.tests.back();  // the scaled test when the estimator has one
    out.chisq = test.chisq;
    out.df = std::isfinite(test.df_scaled) ? test.df_scaled : test.df;
    out.pvalue = test.pvalue;
    out.cfi = fit.fit.cfi;
    out.tli = fit.fit.tli;
    out.rmsea = fit.fit.rmsea;
    out.srmr = fit.fit.srmr;
}

// One analysis by one estimator of one data set, through the engine's stages.
void fit_replicate(const StudyAnalysis& analysis, const StudyEstimator& estimator, const ParameterTable& reference,
                   const Data& data, ReplicateFit& out) {
    try {
        PreparedProblem problem = prepare(analysis.table, data, estimator.options);
        EstimationWorkspace workspace(problem);
        const Estimation estimation = estimate(problem, workspace);
        if (!estimation.converged()) {
            out.status = ReplicateStatus::NotConverged;
            out.message = estimation.optimizer.message;
            return;
        }
        const Inference inference = infer(problem, workspace, estimation);
        record(describe(std::move(problem), workspace, estimation, inference), reference, out);
    } catch (const std::runtime_error& e) {  // InputError, IdentificationError, NumericalError: the data set's
        out.status = ReplicateStatus::Failed;
        out.message = e.what();
    }
}

}  // namespace

const char* replicate_status_name(ReplicateStatus status) {
    switch (status) {
        case ReplicateStatus::Converged: return "converged";
        case ReplicateStatus::NotConverged: return "not_converged";
        case ReplicateStatus::Failed: return "failed";
    }
    return "?";
}

std::vector<std::vector<StudyParameter>> study_parameters(const Study& study) {
    std::vector<std::vector<StudyParameter>> out;
    for (const StudyAnalysis& analysis : study.analyses) {
        const PreparedProblem problem = prepared_from_population(analysis, study.population);
        std::vector<StudyParameter> parameters;
        for (const ParameterRow& row : problem.table.rows)
            if (reported(row) && row.op != Op::Defined)
                parameters.push_back({row_name(row), population_value(study.population, row)});
        // A defined parameter's truth: its expression at the population values of the rows it names.
        for (const DefinedParameter& d : problem.defined) {
            Eigen::VectorXd values(static_cast<Eigen::Index>(d.sources.size()));
            for (std::size_t s = 0; s < d.sources.size(); ++s)
                values[static_cast<Eigen::Index>(s)] = population_value(study.population, problem.table.rows[d.sources[s]]);
            parameters.push_back({problem.table.rows[d.row].lhs, d.expression.evaluate(values)});
        }
        out.push_back(std::move(parameters));
    }
    return out;
}

std::vector<ReplicateFit> run_study(const Study& study, const Shard& shard, int threads, Progress* progress) {
    // The completed table of each analysis, to name and order the parameters of its fits (defined ones last, as
    // study_parameters lists them).
    std::vector<ParameterTable> references;
    for (const StudyAnalysis& analysis : study.analyses) {
        ParameterTable table = prepared_from_population(analysis, study.population).table;
        std::stable_partition(table.rows.begin(), table.rows.end(),
                              [](const ParameterRow& r) { return r.op != Op::Defined; });
        references.push_back(std::move(table));
    }
    std::vector<DataGenerator> generators;
    for (const StudyCondition& condition : study.conditions)
        generators.emplace_back(study.population.sigma, study.population.mu, condition.generator);

    // The shard's (condition, replication) pairs, and each pair's first slot among the fits.
    std::vector<std::pair<int, int>> pairs;
    for (int c = 0; c < static_cast<int>(study.conditions.size()); ++c)
        for (int r = 0; r < study.replications; ++r)
            if (shard.contains(r)) pairs.emplace_back(c, r);
    std::vector<std::pair<int, int>> fits_per_pair;  // (analysis, estimator)
    for (int a = 0; a < static_cast<int>(study.analyses.size()); ++a)
        for (int e = 0; e < static_cast<int>(study.analyses[a].estimators.size()); ++e) fits_per_pair.emplace_back(a, e);
    const auto per_pair = fits_per_pair.size();
    std::vector<ReplicateFit> fits(pairs.size() * per_pair);

    tbb::enumerable_thread_specific<Eigen::MatrixXd> buffers;
    auto run_pair = [&](std::size_t i) {
        const auto [c, r] = pairs[i];
        ReplicateStream stream(study.seed, static_cast<std::uint64_t>(r), static_cast<std::uint64_t>(c));
        Eigen::MatrixXd& rows = buffers.local();
        generators[static_cast<std::size_t>(c)].generate(study.conditions[static_cast<std::size_t>(c)].n, stream, rows);
        const Data data = Data::from_rows(study.population.observed, rows);
        for (std::size_t k = 0; k < per_pair; ++k) {
            const auto [a, e] = fits_per_pair[k];
            ReplicateFit& out = fits[i * per_pair + k];
            out.condition = c;
            out.replication = r;
            out.analysis = a;
            out.estimator = e;
            const StudyAnalysis& analysis = study.analyses[static_cast<std::size_t>(a)];
            fit_replicate(analysis, analysis.estimators[static_cast<std::size_t>(e)],
                          references[static_cast<std::size_t>(a)], data, out);
        }
    };

    run_in_blocks(pairs.size(), threads, kBlock, "simulating", progress, run_pair);
    return fits;
}

}  // namespace jalur

#include "report/csv/csv_tables.hpp"

#include <stdexcept>

#include "report/common/csv_field.hpp"
#include "report/common/number_format.hpp"
#include "report/csv/csv_report.hpp"
#include "report/fit/bootstrap_summary.hpp"
#include "report/json/json_report.hpp"

namespace jalur::report {

namespace {

// ",est,se,z,pvalue,std_all,ci_lower,ci_upper" of an estimate.
std::string estimate_cells(const Estimate& e) {
    std::string out;
    for (double value : {e.est, e.se, e.z, e.pvalue, e.std_all, e.ci.lower, e.ci.upper})
        out += ',' + significant_number(value);
    return out;
}

template <typename T>
const T& required(const std::optional<T>& value, const char* what) {
    if (!value) throw std::logic_error(std::string("the CSV table needs ") + what + ", which were not computed");
    return *value;
}

}  // namespace

std::string render_csv_effects(const FitResult& result) {
    std::string out = "from,to,type,est,se,z,pvalue,std_all,ci_lower,ci_upper\n";
    for (const Effect& e : result.effects)
        for (const EffectPart& part : effect_parts(e))
            out += csv_field(e.from) + ',' + csv_field(e.to) + ',' + part.key + estimate_cells(part.estimate) + '\n';
    return out;
}

std::string render_csv_r2(const FitResult& result) {
    std::string out = "variable,r2\n";
    for (const auto& [variable, value] : result.r2) out += csv_field(variable) + ',' + significant_number(value) + '\n';
    return out;
}

std::string render_csv_reduced_form(const FitResult& result) {
    std::string out = "outcome,from,est,se,z,pvalue,std_all,ci_lower,ci_upper,error_variance,r2\n";
    for (const ReducedFormEquation& eq : result.reduced_form)
        for (const auto& [from, estimate] : eq.terms)
            out += csv_field(eq.outcome) + ',' + csv_field(from) + estimate_cells(estimate) + ',' +
                   significant_number(eq.error_variance) + ',' + significant_number(eq.r2) + '\n';
    return out;
}

std::string render_csv_fit(const FitMeasures& fit) {
    // Through the JSON object (the engine's names, sorted as the JSON report writes them): the two reports
    // cannot drift apart.
    const Json measures = fit_json(fit);
    std::string out = "measure,value\n";
    for (const auto& [name, value] : measures.items())
        out += csv_field(name) + ',' + (value.is_null() ? "" : significant_number(value.get<double>())) + '\n';
    return out;
}

std::string render_csv_residuals(const std::vector<std::string>& observed, const Residuals& residuals) {
    std::string out = "row,col,raw,correlation,normalized,standardized\n";
    for (Eigen::Index i = 0; i < residuals.raw.rows(); ++i)
        for (Eigen::Index j = 0; j <= i; ++j) {
            out += csv_field(observed[static_cast<std::size_t>(i)]) + ',' + csv_field(observed[static_cast<std::size_t>(j)]);
            for (const Eigen::MatrixXd* m : {&residuals.raw, &residuals.correlation, &residuals.normalized,
                                             &residuals.standardized})
                out += ',' + significant_number((*m)(i, j));
            out += '\n';
        }
    return out;
}

std::string render_csv_validity(const ConstructValidity& validity) {
    std::string out = "factor,indicators,omega,composite_reliability,ave,fornell_larcker_holds\n";
    for (std::size_t i = 0; i < validity.factors.size(); ++i) {
        const auto& f = validity.factors[i];
        std::string indicators;  // space-separated: names hold no spaces
        for (const auto& name : f.indicators) indicators += (indicators.empty() ? "" : " ") + name;
        out += csv_field(f.factor) + ',' + csv_field(indicators);
        for (double value : {f.omega, f.composite_reliability, f.ave}) out += ',' + significant_number(value);
        out += std::string(",") + (validity.fornell_larcker_holds(i) ? "true" : "false") + '\n';
    }
    return out;
}

std::string render_csv_wald(const ConstraintWaldTests& tests) {
    std::string out = "test,constraint,value,statistic,df,pvalue\n";
    const auto line = [&](const char* kind, const ConstraintWaldTest& t) {
        out += std::string(kind) + ',' + csv_field(t.constraint) + ',' + significant_number(t.value) + ',' +
               significant_number(t.statistic) + ',' + std::to_string(t.df) + ',' + significant_number(t.pvalue) + '\n';
    };
    for (const ConstraintWaldTest& t : tests.each) line("each", t);
    if (tests.joint) line("joint", *tests.joint);
    return out;
}

std::string render_csv_bootstrap(const BootstrapResult& run, const ParameterTable& table) {
    std::string out = "quantity,estimate,se,bias,mean,replicates,perc_lower,perc_upper,bca_lower,bca_upper,"
                      "bca_simple_lower,bca_simple_upper,basic_lower,basic_upper,norm_lower,norm_upper\n";
    for (const BootstrapQuantity& q : run.quantities) {
        const BootstrapSummary& s = q.summary;
        out += csv_field(quantity_key(q, table));
        for (double value : {q.estimate, s.se, s.bias, s.mean}) out += ',' + significant_number(value);
        out += ',' + std::to_string(s.replicates);
        for (const ConfidenceInterval& ci : {s.percentile, s.bca, s.bca_simple, s.basic, s.normal})
            out += ',' + significant_number(ci.lower) + ',' + significant_number(ci.upper);
        out += '\n';
    }
    return out;
}

std::string bootstrap_draws_csv(const BootstrapResult& run, const ParameterTable& table) {
    std::string out = "replicate,outcome";
    for (const BootstrapQuantity& q : run.quantities) out += ',' + csv_field(quantity_key(q, table));
    if (run.options.type == BootstrapType::BollenStine) out += ",chisq";
    out += '\n';
    for (Eigen::Index r = 0; r < run.draws.rows(); ++r) {
        const ReplicateOutcome outcome = run.outcomes[static_cast<std::size_t>(r)];
        out += std::to_string(r + 1) + ',' +
               (outcome == ReplicateOutcome::Used
                    ? (run.inadmissible[static_cast<std::size_t>(r)] ? "inadmissible" : "used")
                    : outcome == ReplicateOutcome::NotConverged ? "not_converged" : "unusable_sample");
        for (Eigen::Index k = 0; k < run.draws.cols(); ++k) out += ',' + significant_number(run.draws(r, k), 17);
        if (run.options.type == BootstrapType::BollenStine) out += ',' + significant_number(run.chisq[r], 17);
        out += '\n';
    }
    return out;
}

std::string render_csv_table(const FitResult& result, const ReportContext& context) {
    switch (context.csv_table) {
        case CsvTable::Parameters: return render_csv_report(result);
        case CsvTable::Effects: return render_csv_effects(result);
        case CsvTable::RSquared: return render_csv_r2(result);
        case CsvTable::ReducedForm: return render_csv_reduced_form(result);
        case CsvTable::Fit: return render_csv_fit(result.fit);
        case CsvTable::ModificationIndices:
            return render_csv_modification_indices(required(context.modification_indices, "modification indices"));
        case CsvTable::Residuals:
            return render_csv_residuals(result.observed, required(context.residuals, "residuals"));
        case CsvTable::Validity: return render_csv_validity(required(context.validity, "construct validity"));
        case CsvTable::Wald: return render_csv_wald(required(context.wald_tests, "Wald tests"));
        case CsvTable::Bootstrap: return render_csv_bootstrap(required(result.bootstrap, "the bootstrap"), result.table);
    }
    return {};
}

}  // namespace jalur::report

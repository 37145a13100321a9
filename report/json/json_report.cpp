#include "report/json/json_report.hpp"

#include "report/fit/bootstrap_summary.hpp"

#include "engine/results/named_fit_measures.hpp"
#include "report/common/fit_measure_catalogue.hpp"

namespace jalur::report {

namespace {

Json estimate_json(const Estimate& e) {
    return Json{{"est", json_number(e.est)},
                {"se", json_number(e.se)},
                {"z", json_number(e.z)},
                {"pvalue", json_number(e.pvalue)},
                {"std_all", json_number(e.std_all)},
                {"ci_lower", json_number(e.ci.lower)},
                {"ci_upper", json_number(e.ci.upper)}};
}

Json optional_estimate_json(const std::optional<Estimate>& e) { return e ? estimate_json(*e) : Json(nullptr); }

Json parameter_json(const ParameterRow& row) {
    const bool fixed = is_fixed(row);
    return Json{{"lhs", row.lhs},
                {"op", op_symbol(row.op)},
                {"rhs", row.rhs},
                {"label", row.label},
                {"free", row.free},
                {"est", json_number(row.est)},
                {"se", fixed ? Json(nullptr) : json_number(row.se)},
                {"z", fixed ? Json(nullptr) : json_number(row.z)},
                {"pvalue", fixed ? Json(nullptr) : json_number(row.pvalue)},
                {"std_lv", json_number(row.std_lv)},
                {"std_lv_se", json_number(row.std_lv_se)},
                {"std_all", json_number(row.std_all)},
                {"std_all_se", json_number(row.std_all_se)},
                {"ci_lower", fixed ? Json(nullptr) : json_number(row.ci.lower)},
                {"ci_upper", fixed ? Json(nullptr) : json_number(row.ci.upper)},
                {"std_lv_ci_lower", json_number(row.std_lv_ci.lower)},
                {"std_lv_ci_upper", json_number(row.std_lv_ci.upper)},
                {"std_all_ci_lower", json_number(row.std_all_ci.lower)},
                {"std_all_ci_upper", json_number(row.std_all_ci.upper)}};
}

const char* termination_name(Termination t) {
    switch (t) {
        case Termination::Converged: return "converged";
        case Termination::AtStart: return "at_start";
        case Termination::EvaluationLimit: return "evaluation_limit";
        case Termination::Stalled: return "stalled";
        case Termination::InfeasibleStart: return "infeasible_start";
        case Termination::Failed: return "failed";
    }
    return "unknown";
}

Json matrix_json(const std::vector<std::string>& names, const Eigen::MatrixXd& m) {
    Json rows = Json::array();
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        Json row = Json::array();
        for (Eigen::Index j = 0; j < m.cols(); ++j) row.push_back(json_number(m(i, j)));
        rows.push_back(std::move(row));
    }
    return Json{{"names", names}, {"matrix", std::move(rows)}};
}

Json factor_matrix_json(const ConstructValidity& v, const Eigen::MatrixXd& m) {
    std::vector<std::string> names;
    for (const auto& f : v.factors) names.push_back(f.factor);
    return matrix_json(names, m);
}

Json construct_validity_json(const ConstructValidity& v) {
    Json factors = Json::array();
    for (std::size_t i = 0; i < v.factors.size(); ++i) {
        const auto& f = v.factors[i];
        factors.push_back(Json{{"factor", f.factor},
                               {"indicators", f.indicators},
                               {"omega", json_number(f.omega)},
                               {"composite_reliability", json_number(f.composite_reliability)},
                               {"ave", json_number(f.ave)},
                               {"fornell_larcker_holds", v.fornell_larcker_holds(i)}});
    }
    return Json{{"factors", std::move(factors)},
                {"factor_correlations", factor_matrix_json(v, v.factor_correlations)},
                {"htmt", factor_matrix_json(v, v.htmt)},
                {"htmt2", factor_matrix_json(v, v.htmt2)},
                {"notes", v.notes}};
}

}  // namespace

Json fit_json(const FitMeasures& fit) {
    Json out = Json::object();
    for (const NamedFitMeasure& measure : named_fit_measures(fit))
        out[std::string(measure.name)] = fit_measure_entry(measure.name).kind == FitMeasureKind::Count
                                             ? Json(static_cast<long long>(measure.value))
                                             : json_number(measure.value);
    return out;
}

namespace {

Json modification_indices_json(const std::vector<ModificationIndex>& indices) {
    Json rows = Json::array();
    for (const ModificationIndex& m : indices)
        rows.push_back(Json{{"lhs", m.lhs},
                            {"op", op_symbol(m.op)},
                            {"rhs", m.rhs},
                            {"mi", json_number(m.mi)},
                            {"epc", json_number(m.epc)},
                            {"sepc_lv", json_number(m.sepc_lv)},
                            {"sepc_all", json_number(m.sepc_all)}});
    return rows;
}

Json wald_test_json(const ConstraintWaldTest& t) {
    return Json{{"constraint", t.constraint},
                {"value", json_number(t.value)},
                {"statistic", json_number(t.statistic)},
                {"df", t.df},
                {"pvalue", json_number(t.pvalue)}};
}

Json wald_tests_json(const ConstraintWaldTests& tests) {
    Json each = Json::array();
    for (const ConstraintWaldTest& t : tests.each) each.push_back(wald_test_json(t));
    return Json{{"each", std::move(each)}, {"joint", tests.joint ? wald_test_json(*tests.joint) : Json(nullptr)}};
}

Json interval_json(const ConfidenceInterval& ci) {
    return Json{{"lower", json_number(ci.lower)}, {"upper", json_number(ci.upper)}};
}

Json bootstrap_json(const BootstrapResult& run, const ParameterTable& table) {
    Json quantities = Json::array();
    for (const BootstrapQuantity& q : run.quantities) {
        const BootstrapSummary& s = q.summary;
        quantities.push_back(Json{{"quantity", quantity_key(q, table)},
                                  {"estimate", json_number(q.estimate)},
                                  {"se", json_number(s.se)},
                                  {"bias", json_number(s.bias)},
                                  {"mean", json_number(s.mean)},
                                  {"replicates", s.replicates},
                                  {"perc", interval_json(s.percentile)},
                                  {"bca", interval_json(s.bca)},
                                  {"bca_simple", interval_json(s.bca_simple)},
                                  {"basic", interval_json(s.basic)},
                                  {"norm", interval_json(s.normal)}});
    }
    Json doc{{"type", bootstrap_type_name(run.options.type)},
             {"replicates", run.outcomes.size()},
             {"seed", run.options.seed},
             {"replayed", run.replayed},
             {"ci", bootstrap_interval_name(run.options.interval)},
             {"level", json_number(run.level)},
             {"used", run.used},
             {"not_converged", run.not_converged},
             {"unusable_sample", run.unusable},
             {"inadmissible_kept", run.inadmissible_count},
             {"quantities", std::move(quantities)}};
    if (run.options.type == BootstrapType::BollenStine) {
        doc["bollen_stine_pvalue"] = json_number(run.bollen_stine_pvalue);
        doc["chisq"] = json_number(run.observed_chisq);
    }
    return doc;
}

Json residuals_json(const std::vector<std::string>& names, const Residuals& r) {
    return Json{{"raw", matrix_json(names, r.raw)},
                {"correlation", matrix_json(names, r.correlation)},
                {"normalized", matrix_json(names, r.normalized)},
                {"standardized", matrix_json(names, r.standardized)}};
}

}  // namespace

Json json_report(const FitResult& result, const ReportContext& context) {
    Json doc;
    doc["jalur_version"] = JALUR_VERSION;
    doc["title"] = context.title;
    doc["model_file"] = context.model_path;
    doc["converged"] = result.optimizer.converged();
    doc["iterations"] = result.optimizer.iterations;
    doc["evaluations"] = result.optimizer.evaluations;
    doc["optimizer"] = Json{{"termination", termination_name(result.optimizer.termination)},
                            {"message", result.optimizer.message},
                            {"objective", json_number(result.optimizer.value)},
                            {"max_gradient", json_number(result.optimizer.max_gradient)}};
    doc["n"] = result.n;
    doc["n_inference"] = json_number(result.n_inference);
    doc["estimator"] = result.estimator_label;
    doc["se"] = bootstrap_standard_errors(result) ? "bootstrap" : vcov_kind_name(result.vcov_kind);
    doc["information"] = information_name(result.information);
    if (!result.tests.empty()) doc["test"] = result.tests.back().name;  // the scaled one, when there is one
    doc["likelihood"] = result.estimator == Estimator::ML ? Json(likelihood_name(result.likelihood)) : Json(nullptr);
    doc["notes"] = context.notes;
    doc["ci_level"] = json_number(result.ci_level);

    Json parameters = Json::array();
    for (const ParameterRow& row : result.table.rows) parameters.push_back(parameter_json(row));
    doc["parameters"] = std::move(parameters);
    if (!result.table.constraints.empty()) {
        Json constraints = Json::array();
        for (const Constraint& c : result.table.constraints)
            constraints.push_back(Json{{"lhs", c.lhs},
                                       {"op", relation_symbol(c.relation)},
                                       {"rhs", c.rhs},
                                       {"slack", json_number(c.slack)}});
        doc["constraints"] = std::move(constraints);
    }

    Json effects = Json::array();
    for (const Effect& e : result.effects)
        effects.push_back(Json{{"from", e.from},
                               {"to", e.to},
                               {"direct", optional_estimate_json(e.direct)},
                               {"indirect", optional_estimate_json(e.indirect)},
                               {"total", optional_estimate_json(e.total)}});
    doc["effects"] = std::move(effects);

    Json r2 = Json::object();
    for (const auto& [variable, value] : result.r2) r2[variable] = json_number(value);
    doc["r2"] = std::move(r2);

    Json reduced = Json::array();
    for (const ReducedFormEquation& eq : result.reduced_form) {
        Json terms = Json::array();
        for (const auto& [from, estimate] : eq.terms) {
            Json term{{"from", from}};
            term.update(estimate_json(estimate));
            terms.push_back(std::move(term));
        }
        reduced.push_back(Json{{"outcome", eq.outcome},
                               {"terms", std::move(terms)},
                               {"error_variance", json_number(eq.error_variance)},
                               {"r2", json_number(eq.r2)}});
    }
    doc["reduced_form"] = std::move(reduced);

    doc["fit"] = fit_json(result.fit);
    doc["implied_covariance"] = matrix_json(result.observed, result.implied_covariance);
    doc["sample_covariance"] = matrix_json(result.observed, result.sample_covariance);
    if (context.residuals) doc["residuals"] = residuals_json(result.observed, *context.residuals);
    if (context.modification_indices)
        doc["modification_indices"] = modification_indices_json(*context.modification_indices);
    if (context.validity) doc["construct_validity"] = construct_validity_json(*context.validity);
    if (context.wald_tests) doc["wald_tests"] = wald_tests_json(*context.wald_tests);
    if (result.bootstrap) doc["bootstrap"] = bootstrap_json(*result.bootstrap, result.table);
    doc["warnings"] = result.warnings;
    return doc;
}

std::string render_json_report(const FitResult& result, const ReportContext& context) {
    return json_text(json_report(result, context));
}

}  // namespace jalur::report

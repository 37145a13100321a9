#include "report/fit/bootstrap_summary.hpp"

#include "report/common/confidence_interval_text.hpp"
#include "report/common/number_format.hpp"

namespace jalur::report {

namespace {

std::string_view type_label(BootstrapType type) {
    switch (type) {
        case BootstrapType::Nonparametric: return "Nonparametric";
        case BootstrapType::Parametric: return "Parametric";
        case BootstrapType::BollenStine: return "Bollen-Stine";
    }
    return "nonparametric";
}

std::string_view interval_label(BootstrapInterval interval) {
    switch (interval) {
        case BootstrapInterval::Percentile: return "percentile";
        case BootstrapInterval::BCa: return "BCa";
        case BootstrapInterval::BCaSimple: return "bias-corrected";
        case BootstrapInterval::Basic: return "basic";
        case BootstrapInterval::Normal: return "normal";
    }
    return "percentile";
}

std::string row_text(const ParameterRow& row) {
    if (row.op == Op::Defined) return row.lhs;
    return row.lhs + " " + op_symbol(row.op) + " " + row.rhs;
}

}  // namespace

std::string bootstrap_run_line(const BootstrapResult& run, Language language) {
    const BootstrapOptions& o = run.options;
    const std::string type(label(language, type_label(o.type)));
    const std::string interval(label(language, interval_label(o.interval)));
    const std::string percent = fixed_number(100 * run.level, 0);
    std::string out = run.replayed ? format_label(language, "{} bootstrap, {} replayed resamples", type, run.outcomes.size())
                                   : format_label(language, "{} bootstrap, {} replicates (seed {})", type,
                                                  run.outcomes.size(), o.seed);
    // A Bollen–Stine run is a test: it has no intervals.
    if (o.type != BootstrapType::BollenStine) out += ", " + format_label(language, "{} {}% intervals", interval, percent);
    out += ": " + format_label(language, "{} used", run.used);
    if (run.failed() > 0)
        out += ", " + format_label(language, "{} failed ({} not converged, {} with an unusable sample)", run.failed(),
                                   run.not_converged, run.unusable);
    if (run.inadmissible_count > 0)
        out += "; " + format_label(language, "{} inadmissible solutions (a negative variance) kept, as lavaan",
                                   run.inadmissible_count);
    return out;
}

ConfidenceInterval shown_interval(const BootstrapResult& run, const BootstrapSummary& summary) {
    return interval_of(summary, run.options.interval);
}

std::string quantity_label(const BootstrapQuantity& quantity, const ParameterTable& table, Language language) {
    switch (quantity.kind) {
        case QuantityKind::Estimate: return row_text(table.rows[quantity.row]);
        case QuantityKind::Standardized: return format_label(language, "std.all {}", row_text(table.rows[quantity.row]));
        case QuantityKind::RSquared: return format_label(language, "R² {}", quantity.to);
        case QuantityKind::Indirect: return format_label(language, "indirect {} → {}", quantity.from, quantity.to);
        case QuantityKind::Total: return format_label(language, "total {} → {}", quantity.from, quantity.to);
    }
    return {};
}

std::string quantity_key(const BootstrapQuantity& quantity, const ParameterTable& table) {
    switch (quantity.kind) {
        case QuantityKind::Estimate: return "est:" + row_text(table.rows[quantity.row]);
        case QuantityKind::Standardized: return "std:" + row_text(table.rows[quantity.row]);
        case QuantityKind::RSquared: return "r2:" + quantity.to;
        case QuantityKind::Indirect: return "ind:" + quantity.from + "->" + quantity.to;
        case QuantityKind::Total: return "tot:" + quantity.from + "->" + quantity.to;
    }
    return {};
}

std::vector<BootstrapTableRow> bootstrap_table_rows(const BootstrapResult& run, const ParameterTable& table,
                                                   Language language) {
    std::vector<BootstrapTableRow> rows;
    for (const BootstrapQuantity& q : run.quantities)
        rows.push_back({quantity_label(q, table, language), fixed_number(q.estimate, 3), fixed_number(q.summary.se, 3),
                        fixed_number(q.summary.bias, 3), interval_text(shown_interval(run, q.summary), 3)});
    return rows;
}

std::string bollen_stine_line(const BootstrapResult& run, Language language) {
    return format_label(language, "Bollen-Stine bootstrap p-value = {} ({} replicates)",
                        fixed_number(run.bollen_stine_pvalue, 3), run.used);
}

}  // namespace jalur::report

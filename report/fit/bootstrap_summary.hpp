#pragma once
// What every format shows of a bootstrap run: a line saying how it was run and what became of its replicates,
// and a row per quantity (name, estimate, bootstrap SE, bias, the interval of the run's kind).
#include <string>
#include <vector>

#include "engine/resampling/bootstrap_result.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

// "Nonparametric bootstrap, 1000 replicates (seed 1), percentile 95% intervals: 998 used, 2 failed (2 not
// converged, 0 with an unusable sample); 1 inadmissible solution kept" in the report's language (no intervals
// for a Bollen–Stine run).
std::string bootstrap_run_line(const BootstrapResult& run, Language language);

// The interval of the run's kind (BootstrapOptions::interval).
ConfidenceInterval shown_interval(const BootstrapResult& run, const BootstrapSummary& summary);

// A quantity's name: the row as "lhs op rhs" (a defined parameter: its name), "std.all " + that, "R² y",
// "indirect x → y", "total x → y" (Indonesian: "tidak langsung", "total").
std::string quantity_label(const BootstrapQuantity& quantity, const ParameterTable& table, Language language);

// The quantity's machine name (JSON, CSV): the row's name as the parameter table gives it prefixed by its kind:
// "est:", "std:", "r2:", "ind:", "tot:".
std::string quantity_key(const BootstrapQuantity& quantity, const ParameterTable& table);

// A quantity's row of the bootstrap table every format shows: its label, estimate, bootstrap SE and bias (three
// decimals) and the interval of the run's kind ("[0.265, 0.497]").
struct BootstrapTableRow {
    std::string label, estimate, se, bias, interval;
};
std::vector<BootstrapTableRow> bootstrap_table_rows(const BootstrapResult& run, const ParameterTable& table,
                                                   Language language);

// The Bollen–Stine line: "Bollen-Stine bootstrap p-value = 0.123 (998 replicates)".
std::string bollen_stine_line(const BootstrapResult& run, Language language);

}  // namespace jalur::report

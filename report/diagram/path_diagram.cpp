#include "report/diagram/path_diagram.hpp"

#include <cmath>
#include <fmt/format.h>
#include <map>

#include "report/common/number_format.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

namespace {

constexpr const char* kRed = "#d62728";
constexpr const char* kFont = "DejaVu Sans";

// A DOT string literal.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

bool significant(const ParameterRow& row) { return is_fixed(row) || !(std::abs(row.z) < kCriticalT); }

// The value a parameter's arrow shows; empty for a t-value of a fixed parameter (it has none).
std::string value_text(const ParameterRow& row, DiagramValues values) {
    switch (values) {
        case DiagramValues::Estimates: return lisrel_number(row.est);
        case DiagramValues::Standardized: return lisrel_number(row.std_all);
        case DiagramValues::TValues: return is_fixed(row) ? std::string() : fixed_number(row.z, 2);
    }
    return {};
}

// Label and colour attributes of a parameter's arrow.
std::string value_attributes(const ParameterRow& row, DiagramValues values, const char* label_attribute) {
    std::string out = fmt::format("{}={}", label_attribute, quoted(value_text(row, values)));
    if (!significant(row)) out += fmt::format(", color=\"{0}\", fontcolor=\"{0}\"", kRed);
    return out;
}

// Where things go. The indicators of exogenous factors stand left of their factor with their errors further
// left (LISREL's x-side); every other observed variable has its error or variance arrow on the side away from
// the arrows that explain it, and a latent variable has its variance arrow from above.
bool x_side_indicator(const ParameterTable& table, const std::string& variable) {
    bool any = false;
    for (const auto& r : table.rows) {
        if (r.op == Op::Regression && r.lhs == variable) return false;
        if (r.op == Op::Loading && r.rhs == variable) {
            if (table.is_endogenous(r.lhs)) return false;
            any = true;
        }
    }
    return any;
}

bool variance_from_left(const ParameterTable& table, const std::string& observed) {
    return !table.is_endogenous(observed) || x_side_indicator(table, observed);
}

// LISREL's footer; with a scaled test (MLM, MLMV, MLR) its chi-square and the robust RMSEA.
std::string footer(const FitMeasures& fit) {
    if (fit.scaled)
        return fmt::format("Scaled Chi-Square={}, df={}, P-value={}, robust RMSEA={}", fixed_number(fit.scaled->chisq, 2),
                           fit.scaled->df, fixed_number(fit.scaled->pvalue, 5),
                           fixed_number(fit.scaled->rmsea_robust.rmsea, 3));
    return fmt::format("Chi-Square={}, df={}, P-value={}, RMSEA={}", fixed_number(fit.chisq, 2), fit.df,
                       fixed_number(fit.pvalue, 5), fixed_number(fit.rmsea, 3));
}

}  // namespace

std::optional<DiagramValues> parse_diagram_values(std::string_view name) {
    if (name == "estimates") return DiagramValues::Estimates;
    if (name == "standardized") return DiagramValues::Standardized;
    if (name == "tvalues") return DiagramValues::TValues;
    return std::nullopt;
}

std::string path_diagram_dot(const FitResult& result, DiagramValues values) {
    const ParameterTable& table = result.table;
    std::map<std::string, std::string> ids;  // variable → node id
    std::string out = "digraph jalur {\n";
    out += fmt::format(
        "  graph [rankdir=LR, ordering=out, nodesep=0.35, ranksep=0.9, pad=0.25, bgcolor=white, fontname={0}, fontsize=13, "
        "labelloc=b, labeljust=c, label={1}];\n"
        "  node [fontname={0}, fontsize=13, penwidth=1.2, margin=\"0.15,0.06\"];\n"
        "  edge [fontname={0}, fontsize=12, arrowsize=0.7, penwidth=1.1];\n",
        quoted(kFont), quoted(footer(result.fit)));

    // Variables: latent ones as ellipses, observed ones as boxes.
    for (const std::string& variable : table.variables()) {
        const std::string id = fmt::format("v{}", ids.size());
        ids[variable] = id;
        out += fmt::format("  {} [label={}, shape={}];\n", id, quoted(variable),
                           table.is_latent(variable) ? "ellipse" : "box");
    }

    int extra = 0;  // numbering of the value-only nodes of variances
    for (const ParameterRow& row : table.rows) {
        if (row.op == Op::Intercept || row.op == Op::Defined) continue;
        const std::string& from = ids.at(row.predictor());
        const std::string& to = ids.at(row.outcome());
        if (row.is_directed()) {
            // An arrow into an x-side indicator is laid out backwards so the indicator stands left of its factor.
            if (row.op == Op::Loading && x_side_indicator(table, row.rhs))
                out += fmt::format("  {} -> {} [dir=back, {}];\n", to, from, value_attributes(row, values, "label"));
            else
                out += fmt::format("  {} -> {} [{}];\n", from, to, value_attributes(row, values, "label"));
        } else if (row.is_variance()) {
            // A variance or error variance: its value at the end of a short arrow into the variable.
            const std::string node = fmt::format("e{}", extra++);
            out += fmt::format("  {} [shape=plaintext, margin=0, width=0, height=0, {}];\n", node,
                               value_attributes(row, values, "label"));
            if (table.is_latent(row.lhs))  // beside its ellipse, clear of the indicators on either side
                out += fmt::format("  {{rank=same; {0}; {1};}}\n  {1} -> {0};\n", from, node);
            else if (variance_from_left(table, row.lhs))
                out += fmt::format("  {} -> {};\n", node, from);
            else
                out += fmt::format("  {} -> {} [dir=back];\n", from, node);
        } else {
            // A covariance: a curved double-headed arrow that does not take part in the left-to-right order.
            // Between factors it bends out on the right, where no loadings are. xlabel, not label: Graphviz
            // 2.42 frees a flat edge's label twice (a crash in gvFreeLayout).
            const bool factors = table.is_latent(row.lhs) && table.is_latent(row.rhs);
            out += fmt::format("  {} -> {} [dir=both, constraint=false, style=dashed, {}{}];\n", from, to,
                               factors ? "tailport=e, headport=e, " : "", value_attributes(row, values, "xlabel"));
        }
    }
    out += "}\n";
    return out;
}

}  // namespace jalur::report

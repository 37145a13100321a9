#include "report/diagram/path_diagram.hpp"

#include <cmath>
#include <fmt/format.h>
#include <map>
#include <vector>

#include "report/common/estimation_method.hpp"
#include "report/common/number_format.hpp"
#include "report/diagram/covariance_arcs.hpp"
#include "report/diagram/diagram_geometry.hpp"
#include "report/diagram/graphviz_render.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

namespace {

constexpr const char* kRed = "#d62728";
constexpr const char* kFont = "DejaVu Sans";

// A DOT string literal; its lines centred one below the other.
std::string quoted(const std::vector<std::string>& lines) {
    std::string out = "\"";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += "\\n";
        for (char c : lines[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
    }
    return out + '"';
}
std::string quoted(const std::string& text) { return quoted(std::vector<std::string>{text}); }

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
// ", color=…, fontcolor=…" in red for a value whose |t| < 1.96; nothing for the others.
std::string colour_attributes(const ParameterRow& row) {
    return significant(row) ? std::string() : fmt::format(", color=\"{0}\", fontcolor=\"{0}\"", kRed);
}

std::string value_attributes(const ParameterRow& row, DiagramValues values) {
    return "label=" + quoted(value_text(row, values)) + colour_attributes(row);
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

// LISREL's footer, with a scaled test (MLM, MLMV, MLR) its chi-square and the robust RMSEA, and below it the
// estimator. LISREL's words stay English in Indonesian theses, as in the text report; the labels around them do not.
std::vector<std::string> footer(const FitResult& result, Language language) {
    const FitMeasures& fit = result.fit;
    std::string test;
    if (fit.scaled) {
        const double df = fit.scaled->df;
        test = fmt::format("{}={}, df={}, P-value={}, RMSEA (robust)={}",
                           label(language, scaled_chi_square_label(fit.scaled->test)),
                           fixed_number(fit.scaled->chisq, 2),
                           df == std::round(df) ? std::to_string(static_cast<long>(df)) : fixed_number(df, 2),
                           fixed_number(fit.scaled->pvalue, 5), fixed_number(fit.scaled->rmsea_robust.rmsea, 3));
    } else {
        test = fmt::format("Chi-Square={}, df={}, P-value={}, RMSEA={}", fixed_number(fit.chisq, 2), fit.df,
                           fixed_number(fit.pvalue, 5), fixed_number(fit.rmsea, 3));
    }
    return {test, fmt::format("{}: {}", label(language, "Estimator"), result.estimator_label)};
}

// The parts of the drawing before Graphviz places them: nodes and edges as DOT attribute lists.
struct Element {
    std::string id, attributes;
};
struct Arrow {
    std::string tail, head, attributes;
};
struct Covariance {
    std::string from, to;  // the nodes the arc joins: the variables, or the values of their error variances
    std::string value, colour;
};
struct DiagramParts {
    std::vector<Element> nodes;
    std::vector<Arrow> arrows;  // loadings, regressions, variances
    std::vector<std::string> same_rank;  // variance values beside their latent variables
    std::vector<Covariance> covariances;
};

DiagramParts diagram_parts(const FitResult& result, DiagramValues values) {
    const ParameterTable& table = result.table;
    DiagramParts parts;
    std::map<std::string, std::string> ids;       // variable → node id
    std::map<std::string, std::string> variance;  // observed variable → the node of its (error) variance's value
    // Variables: latent ones as ellipses, observed ones as boxes.
    for (const std::string& variable : table.variables()) {
        const std::string id = fmt::format("v{}", ids.size());
        ids[variable] = id;
        parts.nodes.push_back({id, fmt::format("label={}, shape={}", quoted(variable),
                                                table.is_latent(variable) ? "ellipse" : "box")});
    }
    for (const ParameterRow& row : table.rows) {
        if (row.op == Op::Intercept || row.op == Op::Defined) continue;
        const std::string& from = ids.at(row.predictor());
        const std::string& to = ids.at(row.outcome());
        if (row.is_directed()) {
            // An arrow into an x-side indicator is laid out backwards so the indicator stands left of its factor.
            if (row.op == Op::Loading && x_side_indicator(table, row.rhs))
                parts.arrows.push_back({to, from, "dir=back, " + value_attributes(row, values)});
            else
                parts.arrows.push_back({from, to, value_attributes(row, values)});
        } else if (row.is_variance()) {
            // A variance or error variance: its value at the end of a short arrow into the variable, kept
            // straight by its weight.
            const std::string node = fmt::format("e{}", variance.size() + parts.same_rank.size());
            parts.nodes.push_back({node, "shape=plaintext, margin=0, width=0, height=0, " +
                                             value_attributes(row, values)});
            if (table.is_latent(row.lhs)) {  // beside its ellipse, clear of the indicators on either side
                parts.same_rank.push_back(fmt::format("{{rank=same; {}; {};}}", from, node));
                parts.arrows.push_back({node, from, ""});
            } else {
                variance[row.lhs] = node;
                if (variance_from_left(table, row.lhs))
                    parts.arrows.push_back({node, from, "weight=8"});
                else
                    parts.arrows.push_back({from, node, "dir=back, weight=8"});
            }
        }
    }
    // Covariances join the values of the error variances, as LISREL draws correlated errors, or the variables.
    for (const ParameterRow& row : table.rows) {
        if (row.is_directed() || row.is_variance() || row.op != Op::Covariance) continue;
        auto end = [&](const std::string& variable) {
            const auto found = variance.find(variable);
            return found != variance.end() ? found->second : ids.at(variable);
        };
        parts.covariances.push_back({end(row.lhs), end(row.rhs), value_text(row, values), colour_attributes(row)});
    }
    return parts;
}

std::string graph_header(const std::string& graph_attributes, const std::vector<std::string>& footer_lines) {
    return fmt::format(
        "digraph jalur {{\n"
        "  graph [{2}pad=0.25, bgcolor=white, fontname={0}, fontsize=13, labelloc=b, labeljust=c, label={1}];\n"
        "  node [fontname={0}, fontsize=13, penwidth=1.2, margin=\"0.15,0.06\"];\n"
        "  edge [fontname={0}, fontsize=12, arrowsize=0.7, penwidth=1.1];\n",
        quoted(kFont), quoted(footer_lines), graph_attributes);
}

// The first layout: dot places the variables and the arrows, causes left of their effects, without the
// covariances.
std::string ranked_dot(const DiagramParts& parts) {
    std::string out = graph_header("rankdir=LR, ordering=out, nodesep=0.35, ranksep=0.9, ", {});
    for (const Element& node : parts.nodes) out += fmt::format("  {} [{}];\n", node.id, node.attributes);
    for (const std::string& rank : parts.same_rank) out += "  " + rank + "\n";
    for (const Arrow& arrow : parts.arrows)
        out += fmt::format("  {} -> {} [{}];\n", arrow.tail, arrow.head, arrow.attributes);
    // A covariance that joins parts the arrows leave apart (the factors of a CFA) keeps them in the spec's order,
    // as an invisible edge; between parts already joined such an edge would only pull values out of place.
    std::map<std::string, std::string> part;  // node → a node of its part (union–find)
    auto find = [&](std::string node) {
        while (part.count(node) && part[node] != node) node = part[node];
        return node;
    };
    for (const Arrow& arrow : parts.arrows) part[find(arrow.tail)] = find(arrow.head);
    for (const Covariance& covariance : parts.covariances) {
        const std::string from = find(covariance.from), to = find(covariance.to);
        if (from == to) continue;
        part[from] = to;
        out += fmt::format("  {} -> {} [style=invis, constraint=false];\n", covariance.from, covariance.to);
    }
    return out + "}\n";
}

// The values' sizes as Graphviz measures the edge font.
std::vector<Box> value_sizes(const std::vector<Covariance>& covariances) {
    if (covariances.empty()) return {};
    std::string dot = fmt::format("digraph sizes {{\n  node [shape=plaintext, margin=0, width=0, height=0, fontname={}, "
                                  "fontsize=12];\n", quoted(kFont));
    for (std::size_t i = 0; i < covariances.size(); ++i)
        dot += fmt::format("  c{} [label={}];\n", i, quoted(covariances[i].value));
    std::vector<Box> sizes(covariances.size());
    for (const PlacedNode& node : lay_out_graph(dot + "}\n").nodes) sizes.at(std::stoul(node.name.substr(1))) = node.box;
    return sizes;
}

std::string point_text(const Point& point) { return fmt::format("{:.2f},{:.2f}", point.x, point.y); }

std::string spline_text(const std::vector<Point>& spline, const std::vector<std::string>& tips) {
    std::string out;
    for (const std::string& tip : tips) out += tip + " ";
    for (const Point& point : spline) out += point_text(point) + " ";
    out.pop_back();
    return out;
}

}  // namespace

std::optional<DiagramValues> parse_diagram_values(std::string_view name) {
    if (name == "estimates") return DiagramValues::Estimates;
    if (name == "standardized") return DiagramValues::Standardized;
    if (name == "tvalues") return DiagramValues::TValues;
    return std::nullopt;
}

// Two layouts. Graphviz's dot places the variables in LISREL's causal order but draws covariances as it draws any
// edge, through whatever is in the way; so dot lays out the rest, covariance_arcs draws the arcs round it, and the
// DOT jalur writes has every position and curve fixed (layout=nop2: Graphviz's `neato -n2`, which draws what it
// is given).
std::string path_diagram_dot(const FitResult& result, DiagramValues values, Language language) {
    const DiagramParts parts = diagram_parts(result, values);
    const GraphLayout ranked = lay_out_graph(ranked_dot(parts));

    std::map<std::string, const PlacedNode*> placed;
    DrawnParts drawn;
    for (const PlacedNode& node : ranked.nodes) {
        placed[node.name] = &node;
        drawn.boxes.push_back(node.box);
    }
    // The arrows as dot drew them (the covariances' invisible edges are left out), and their labels.
    std::vector<const PlacedEdge*> arrows;
    std::vector<bool> used(ranked.edges.size(), false);
    for (const Arrow& arrow : parts.arrows) {
        std::size_t k = 0;
        while (used.at(k) || ranked.edges[k].tail != arrow.tail || ranked.edges[k].head != arrow.head) ++k;
        used[k] = true;
        arrows.push_back(&ranked.edges[k]);
        if (arrows.back()->label) drawn.boxes.push_back(*arrows.back()->label);
        drawn.lines.push_back(polyline(ranked.edges[k]));
    }
    const std::vector<Box> sizes = value_sizes(parts.covariances);
    std::vector<CovarianceEnds> ends;
    for (std::size_t i = 0; i < parts.covariances.size(); ++i) {
        const PlacedNode& from = *placed.at(parts.covariances[i].from);
        const PlacedNode& to = *placed.at(parts.covariances[i].to);
        ends.push_back({from.box, to.box, from.shape == "ellipse", to.shape == "ellipse", sizes[i].width,
                        sizes[i].height});
    }
    const std::vector<CovarianceArc> arcs = covariance_arcs(ends, drawn);

    // dot puts an arrow's value against its line, and one arrow's value can touch the next arrow of a fan: each
    // moves to the nearest place clear of every line, node and value.
    std::vector<std::vector<Point>> lines = drawn.lines;
    std::vector<Box> fixed;
    for (const PlacedNode& node : ranked.nodes) fixed.push_back(node.box);
    for (const CovarianceArc& arc : arcs) {
        lines.push_back(polyline(arc.spline, arc.from_tip, arc.to_tip));
        fixed.push_back(arc.label);
    }
    std::vector<Box> labels;
    for (const PlacedEdge* edge : arrows)
        if (edge->label) labels.push_back(*edge->label);
    move_labels_clear(labels, fixed, lines);

    std::string out = graph_header("layout=nop2, ", footer(result, language));
    for (const Element& node : parts.nodes)
        out += fmt::format("  {} [{}, pos=\"{}\"];\n", node.id, node.attributes,
                           point_text({placed.at(node.id)->box.x, placed.at(node.id)->box.y}));
    std::size_t next_label = 0;
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        const Arrow& arrow = parts.arrows[i];
        const PlacedEdge& edge = *arrows[i];
        std::vector<std::string> tips;
        if (edge.tail_tip) tips.push_back("s," + point_text(*edge.tail_tip));
        if (edge.head_tip) tips.push_back("e," + point_text(*edge.head_tip));
        std::string attributes = arrow.attributes.empty() ? "" : arrow.attributes + ", ";
        attributes += fmt::format("pos=\"{}\"", spline_text(edge.spline, tips));
        if (edge.label) {
            const Box& label = labels[next_label++];
            attributes += fmt::format(", lp=\"{}\"", point_text({label.x, label.y}));
        }
        out += fmt::format("  {} -> {} [{}];\n", arrow.tail, arrow.head, attributes);
    }
    // Each covariance: a dashed arc with a head at either end, its value a node of its own beside the apex.
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        const Covariance& covariance = parts.covariances[i];
        out += fmt::format("  c{} [shape=plaintext, margin=0, width=0, height=0, fontsize=12, label={}{}, pos=\"{}\"];\n",
                           i, quoted(covariance.value), covariance.colour,
                           point_text({arcs[i].label.x, arcs[i].label.y}));
        out += fmt::format("  {} -> {} [dir=both, style=dashed{}, pos=\"{}\"];\n", covariance.from, covariance.to,
                           covariance.colour,
                           spline_text(arcs[i].spline,
                                       {"s," + point_text(arcs[i].from_tip), "e," + point_text(arcs[i].to_tip)}));
    }
    return out + "}\n";
}

}  // namespace jalur::report

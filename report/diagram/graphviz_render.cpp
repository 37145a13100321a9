#include "report/diagram/graphviz_render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>
#include <stdexcept>

namespace jalur::report {

namespace {

// Graphviz reports through a global error function; jalur collects the messages instead of letting the
// library print (cli/diagnostics.cpp prints).
std::string graphviz_messages;
int collect_message(char* message) {
    graphviz_messages += message;
    return 0;
}

struct GraphDeleter {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};

[[noreturn]] void fail(const std::string& what) {
    std::string message = "Graphviz could not " + what;
    if (!graphviz_messages.empty()) message += ": " + graphviz_messages;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw std::runtime_error(message);
}

// One Graphviz context for the whole process, never freed: the pango plugin keeps a pointer to the last font
// name it measured, which gvFreeContext frees, so a second context read freed memory on its first label (ASan,
// Graphviz 2.42). The static pointer keeps the context reachable: not a leak.
GVC_t* process_context() {
    static GVC_t* const context = gvContext();
    return context;
}

using GraphPointer = std::unique_ptr<Agraph_t, GraphDeleter>;

// Reads the DOT and lays it out with the engine its `layout` attribute names (jalur's diagrams name nop2:
// positions and splines computed by path_diagram_dot), else dot.
GraphPointer laid_out(const std::string& dot, DiagramFormat format) {
    graphviz_messages.clear();
    agseterr(AGERR);  // errors only: warnings about fonts and layout tweaks are not the user's business
    agseterrf(collect_message);

    GVC_t* const context = process_context();
    if (!context) fail("start");
    GraphPointer graph(agmemread(dot.c_str()));
    if (!graph) fail("read the diagram");
    // Graphviz draws at 72 dpi; a picture for a thesis or a slide needs twice that.
    if (format == DiagramFormat::Png || format == DiagramFormat::Jpeg) agsafeset(graph.get(), const_cast<char*>("dpi"), const_cast<char*>("150"), const_cast<char*>(""));
    const char* engine = agget(graph.get(), const_cast<char*>("layout"));
    if (gvLayout(context, graph.get(), engine && *engine ? engine : "dot") != 0) fail("lay out the diagram");
    return graph;
}

Box box_of(const textlabel_t* label) { return {label->pos.x, label->pos.y, label->dimen.x, label->dimen.y}; }

std::string attribute(void* object, const char* name) {
    const char* value = agget(object, const_cast<char*>(name));
    return value ? value : "";
}

}  // namespace

std::optional<DiagramFormat> parse_diagram_format(std::string_view name) {
    if (name == "svg") return DiagramFormat::Svg;
    if (name == "png") return DiagramFormat::Png;
    if (name == "pdf") return DiagramFormat::Pdf;
    if (name == "jpg" || name == "jpeg") return DiagramFormat::Jpeg;
    if (name == "dot") return DiagramFormat::Dot;
    return std::nullopt;
}

std::string render_graph(const std::string& dot, DiagramFormat format) {
    if (format == DiagramFormat::Dot) return dot;
    GVC_t* const context = process_context();
    const GraphPointer graph = laid_out(dot, format);

    char* data = nullptr;
    unsigned int length = 0;
    // Cairo draws PNG and PDF (Graphviz's pango plugin) and JPEG (its gd plugin's device), all in Debian's libgvc6.
    const char* renderer = format == DiagramFormat::Svg    ? "svg"
                           : format == DiagramFormat::Pdf  ? "pdf:cairo"
                           : format == DiagramFormat::Jpeg ? "jpg:cairo"
                                                           : "png:cairo";
    const int status = gvRenderData(context, graph.get(), renderer, &data, &length);
    std::string bytes = status == 0 && data ? std::string(data, length) : std::string();
    if (data) gvFreeRenderData(data);
    gvFreeLayout(context, graph.get());
    if (status != 0 || bytes.empty()) fail(std::string("draw the diagram as ") + renderer);
    return bytes;
}

GraphLayout lay_out_graph(const std::string& dot) {
    const GraphPointer graph = laid_out(dot, DiagramFormat::Svg);
    GraphLayout layout;
    for (Agnode_t* node = agfstnode(graph.get()); node; node = agnxtnode(graph.get(), node)) {
        layout.nodes.push_back({agnameof(node), attribute(node, "label"), attribute(node, "shape"),
                                {ND_coord(node).x, ND_coord(node).y, ND_width(node) * 72, ND_height(node) * 72}});
        for (Agedge_t* edge = agfstout(graph.get(), node); edge; edge = agnxtout(graph.get(), edge)) {
            PlacedEdge placed{agnameof(agtail(edge)), agnameof(aghead(edge)), attribute(edge, "dir"), {}, {}, {}, {}};
            if (const splines* spl = ED_spl(edge))
                for (int b = 0; b < spl->size; ++b) {
                    const bezier& curve = spl->list[b];
                    for (int i = 0; i < curve.size; ++i) placed.spline.push_back({curve.list[i].x, curve.list[i].y});
                    if (curve.sflag) placed.tail_tip = Point{curve.sp.x, curve.sp.y};
                    if (curve.eflag) placed.head_tip = Point{curve.ep.x, curve.ep.y};
                }
            if (ED_label(edge)) placed.label = box_of(ED_label(edge));
            else if (ED_xlabel(edge)) placed.label = box_of(ED_xlabel(edge));
            layout.edges.push_back(std::move(placed));
        }
    }
    gvFreeLayout(process_context(), graph.get());
    return layout;
}

}  // namespace jalur::report

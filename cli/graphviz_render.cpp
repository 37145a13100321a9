#include "cli/graphviz_render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>
#include <stdexcept>

namespace jalur::cli {

namespace {

// Graphviz reports through a global error function; jalur collects the messages instead of letting the
// library print (cli/diagnostics prints).
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
    graphviz_messages.clear();
    agseterr(AGERR);  // errors only: warnings about fonts and layout tweaks are not the user's business
    agseterrf(collect_message);

    GVC_t* const context = process_context();
    if (!context) fail("start");
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.c_str()));
    if (!graph) fail("read the diagram");
    // Graphviz draws at 72 dpi; a picture for a thesis or a slide needs twice that.
    if (format == DiagramFormat::Png || format == DiagramFormat::Jpeg) agsafeset(graph.get(), const_cast<char*>("dpi"), const_cast<char*>("150"), const_cast<char*>(""));
    if (gvLayout(context, graph.get(), "dot") != 0) fail("lay out the diagram");

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

}  // namespace jalur::cli

#include "report/diagram/svg_png.hpp"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace jalur::report {
namespace {

struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroy {
    void operator()(cairo_t* context) const { cairo_destroy(context); }
};

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string error_text(GError* error) {
    std::string text = error ? error->message : "unknown error";
    if (error) g_error_free(error);
    return text;
}

}  // namespace

std::string svg_to_png(const std::string& svg, double scale) {
    GError* error = nullptr;
    const std::unique_ptr<RsvgHandle, GObjectUnref> handle(
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    if (!handle) throw std::runtime_error("svg_to_png: librsvg cannot read the SVG: " + error_text(error));
    gdouble width = 0, height = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height) || !(width > 0 && height > 0))
        throw std::runtime_error("svg_to_png: the SVG has no size in pixels");
    const int pixels_wide = static_cast<int>(std::ceil(width * scale));
    const int pixels_high = static_cast<int>(std::ceil(height * scale));
    const std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixels_wide, pixels_high));
    const std::unique_ptr<cairo_t, ContextDestroy> context(cairo_create(surface.get()));
    const RsvgRectangle viewport{0, 0, width * scale, height * scale};
    if (!rsvg_handle_render_document(handle.get(), context.get(), &viewport, &error))
        throw std::runtime_error("svg_to_png: librsvg cannot draw the SVG: " + error_text(error));
    std::string png;
    if (cairo_surface_write_to_png_stream(surface.get(), append_bytes, &png) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("svg_to_png: cairo cannot write the PNG");
    return png;
}

}  // namespace jalur::report

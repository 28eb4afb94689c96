#include "pdf/images.h"

#include <librsvg/rsvg.h>

#include <memory>

#include "pdf/cairo_handles.h"

namespace quire::pdf {

namespace {

struct GErrorDeleter {
  void operator()(GError* e) const { g_error_free(e); }
};
using RsvgHandlePtr = std::unique_ptr<RsvgHandle, GObjectDeleter>;
using GErrorPtr = std::unique_ptr<GError, GErrorDeleter>;

bool is_svg(const std::string& path) {
  const auto dot = path.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = path.substr(dot + 1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == "svg";
}

RsvgHandlePtr open_svg(const std::string& path, std::string& error) {
  GError* raw = nullptr;
  RsvgHandlePtr handle(rsvg_handle_new_from_file(path.c_str(), &raw));
  GErrorPtr err(raw);
  if (!handle) error = err ? err->message : "cannot read the svg file";
  return handle;
}

SurfacePtr open_png(const std::string& path, std::string& error) {
  SurfacePtr s(cairo_image_surface_create_from_png(path.c_str()));
  if (cairo_surface_status(s.get()) != CAIRO_STATUS_SUCCESS) {
    error = cairo_status_to_string(cairo_surface_status(s.get()));
    return nullptr;
  }
  return s;
}

}  // namespace

std::optional<ImageSize> image_size(const std::string& path, std::string& error) {
  if (is_svg(path)) {
    const auto handle = open_svg(path, error);
    if (!handle) return std::nullopt;
    gdouble w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &w, &h) || w <= 0 || h <= 0) {
      RsvgRectangle ink{}, logical{};
      if (!rsvg_handle_get_geometry_for_layer(handle.get(), nullptr, nullptr, &ink, &logical, nullptr) ||
          logical.width <= 0 || logical.height <= 0) {
        error = "the svg file has no size";
        return std::nullopt;
      }
      w = logical.width;
      h = logical.height;
    }
    return ImageSize{w * 0.75, h * 0.75};
  }
  const auto surface = open_png(path, error);
  if (!surface) return std::nullopt;
  return ImageSize{cairo_image_surface_get_width(surface.get()) * 0.75,
                   cairo_image_surface_get_height(surface.get()) * 0.75};
}

bool draw_image(cairo_t* cr, const std::string& path, double x, double y, double width, double height) {
  std::string error;
  if (is_svg(path)) {
    const auto handle = open_svg(path, error);
    if (!handle) return false;
    const RsvgRectangle viewport{x, y, width, height};
    GError* raw = nullptr;
    const bool ok = rsvg_handle_render_document(handle.get(), cr, &viewport, &raw);
    GErrorPtr err(raw);
    return ok;
  }
  const auto surface = open_png(path, error);
  if (!surface) return false;
  const double sx = width / cairo_image_surface_get_width(surface.get());
  const double sy = height / cairo_image_surface_get_height(surface.get());
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, sx, sy);
  cairo_set_source_surface(cr, surface.get(), 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  return true;
}

}  // namespace quire::pdf

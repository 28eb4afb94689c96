#pragma once
// Figures on the page: the natural size of a PNG or SVG file, and drawing it scaled into a
// rectangle (PNG through a Cairo image surface, SVG through librsvg as vector art).
#include <cairo.h>

#include <optional>
#include <string>

namespace quire::pdf {

struct ImageSize {
  double width = 0;  // pt at 96 pixels per inch for PNG; the SVG's own size for SVG
  double height = 0;
};

// nullopt, with `error` set, when the file cannot be read as an image.
std::optional<ImageSize> image_size(const std::string& path, std::string& error);

// Draws the image filling the rectangle (x, y, width, height); false when it cannot.
bool draw_image(cairo_t* cr, const std::string& path, double x, double y, double width, double height);

}  // namespace quire::pdf

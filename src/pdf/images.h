#pragma once
// Figures on the page: an image's size read from its header before any pixel is decoded,
// drawing PNG (decoded by Cairo), JPEG (its own bytes embedded as DCTDecode) and SVG (vectors,
// through librsvg) into a rectangle, a framed placeholder where a file cannot be used, and the
// resolution a raster has at its printed size.
#include <cairo.h>

#include <optional>
#include <string>

#include "diag/diagnostics.h"

namespace quire::pdf {

enum class ImageKind { Png, Jpeg, Svg };

struct ImageSize {
  double width = 0;  // pt at 96 pixels per inch for rasters; the SVG's own size for SVG
  double height = 0;
};

struct ImageHeader {
  ImageKind kind = ImageKind::Png;
  int pixel_width = 0;  // rasters only; 0 for SVG
  int pixel_height = 0;
  ImageSize size;  // the natural size
};

// Decoding a raster takes 4 bytes a pixel: larger images are refused before decoding.
inline constexpr long long kMaxImagePixels = 50'000'000;
inline constexpr int kMaxImageSide = 32767;  // Cairo's image surfaces go no larger

// The file's format (by its extension, checked against its first bytes), pixel size and
// natural size, from its header alone; nullopt with a lower-case `error` when the file is
// missing, not PNG, JPEG or SVG, damaged, or declares more pixels than the limits allow.
std::optional<ImageHeader> read_image_header(const std::string& path, std::string& error);

// read_image_header, then the whole image decoded (and thrown away), so a truncated or
// corrupt file is found before it reaches a writer. Empty when the image is usable.
std::string check_image_file(const std::string& path);

// The natural size of the image at `path`. A file that cannot be used gets the size of the
// placeholder drawn in its place, with `error` saying why (the structure pass has reported it
// at the figure's position); the result is always set.
std::optional<ImageSize> image_size(const std::string& path, std::string& error);

// Draws the image filling the rectangle (x, y, width, height). A file that cannot be drawn
// gets a placeholder instead, a framed box with the file's name set in the context's current
// font face; false then.
bool draw_image(cairo_t* cr, const std::string& path, double x, double y, double width, double height);

// Draws the placeholder of a missing or unusable image, labelled `label`.
void draw_placeholder(cairo_t* cr, const std::string& label, double x, double y, double width, double height);

// Pixels per inch of `pixels` printed across `printed_pt` points.
double effective_dpi(int pixels, double printed_pt);

// Rasters below this resolution at their printed size look soft in print.
inline constexpr double kMinPrintDpi = 150;

// Warns at `where` when the raster at `path` (`name` in messages), printed at width x height
// pt, falls below kMinPrintDpi. SVG and unreadable files are never warned about here.
void check_print_resolution(const std::string& path, const std::string& name, double width, double height,
                            const SourceLoc& where, Diagnostics& diags);

}  // namespace quire::pdf

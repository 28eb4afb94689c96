#pragma once
// Figures on the page: an image's size read from its header before any pixel is decoded,
// drawing PNG (decoded by Cairo), JPEG (its own bytes embedded as DCTDecode) and SVG (vectors,
// through librsvg) into a rectangle, a framed placeholder where a file cannot be used, and the
// resolution a raster has at its printed size.
#include <cairo.h>

#include <optional>
#include <string>

#include "diag/diagnostics.h"

namespace quire::graphics {

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

// Decoding a raster takes 4 bytes a pixel: larger images are refused before decoding. The
// default; book.yaml's `limits: {image-pixels: N}` sets it (model::Limits::image_pixels).
inline constexpr long long kMaxImagePixels = 50'000'000;
inline constexpr int kMaxImageSide = 32767;  // Cairo's image surfaces go no larger

// The file's format (by its extension, checked against its first bytes), pixel size and
// natural size, from its header alone; nullopt with a lower-case `error` when the file is
// missing, not PNG, JPEG or SVG, damaged, or declares more than `max_pixels` pixels or more
// than kMaxImageSide a side.
std::optional<ImageHeader> read_image_header(const std::string& path, std::string& error,
                                             long long max_pixels = kMaxImagePixels);

// read_image_header, then the whole image decoded (and thrown away), so a truncated or
// corrupt file is found before it reaches a writer. Empty when the image is usable.
std::string check_image_file(const std::string& path, long long max_pixels = kMaxImagePixels);

// The natural size of the image at `path`. A file that cannot be used gets the size of the
// placeholder drawn in its place, with `error` saying why (the structure pass has reported it
// at the figure's position); the result is always set.
std::optional<ImageSize> image_size(const std::string& path, std::string& error,
                                    long long max_pixels = kMaxImagePixels);

// The face and size a placeholder's label is set in. Without a face the label takes the
// context's current one, which is whatever the text drawn before it left there (an italic
// caption's, say).
struct LabelFont {
  cairo_font_face_t* face = nullptr;  // not owned
  double size = 8;
};

// Draws the image filling the rectangle (x, y, width, height). A file that cannot be drawn
// gets a placeholder instead, a framed box with the file's name set in `label`; false then.
bool draw_image(cairo_t* cr, const std::string& path, double x, double y, double width, double height,
                long long max_pixels = kMaxImagePixels, const LabelFont& label = {});

// Draws the placeholder of a missing or unusable image, labelled `label`.
void draw_placeholder(cairo_t* cr, const std::string& label, double x, double y, double width, double height,
                      const LabelFont& font = {});

// Pixels per inch of `pixels` printed across `printed_pt` points.
double effective_dpi(int pixels, double printed_pt);

// Rasters below this resolution at their printed size look soft in print.
inline constexpr double kMinPrintDpi = 150;

// Warns at `where` when the raster at `path` (`name` in messages), printed at width x height
// pt, falls below kMinPrintDpi. SVG and unreadable files are never warned about here.
void check_print_resolution(const std::string& path, const std::string& name, double width, double height,
                            const SourceLoc& where, Diagnostics& diags, long long max_pixels = kMaxImagePixels);

}  // namespace quire::graphics

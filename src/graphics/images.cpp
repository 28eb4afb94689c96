#include "graphics/images.h"

#include <fmt/format.h>
#include <librsvg/rsvg.h>

#include <cctype>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <filesystem>
#include <memory>

// jpeglib.h needs FILE and size_t declared before it.
#include <jpeglib.h>

#include "graphics/cairo_handles.h"
#include "util/files.h"

namespace quire::graphics {

namespace {

struct GErrorDeleter {
  void operator()(GError* e) const { g_error_free(e); }
};
struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};
using RsvgHandlePtr = std::unique_ptr<RsvgHandle, GObjectDeleter>;
using GErrorPtr = std::unique_ptr<GError, GErrorDeleter>;
using FilePtr = std::unique_ptr<FILE, FileCloser>;

// Image files are read whole (JPEG bytes go into the PDF as they are); none needs more.
constexpr std::size_t kMaxImageFileBytes = 256u << 20;

// The placeholder's natural size: a wide box the layout scales to the measure.
constexpr ImageSize kPlaceholderSize{300, 100};

std::optional<ImageKind> kind_from_name(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".png") return ImageKind::Png;
  if (ext == ".jpg" || ext == ".jpeg") return ImageKind::Jpeg;
  if (ext == ".svg") return ImageKind::Svg;
  return std::nullopt;
}

std::string too_large(long long w, long long h, long long max_pixels) {
  std::string out =
      fmt::format("the image declares {} x {} pixels, more than quire decodes ({} megapixels, {} pixels a side)", w,
                  h, max_pixels / 1'000'000, kMaxImageSide);
  // Only the area can be raised: Cairo draws nothing wider or taller.
  if (w <= kMaxImageSide && h <= kMaxImageSide) out += "; 'limits: {image-pixels: N}' in book.yaml raises it";
  return out;
}

bool within_limits(long long w, long long h, long long max_pixels) {
  return w > 0 && h > 0 && w <= kMaxImageSide && h <= kMaxImageSide && w * h <= max_pixels;
}

std::string first_bytes(const std::string& path, std::size_t n, std::string& error) {
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) {
    error = "the file cannot be opened";
    return {};
  }
  std::string out(n, '\0');
  out.resize(std::fread(out.data(), 1, n, f.get()));
  return out;
}

std::uint32_t big_endian(const std::string& s, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 3]));
}

// The signature and the IHDR chunk, which PNG puts first: 33 bytes say the size.
std::optional<ImageHeader> png_header(const std::string& path, std::string& error, long long max_pixels) {
  const std::string head = first_bytes(path, 24, error);
  if (!error.empty()) return std::nullopt;
  if (head.compare(0, 8, std::string("\x89PNG\r\n\x1a\n", 8)) != 0) {
    error = "the file does not start with the PNG signature";
    return std::nullopt;
  }
  if (head.size() < 24 || head.compare(12, 4, "IHDR") != 0) {
    error = "the PNG file is damaged: it has no image header";
    return std::nullopt;
  }
  const long long w = big_endian(head, 16), h = big_endian(head, 20);
  if (!within_limits(w, h, max_pixels)) {
    error = w > 0 && h > 0 ? too_large(w, h, max_pixels) : "the PNG file is damaged: it declares an empty image";
    return std::nullopt;
  }
  ImageHeader out{ImageKind::Png, static_cast<int>(w), static_cast<int>(h), {w * 0.75, h * 0.75}};
  return out;
}

// libjpeg reports errors by calling a function that must not return: it jumps back here.
struct JpegError {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void jpeg_fail(j_common_ptr info) {
  auto* err = reinterpret_cast<JpegError*>(info->err);
  (*info->err->format_message)(info, err->message);
  std::longjmp(err->jump, 1);
}

// A warning means damaged data (libjpeg would fill the rest with grey): treated as an error.
void jpeg_message(j_common_ptr info, int level) {
  if (level < 0) jpeg_fail(info);
}

// One pass of libjpeg over JPEG bytes. Plain data only: a longjmp must skip no destructor.
struct JpegJob {
  const unsigned char* data = nullptr;
  unsigned long size = 0;
  bool decode = false;
  long long max_pixels = kMaxImagePixels;  // a larger image is measured, never decoded
  long long width = 0;
  long long height = 0;
  cairo_surface_t* surface = nullptr;  // the decoded pixels; the caller owns it, set or not
  char message[JMSG_LENGTH_MAX] = {};
};

bool run_jpeg(JpegJob& job) {
  jpeg_decompress_struct info{};
  JpegError err{};
  info.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = jpeg_fail;
  err.mgr.emit_message = jpeg_message;
  if (setjmp(err.jump)) {
    std::snprintf(job.message, sizeof job.message, "%s", err.message);
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, job.data, job.size);
  jpeg_read_header(&info, TRUE);
  job.width = info.image_width;
  job.height = info.image_height;
  if (!job.decode || !within_limits(job.width, job.height, job.max_pixels)) {
    jpeg_destroy_decompress(&info);
    return true;
  }
  const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
  // libjpeg-turbo writes Cairo's RGB24 layout (B, G, R, unused on little-endian) itself.
  info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_BGRX;
  jpeg_start_decompress(&info);
  job.surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(info.output_width),
                                           static_cast<int>(info.output_height));
  if (cairo_surface_status(job.surface) != CAIRO_STATUS_SUCCESS) {
    std::snprintf(job.message, sizeof job.message, "%s", "not enough memory to decode the image");
    jpeg_destroy_decompress(&info);
    return false;
  }
  unsigned char* pixels = cairo_image_surface_get_data(job.surface);
  const int stride = cairo_image_surface_get_stride(job.surface);
  JSAMPARRAY row = cmyk ? (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                                    info.output_width * 4, 1)
                        : nullptr;
  // Photoshop writes CMYK inverted and says so in its Adobe marker.
  const bool inverted = cmyk && info.saw_Adobe_marker;
  while (info.output_scanline < info.output_height) {
    unsigned char* out = pixels + static_cast<std::ptrdiff_t>(info.output_scanline) * stride;
    if (!cmyk) {
      JSAMPROW target = out;
      jpeg_read_scanlines(&info, &target, 1);
      continue;
    }
    jpeg_read_scanlines(&info, row, 1);
    for (JDIMENSION x = 0; x < info.output_width; ++x) {
      const unsigned char* p = row[0] + x * 4;
      const int k = inverted ? p[3] : 255 - p[3];
      auto channel = [&](unsigned char v) {
        const int c = inverted ? v : 255 - v;
        return static_cast<unsigned char>(c * k / 255);
      };
      out[x * 4 + 0] = channel(p[2]);
      out[x * 4 + 1] = channel(p[1]);
      out[x * 4 + 2] = channel(p[0]);
      out[x * 4 + 3] = 255;
    }
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  cairo_surface_mark_dirty(job.surface);
  return true;
}

std::optional<std::string> read_bytes(const std::string& path, std::string& error) {
  return util::read_file(path, error, kMaxImageFileBytes);
}

std::optional<ImageHeader> jpeg_header(const std::string& path, std::string& error, long long max_pixels) {
  const auto bytes = read_bytes(path, error);
  if (!bytes) return std::nullopt;
  if (bytes->compare(0, 3, "\xff\xd8\xff") != 0) {
    error = "the file does not start with the JPEG signature";
    return std::nullopt;
  }
  JpegJob job;
  job.data = reinterpret_cast<const unsigned char*>(bytes->data());
  job.size = bytes->size();
  if (!run_jpeg(job)) {
    error = std::string("the JPEG file is damaged: ") + job.message;
    return std::nullopt;
  }
  if (!within_limits(job.width, job.height, max_pixels)) {
    error = too_large(job.width, job.height, max_pixels);
    return std::nullopt;
  }
  ImageHeader out{ImageKind::Jpeg, static_cast<int>(job.width), static_cast<int>(job.height),
                  {job.width * 0.75, job.height * 0.75}};
  return out;
}

RsvgHandlePtr open_svg(const std::string& path, std::string& error) {
  GError* raw = nullptr;
  RsvgHandlePtr handle(rsvg_handle_new_from_file(path.c_str(), &raw));
  GErrorPtr err(raw);
  if (!handle) error = std::string("the SVG file cannot be read: ") + (err ? err->message : "no reason given");
  return handle;
}

std::optional<ImageHeader> svg_header(const std::string& path, std::string& error) {
  const auto handle = open_svg(path, error);
  if (!handle) return std::nullopt;
  gdouble w = 0, h = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &w, &h) || w <= 0 || h <= 0) {
    RsvgRectangle ink{}, logical{};
    if (!rsvg_handle_get_geometry_for_layer(handle.get(), nullptr, nullptr, &ink, &logical, nullptr) ||
        logical.width <= 0 || logical.height <= 0) {
      error = "the SVG file has no size";
      return std::nullopt;
    }
    w = logical.width;
    h = logical.height;
  }
  ImageHeader out{ImageKind::Svg, 0, 0, {w * 0.75, h * 0.75}};
  return out;
}

// The decoded raster of a PNG or JPEG file, ready to paint; nullptr with `error` set.
SurfacePtr decode_raster(const ImageHeader& header, const std::string& path, std::string& error,
                         long long max_pixels) {
  if (header.kind == ImageKind::Png) {
    SurfacePtr s(cairo_image_surface_create_from_png(path.c_str()));
    if (cairo_surface_status(s.get()) != CAIRO_STATUS_SUCCESS) {
      error = std::string("the PNG file is damaged: ") + cairo_status_to_string(cairo_surface_status(s.get()));
      return nullptr;
    }
    return s;
  }
  auto bytes = read_bytes(path, error);
  if (!bytes) return nullptr;
  JpegJob job;
  job.data = reinterpret_cast<const unsigned char*>(bytes->data());
  job.size = bytes->size();
  job.decode = true;
  job.max_pixels = max_pixels;
  const bool ok = run_jpeg(job);
  SurfacePtr s(job.surface);
  if (!ok || !s) {
    error = std::string("the JPEG file is damaged: ") + job.message;
    return nullptr;
  }
  // The PDF carries the file's own JPEG bytes (DCTDecode) rather than the pixels
  // re-compressed; the decoded pixels serve only Cairo's other backends.
  auto* kept = new std::string(std::move(*bytes));
  auto release = [](void* p) { delete static_cast<std::string*>(p); };
  if (cairo_surface_set_mime_data(s.get(), CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char*>(kept->data()),
                                  kept->size(), release, kept) != CAIRO_STATUS_SUCCESS)
    delete kept;
  // The same file drawn twice is embedded once.
  auto* id = new std::string(path);
  if (cairo_surface_set_mime_data(s.get(), CAIRO_MIME_TYPE_UNIQUE_ID, reinterpret_cast<const unsigned char*>(id->data()),
                                  id->size(), release, id) != CAIRO_STATUS_SUCCESS)
    delete id;
  return s;
}

}  // namespace

std::optional<ImageHeader> read_image_header(const std::string& path, std::string& error, long long max_pixels) {
  error.clear();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    error = "the file does not exist";
    return std::nullopt;
  }
  const auto kind = kind_from_name(path);
  if (!kind) {
    error = "the file is not PNG, JPEG or SVG";
    return std::nullopt;
  }
  switch (*kind) {
    case ImageKind::Png: return png_header(path, error, max_pixels);
    case ImageKind::Jpeg: return jpeg_header(path, error, max_pixels);
    case ImageKind::Svg: return svg_header(path, error);
  }
  return std::nullopt;
}

std::string check_image_file(const std::string& path, long long max_pixels) {
  std::string error;
  const auto header = read_image_header(path, error, max_pixels);
  if (!header) return error;
  if (header->kind != ImageKind::Svg) decode_raster(*header, path, error, max_pixels);
  return error;
}

std::optional<ImageSize> image_size(const std::string& path, std::string& error, long long max_pixels) {
  const auto header = read_image_header(path, error, max_pixels);
  if (!header) return kPlaceholderSize;
  return header->size;
}

double effective_dpi(int pixels, double printed_pt) {
  if (printed_pt <= 0) return 0;
  return pixels * 72.0 / printed_pt;
}

void draw_placeholder(cairo_t* cr, const std::string& label, double x, double y, double width, double height,
                      const LabelFont& font) {
  cairo_save(cr);
  cairo_set_line_width(cr, 0.3);
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
  cairo_move_to(cr, x, y);
  cairo_line_to(cr, x + width, y + height);
  cairo_move_to(cr, x + width, y);
  cairo_line_to(cr, x, y + height);
  cairo_stroke(cr);
  cairo_set_line_width(cr, 0.6);
  cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
  cairo_rectangle(cr, x + 0.3, y + 0.3, width - 0.6, height - 0.6);
  cairo_stroke(cr);
  if (!label.empty()) {
    if (font.face) cairo_set_font_face(cr, font.face);
    cairo_set_font_size(cr, font.size);
    cairo_text_extents_t ext{};
    cairo_text_extents(cr, label.c_str(), &ext);
    const double tx = x + (width - ext.x_advance) / 2;
    const double ty = y + height / 2 + 3;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, tx - 4, ty - 10, ext.x_advance + 8, 14);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_move_to(cr, tx, ty);
    cairo_show_text(cr, label.c_str());
  }
  cairo_restore(cr);
}

bool draw_image(cairo_t* cr, const std::string& path, double x, double y, double width, double height,
                long long max_pixels, const LabelFont& label) {
  std::string error;
  const auto header = read_image_header(path, error, max_pixels);
  if (header && header->kind == ImageKind::Svg) {
    const auto handle = open_svg(path, error);
    if (handle) {
      const RsvgRectangle viewport{x, y, width, height};
      GError* raw = nullptr;
      const bool ok = rsvg_handle_render_document(handle.get(), cr, &viewport, &raw);
      GErrorPtr err(raw);
      if (ok) return true;
    }
  } else if (header) {
    if (const auto surface = decode_raster(*header, path, error, max_pixels)) {
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
  }
  draw_placeholder(cr, std::filesystem::path(path).filename().string(), x, y, width, height, label);
  return false;
}

void check_print_resolution(const std::string& path, const std::string& name, double width, double height,
                            const SourceLoc& where, Diagnostics& diags, long long max_pixels) {
  std::string error;
  const auto header = read_image_header(path, error, max_pixels);
  if (!header || header->kind == ImageKind::Svg) return;
  const double dpi = std::min(effective_dpi(header->pixel_width, width), effective_dpi(header->pixel_height, height));
  if (dpi >= kMinPrintDpi) return;
  const auto needed = [](double pt) { return static_cast<long>(std::ceil(pt / 72.0 * kMinPrintDpi)); };
  diags.warning(where,
                fmt::format("image '{}' prints at {:.0f} dpi ({} x {} pixels on {:.1f} x {:.1f} in); print wants {:.0f} "
                            "dpi or more, {} x {} pixels at this size",
                            name, std::floor(dpi), header->pixel_width, header->pixel_height, width / 72.0,
                            height / 72.0, kMinPrintDpi, needed(width), needed(height)),
                "low-resolution");
}

}  // namespace quire::graphics

#include "graphics/images.h"

#include <cairo-pdf.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "graphics/cairo_handles.h"
#include "support/run_command.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

const std::string kData = std::string(QUIRE_TEST_DATA) + "/pdf/";

std::string run(const std::string& command) { return testing_support::run_command(command); }

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("quire-images-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const std::string& name, const std::string& bytes) const {
    const fs::path p = path / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A PNG signature and IHDR chunk declaring w x h pixels, and nothing after them.
std::string png_header_only(std::uint32_t w, std::uint32_t h) {
  std::string s("\x89PNG\r\n\x1a\n", 8);
  s += std::string("\0\0\0\x0dIHDR", 8);
  for (const std::uint32_t v : {w, h})
    for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xff);
  s += std::string("\x08\x06\0\0\0", 5);
  s += std::string("\0\0\0\0", 4);  // CRC, unchecked by the header reader
  return s;
}

}  // namespace

TEST(Images, TheHeaderGivesPixelsAndNaturalSize) {
  std::string error;
  const auto jpeg = graphics::read_image_header(kData + "photo.jpg", error);
  ASSERT_TRUE(jpeg) << error;
  EXPECT_EQ(jpeg->kind, graphics::ImageKind::Jpeg);
  EXPECT_EQ(jpeg->pixel_width, 900);
  EXPECT_EQ(jpeg->pixel_height, 600);
  EXPECT_DOUBLE_EQ(jpeg->size.width, 675);  // 96 pixels an inch
  const auto png = graphics::read_image_header(kData + "coarse.png", error);
  ASSERT_TRUE(png) << error;
  EXPECT_EQ(png->kind, graphics::ImageKind::Png);
  EXPECT_EQ(png->pixel_width, 120);
  EXPECT_EQ(png->pixel_height, 80);
  const auto svg =
      graphics::read_image_header(std::string(QUIRE_SOURCE_DIR) + "/book/images/timeline.svg", error);
  ASSERT_TRUE(svg) << error;
  EXPECT_EQ(svg->kind, graphics::ImageKind::Svg);
  EXPECT_EQ(svg->pixel_width, 0);
  EXPECT_GT(svg->size.width, 0);
}

TEST(Images, AHugeDeclaredSizeIsRefusedBeforeDecoding) {
  TempDir dir;
  // 60000 x 60000 would take over 14 GB decoded; the file itself is 33 bytes.
  const std::string path = dir.file("huge.png", png_header_only(60000, 60000));
  std::string error;
  EXPECT_FALSE(graphics::read_image_header(path, error));
  EXPECT_NE(error.find("60000 x 60000 pixels"), std::string::npos) << error;
  EXPECT_NE(graphics::check_image_file(path).find("more than quire decodes"), std::string::npos);
  // Under the side limit but over the pixel budget.
  const std::string wide = dir.file("wide.png", png_header_only(30000, 30000));
  EXPECT_NE(graphics::check_image_file(wide).find("30000 x 30000"), std::string::npos);
  EXPECT_NE(graphics::check_image_file(wide).find("'limits: {image-pixels: N}'"), std::string::npos);
  // Over Cairo's side limit no key helps, so none is named.
  EXPECT_EQ(graphics::check_image_file(path).find("image-pixels"), std::string::npos);
}

TEST(Images, ThePixelLimitIsTheBooks) {
  // photo.jpg and coarse.png are small: a limit of one pixel refuses both, from the header.
  for (const std::string name : {"photo.jpg", "coarse.png"}) {
    std::string error;
    EXPECT_TRUE(graphics::read_image_header(kData + name, error)) << error;
    EXPECT_FALSE(graphics::read_image_header(kData + name, error, 1)) << name;
    EXPECT_NE(error.find("more than quire decodes (0 megapixels"), std::string::npos) << error;
    EXPECT_NE(graphics::check_image_file(kData + name, 1).find("more than quire decodes"), std::string::npos);
  }
  // Raised above the default, a header the default refuses is read.
  TempDir dir;
  const std::string big = dir.file("big.png", png_header_only(10000, 6000));
  std::string error;
  EXPECT_FALSE(graphics::read_image_header(big, error));
  EXPECT_TRUE(graphics::read_image_header(big, error, 100'000'000)) << error;
}

TEST(Images, DamagedAndMislabelledFilesAreFoundBeforeDrawing) {
  TempDir dir;
  const std::string jpeg = read(kData + "photo.jpg");
  EXPECT_EQ(graphics::check_image_file(kData + "photo.jpg"), "");
  EXPECT_EQ(graphics::check_image_file(kData + "coarse.png"), "");
  const std::string truncated = dir.file("cut.jpg", jpeg.substr(0, jpeg.size() / 2));
  EXPECT_NE(graphics::check_image_file(truncated).find("damaged"), std::string::npos)
      << graphics::check_image_file(truncated);
  const std::string png = read(kData + "coarse.png");
  const std::string cut_png = dir.file("cut.png", png.substr(0, png.size() - 30));
  EXPECT_NE(graphics::check_image_file(cut_png).find("damaged"), std::string::npos)
      << graphics::check_image_file(cut_png);
  EXPECT_NE(graphics::check_image_file(dir.file("text.png", "hello")).find("PNG signature"),
            std::string::npos);
  EXPECT_NE(graphics::check_image_file(dir.file("photo.gif", jpeg)).find("not PNG, JPEG or SVG"),
            std::string::npos);
  EXPECT_NE(graphics::check_image_file((dir.path / "absent.png").string()).find("does not exist"),
            std::string::npos);
}

TEST(Images, AnUnusableFileTakesThePlaceholdersSize) {
  std::string error;
  const auto size = graphics::image_size("/nonexistent/figure.png", error);
  ASSERT_TRUE(size);
  EXPECT_GT(size->width, size->height);
  EXPECT_FALSE(error.empty());
}

TEST(Images, EffectiveDpiIsPixelsPerInchAtThePrintedSize) {
  EXPECT_DOUBLE_EQ(graphics::effective_dpi(300, 72), 300);
  EXPECT_DOUBLE_EQ(graphics::effective_dpi(1500, 360), 300);
  EXPECT_DOUBLE_EQ(graphics::effective_dpi(120, 216), 40);
  EXPECT_DOUBLE_EQ(graphics::effective_dpi(100, 0), 0);
}

TEST(Images, ACoarseRasterIsWarnedAboutAtItsFigure) {
  Diagnostics diags;
  const SourceLoc at{"book/entries/a.md", {12, 1}};
  // 120 pixels across 3 inches: 40 dpi.
  graphics::check_print_resolution(kData + "coarse.png", "images/coarse.png", 216, 144, at, diags);
  ASSERT_EQ(diags.all().size(), 1u);
  const auto& d = diags.all()[0];
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.code, "low-resolution");
  EXPECT_EQ(d.loc.path, "book/entries/a.md");
  EXPECT_EQ(d.loc.pos.line, 12);
  EXPECT_NE(d.message.find("'images/coarse.png' prints at 40 dpi"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("450 x 300 pixels"), std::string::npos) << d.message;
  // 900 pixels across 3 inches is 300 dpi: fine. An SVG has no resolution.
  graphics::check_print_resolution(kData + "photo.jpg", "photo.jpg", 216, 144, at, diags);
  graphics::check_print_resolution(std::string(QUIRE_SOURCE_DIR) + "/book/images/timeline.svg",
                                   "timeline.svg", 2000, 1000, at, diags);
  EXPECT_EQ(diags.all().size(), 1u);
}

TEST(Images, AJpegGoesIntoThePdfAsItsOwnBytes) {
  TempDir dir;
  const std::string out = (dir.path / "jpeg.pdf").string();
  {
    graphics::SurfacePtr surface(cairo_pdf_surface_create(out.c_str(), 300, 300));
    graphics::CairoPtr cr(cairo_create(surface.get()));
    EXPECT_TRUE(graphics::draw_image(cr.get(), kData + "photo.jpg", 10, 10, 270, 180));
    EXPECT_TRUE(graphics::draw_image(cr.get(), kData + "coarse.png", 10, 200, 120, 80));
    cairo_surface_finish(surface.get());
  }
  const std::string list = run("pdfimages -list " + out);
  EXPECT_NE(list.find("jpeg"), std::string::npos) << list;
  // The DCT stream is the file's bytes, unchanged.
  const std::string pdf = read(out);
  const std::string jpeg = read(kData + "photo.jpg");
  EXPECT_NE(pdf.find("/DCTDecode"), std::string::npos);
  EXPECT_NE(pdf.find(jpeg), std::string::npos);
}

TEST(Images, AFileThatCannotBeDrawnGetsAFramedPlaceholderWithItsName) {
  TempDir dir;
  const std::string out = (dir.path / "placeholder.pdf").string();
  {
    graphics::SurfacePtr surface(cairo_pdf_surface_create(out.c_str(), 300, 200));
    graphics::CairoPtr cr(cairo_create(surface.get()));
    EXPECT_FALSE(graphics::draw_image(cr.get(), (dir.path / "lost-chart.png").string(), 10, 10, 280, 100));
    cairo_surface_finish(surface.get());
  }
  EXPECT_NE(run("pdftotext " + out + " -").find("lost-chart.png"), std::string::npos);
}

// The label is set in the face it is given, not in the one the text before it left behind.
TEST(Images, APlaceholderLabelIsSetInTheFaceGivenNotTheLastOneUsed) {
  TempDir dir;
  auto fonts_of = [&](const std::string& name, const graphics::LabelFont& label) {
    const std::string out = (dir.path / name).string();
    {
      graphics::SurfacePtr surface(cairo_pdf_surface_create(out.c_str(), 300, 200));
      graphics::CairoPtr cr(cairo_create(surface.get()));
      // An italic caption was the last text drawn.
      cairo_select_font_face(cr.get(), "DejaVu Serif", CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_move_to(cr.get(), 10, 190);
      cairo_show_text(cr.get(), "caption");
      EXPECT_FALSE(graphics::draw_image(cr.get(), (dir.path / "lost.png").string(), 10, 10, 280, 100,
                                        graphics::kMaxImagePixels, label));
      cairo_surface_finish(surface.get());
    }
    EXPECT_NE(run("pdftotext " + out + " -").find("lost.png"), std::string::npos);
    return run("pdffonts " + out);
  };
  const std::string leaked = fonts_of("leaked.pdf", {});
  EXPECT_NE(leaked.find("Italic"), std::string::npos) << leaked;
  EXPECT_EQ(leaked.find("DejaVuSerif "), std::string::npos) << leaked;

  graphics::FontFacePtr upright(
      cairo_toy_font_face_create("DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL));
  const std::string set = fonts_of("set.pdf", {upright.get(), 8.5});
  // Both faces now: the caption's italic and the label's upright.
  EXPECT_NE(set.find("Italic"), std::string::npos) << set;
  EXPECT_NE(set.find("DejaVuSerif "), std::string::npos) << set;
}

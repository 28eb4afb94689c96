#include "pdf/page_boxes.h"

#include <cairo-pdf.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <regex>

#include "graphics/cairo_handles.h"
#include "pdf/pdf_patch.h"
#include "pdf/print_marks.h"
#include "support/run_command.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string run(const std::string& command, int* status = nullptr) {
  return testing_support::run_command(command, status);
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Three pages of a sheet with marks around a 6 x 9 in trim, as Cairo writes them.
std::string sheet_pdf(const pdf::Sheet& sheet) {
  std::string bytes;
  graphics::SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(append, &bytes, sheet.width, sheet.height));
  graphics::CairoPtr cr(cairo_create(surface.get()));
  for (int i = 0; i < 3; ++i) {
    if (i > 0) cairo_show_page(cr.get());
    cairo_rectangle(cr.get(), sheet.offset + 50, sheet.offset + 50, 100, 100);
    cairo_fill(cr.get());
    pdf::draw_crop_marks(cr.get(), sheet);
  }
  cairo_surface_finish(surface.get());
  return bytes;
}

// A page's box as pdfinfo -box prints it ("Page    2 TrimBox:    28.67 ..."), to 0.01 pt.
std::optional<pdf::PdfBox> box_of(const std::string& info, int page, const std::string& name) {
  const std::regex re("Page +" + std::to_string(page) + " +" + name + ": +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)");
  std::smatch m;
  if (!std::regex_search(info, m, re)) return std::nullopt;
  auto r = [](const std::string& v) { return std::round(std::stod(v) * 100) / 100; };
  return pdf::PdfBox{r(m[1]), r(m[2]), r(m[3]), r(m[4])};
}

struct TempFile {
  fs::path path = fs::temp_directory_path() / ("quire-boxes-test-" + std::to_string(::getpid()) + ".pdf");
  ~TempFile() { fs::remove(path); }
  void write(const std::string& bytes) const { std::ofstream(path, std::ios::binary) << bytes; }
};

}  // namespace

TEST(PageBoxes, TheSheetIsTheTrimPlusBleedPlusRoomForMarks) {
  typeset::PrintStyle style;  // 432 x 648, bleed 8.5
  const pdf::Sheet plain = pdf::sheet_for(style, false);
  EXPECT_DOUBLE_EQ(plain.width, 432);
  EXPECT_DOUBLE_EQ(plain.offset, 0);
  const pdf::Sheet marked = pdf::sheet_for(style, true);
  EXPECT_DOUBLE_EQ(marked.offset, 8.5 + pdf::kMarkRoom);
  EXPECT_DOUBLE_EQ(marked.width, 432 + 2 * marked.offset);
  EXPECT_DOUBLE_EQ(marked.trim.x1 - marked.trim.x0, 432);
  EXPECT_DOUBLE_EQ(marked.trim.y1 - marked.trim.y0, 648);
  EXPECT_DOUBLE_EQ(marked.bleed_box.x0, marked.trim.x0 - 8.5);
  EXPECT_DOUBLE_EQ(marked.bleed_box.y1, marked.trim.y1 + 8.5);
}

TEST(PageBoxes, EveryPageGetsTrimAndBleedBoxesAndQpdfFindsNothingWrong) {
  typeset::PrintStyle style;
  const pdf::Sheet sheet = pdf::sheet_for(style, true);
  const std::string before = sheet_pdf(sheet);
  const std::string after = pdf::add_page_boxes(before, sheet.trim, sheet.bleed_box);
  ASSERT_NE(after, before);
  TempFile file;
  file.write(after);
  int status = -1;
  const std::string check = run("qpdf --check " + file.path.string() + " 2>&1", &status);
  EXPECT_EQ(status, 0) << check;
  const std::string info = run("pdfinfo -box -f 1 -l 3 " + file.path.string());
  auto rounded = [](pdf::PdfBox b) {
    auto r = [](double v) { return std::round(v * 100) / 100; };
    return pdf::PdfBox{r(b.x0), r(b.y0), r(b.x1), r(b.y1)};
  };
  for (int page = 1; page <= 3; ++page) {
    EXPECT_EQ(box_of(info, page, "MediaBox"), rounded({0, 0, sheet.width, sheet.height})) << info;
    EXPECT_EQ(box_of(info, page, "TrimBox"), rounded(sheet.trim)) << info;
    EXPECT_EQ(box_of(info, page, "BleedBox"), rounded(sheet.bleed_box)) << info;
  }
  // The same input gives the same bytes.
  EXPECT_EQ(pdf::add_page_boxes(before, sheet.trim, sheet.bleed_box), after);
}

TEST(PageBoxes, BytesNotLaidOutAsCairoWritesThemAreLeftAlone) {
  const std::string junk = "%PDF-1.5\nnot really a pdf\n";
  EXPECT_EQ(pdf::add_page_boxes(junk, {0, 0, 1, 1}, {0, 0, 1, 1}), junk);
  std::string copy = junk;
  EXPECT_FALSE(pdf::insert_into_pdf(copy, {{3, "x"}}));
  EXPECT_EQ(copy, junk);
}

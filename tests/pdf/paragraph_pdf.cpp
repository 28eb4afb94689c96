#include "paragraph_pdf.h"

#include <cairo-pdf.h>

#include "graphics/cairo_handles.h"
#include "pdf/draw_lines.h"
#include "util/files.h"

namespace quire::pdf {
namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

bool write_paragraphs_pdf(const typeset::FontConfig& fonts, typeset::HyphenatorSet& hyphenators,
                          const std::vector<typeset::ParagraphText>& paragraphs, const DemoPage& page,
                          const std::string& path, Diagnostics& diags, DemoStats* stats) {
  DemoStats local;
  DemoStats& st = stats ? *stats : local;
  st = DemoStats{};
  std::string pdf_bytes;
  {
    graphics::SurfacePtr surface(
        cairo_pdf_surface_create_for_stream(append_to_string, &pdf_bytes, page.width, page.height));
    if (!page.title.empty())
      cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, page.title.c_str());
    graphics::CairoPtr cr(cairo_create(surface.get()));
    const auto opts = fonts.font_options();
    cairo_set_font_options(cr.get(), opts.get());
    cairo_set_source_rgb(cr.get(), 0, 0, 0);

    typeset::Shaper shaper(fonts, hyphenators);
    const double measure = page.width - page.margin_left - page.margin_right;
    const typeset::LineShape shape = typeset::LineShape::uniform(measure);
    const double first_baseline = page.margin_top + page.top_skip;
    const double last_baseline = page.height - page.margin_bottom;
    double baseline = first_baseline;
    st.pages = 1;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      typeset::ShapeOptions so = page.shape;
      so.indent = i == 0 ? 0 : page.indent;
      const typeset::NodeList list = shaper.shape(paragraphs[i], so, diags);
      const typeset::LineBreaks breaks = typeset::break_lines(list.nodes, shape, page.params);
      if (breaks.pass >= 3) ++st.emergency_paragraphs;
      for (const typeset::SetLine& line : typeset::set_lines(list, breaks, shape, page.alignment)) {
        if (baseline > last_baseline + 1e-6) {
          cairo_show_page(cr.get());
          ++st.pages;
          baseline = first_baseline;
        }
        draw_line(cr.get(), list, line, page.margin_left, baseline);
        ++st.lines;
        if (line.hyphenated) ++st.hyphenated_lines;
        if (line.width > line.measure.width + 0.01) ++st.overfull_lines;
        baseline += page.leading;
      }
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
      diags.error({path, {}}, std::string("cannot write pdf: ") + cairo_status_to_string(cairo_surface_status(surface.get())),
                  "pdf-write");
      return false;
    }
  }
  std::string error;
  if (!util::write_file_atomic(path, pdf_bytes, error)) {
    diags.error({path, {}}, "cannot write pdf: " + error, "pdf-write");
    return false;
  }
  return true;
}

}  // namespace quire::pdf

#pragma once
// Draws one laid-out page onto a Cairo PDF surface: its boxes' lines, images and rules,
// the footnotes under a short rule at the foot of the text block, the destinations its marks
// carry, links around linked words, the running head and folio.
#include <cairo.h>

#include <map>
#include <string>

#include "graphics/images.h"
#include "layout/book_pages.h"
#include "layout/paragraph_lines.h"
#include "typeset/print_style.h"

namespace quire::pdf {

// A Cairo tag attribute value in single quotes, with quotes and backslashes escaped.
std::string quoted_attribute(const std::string& value);

class PageDrawer {
 public:
  // `image_pixels`: the book's limit on a raster's pixels (model::Limits::image_pixels);
  // `placeholder_face`: the upright face a missing image's label is set in (not owned).
  PageDrawer(const typeset::PrintStyle& style, layout::ParagraphSetter& setter, std::string language,
             long long image_pixels = graphics::kMaxImagePixels,
             cairo_font_face_t* placeholder_face = nullptr)
      : style_(style),
        setter_(setter),
        language_(std::move(language)),
        image_pixels_(image_pixels),
        placeholder_face_(placeholder_face) {}

  // Draws `page`; every mark with a destination becomes a named destination at its place.
  void draw(cairo_t* cr, const layout::PrintedPage& page);

  // The left edge of the text block on a recto or verso page.
  double text_left(bool recto) const { return recto ? style_.inner : style_.outer; }

 private:
  void draw_art(cairo_t* cr, const layout::Art& art, double left, double baseline);
  void draw_text(cairo_t* cr, const layout::TextArt& text, double left, double baseline);
  void draw_head(cairo_t* cr, const layout::PrintedPage& page);
  layout::TextArt small_line(const std::string& text, bool italic, double& width);

  const typeset::PrintStyle& style_;
  layout::ParagraphSetter& setter_;
  std::string language_;
  long long image_pixels_;
  cairo_font_face_t* placeholder_face_;
};

}  // namespace quire::pdf

#pragma once
// Draws one laid-out page onto a Cairo PDF surface: its boxes' lines, images and rules,
// the footnotes under a short rule at the foot of the text block, the destinations its marks
// carry, links around linked words, the running head and folio.
#include <cairo.h>

#include <map>
#include <string>

#include "layout/book_pages.h"
#include "layout/paragraph_lines.h"
#include "typeset/print_style.h"

namespace quire::pdf {

// A Cairo tag attribute value in single quotes, with quotes and backslashes escaped.
std::string quoted_attribute(const std::string& value);

class PageDrawer {
 public:
  PageDrawer(const typeset::PrintStyle& style, layout::ParagraphSetter& setter, std::string language)
      : style_(style), setter_(setter), language_(std::move(language)) {}

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
};

}  // namespace quire::pdf

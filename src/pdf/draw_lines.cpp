#include "pdf/draw_lines.h"

#include <pango/pangocairo.h>

#include "pdf/cairo_handles.h"

namespace quire::pdf {

void draw_box(cairo_t* cr, const typeset::NodeList& list, const typeset::Box& box, double x, double baseline) {
  if (box.run < 0 || box.byte_end <= box.byte_begin) return;
  const typeset::GlyphRun& run = list.runs[static_cast<std::size_t>(box.run)];
  const PangoGlyphString* all = run.glyphs.get();

  // The glyphs of the box's clusters, with clusters made relative to the box's text.
  GlyphStringPtr part(pango_glyph_string_new());
  int count = 0;
  for (int i = 0; i < all->num_glyphs; ++i)
    if (all->log_clusters[i] >= box.byte_begin && all->log_clusters[i] < box.byte_end) ++count;
  if (count == 0) return;
  pango_glyph_string_set_size(part.get(), count);
  int k = 0;
  for (int i = 0; i < all->num_glyphs; ++i) {
    if (all->log_clusters[i] < box.byte_begin || all->log_clusters[i] >= box.byte_end) continue;
    part->glyphs[k] = all->glyphs[i];
    part->log_clusters[k] = all->log_clusters[i] - box.byte_begin;
    ++k;
  }
  ItemPtr item(pango_item_copy(run.item.get()));
  item->offset = box.byte_begin;
  item->length = box.byte_end - box.byte_begin;
  item->num_chars = static_cast<int>(g_utf8_strlen(run.text.data() + box.byte_begin, item->length));
  PangoGlyphItem glyph_item{item.get(), part.get(), 0, 0, 0};

  cairo_move_to(cr, x, baseline);
  // The glyph item variant passes the text with the glyphs (cairo_show_text_glyphs), so
  // ligatures and reordered scripts extract as the right characters.
  pango_cairo_show_glyph_item(cr, run.text.c_str(), &glyph_item);
}

void draw_line(cairo_t* cr, const typeset::NodeList& list, const typeset::SetLine& line, double left,
               double baseline) {
  for (const auto& placed : line.boxes) draw_box(cr, list, placed.box, left + placed.x, baseline);
}

}  // namespace quire::pdf

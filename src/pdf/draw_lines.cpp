#include "pdf/draw_lines.h"

#include <pango/pangocairo.h>

#include <string>

#include "graphics/cairo_handles.h"

namespace quire::pdf {

namespace {

bool drawable(const typeset::Box& box) { return box.run >= 0 && box.byte_end > box.byte_begin; }

// Glyphs of one font that cairo can show as they are: no glyph a font lacks (Pango draws
// those as hex boxes) and left-to-right clusters (right-to-left boxes go through Pango,
// which orders their clusters for cairo).
bool plain_box(const typeset::NodeList& list, const typeset::Box& box) {
  if (box.bidi_level % 2 == 1) return false;
  const PangoGlyphString* all = list.runs[static_cast<std::size_t>(box.run)].glyphs();
  for (int i = 0; i < all->num_glyphs; ++i)
    if (all->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) return false;
  return true;
}

PangoFont* font_of(const typeset::NodeList& list, const typeset::Box& box) {
  return list.runs[static_cast<std::size_t>(box.run)].item()->analysis.font;
}

// Boxes of one line in one font gathered into a single show-text-glyphs operation. Each
// operation costs Cairo's PDF surface a region union when the page is finished, so one per
// word makes finishing a page quadratic in its words.
class GlyphBatch {
 public:
  void add(const typeset::NodeList& list, const typeset::Box& box, double x, double baseline) {
    const typeset::GlyphRun& run = list.runs[static_cast<std::size_t>(box.run)];
    const PangoGlyphString* all = run.glyphs();
    double pen = x;
    int cluster_start = -1;
    for (int i = 0; i < all->num_glyphs; ++i) {
      const int c = all->log_clusters[i];
      if (c < box.byte_begin || c >= box.byte_end) continue;
      const PangoGlyphInfo& g = all->glyphs[i];
      if (c != cluster_start) {
        close_cluster(run, box);
        cluster_start = c;
        open_ = c;
        clusters_.push_back({0, 0});
      }
      if (g.glyph != PANGO_GLYPH_EMPTY) {
        glyphs_.push_back({g.glyph, pen + static_cast<double>(g.geometry.x_offset) / PANGO_SCALE,
                           baseline + static_cast<double>(g.geometry.y_offset) / PANGO_SCALE});
        ++clusters_.back().num_glyphs;
      }
      pen += static_cast<double>(g.geometry.width) / PANGO_SCALE;
    }
    close_cluster(run, box);
  }

  void show(cairo_t* cr, PangoFont* font) {
    if (!glyphs_.empty()) {
      // A cluster left without a glyph (an empty glyph alone) gives its text to the one before.
      std::vector<cairo_text_cluster_t> merged;
      for (const auto& c : clusters_) {
        if (c.num_glyphs == 0 && !merged.empty())
          merged.back().num_bytes += c.num_bytes;
        else
          merged.push_back(c);
      }
      if (merged.size() > 1 && merged.front().num_glyphs == 0) {
        merged[1].num_bytes += merged.front().num_bytes;
        merged.erase(merged.begin());
      }
      if (!merged.empty() && merged.front().num_glyphs == 0) merged.clear();
      cairo_set_scaled_font(cr, pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font)));
      if (merged.empty())
        cairo_show_glyphs(cr, glyphs_.data(), static_cast<int>(glyphs_.size()));
      else
        cairo_show_text_glyphs(cr, text_.data(), static_cast<int>(text_.size()), glyphs_.data(),
                               static_cast<int>(glyphs_.size()), merged.data(),
                               static_cast<int>(merged.size()), cairo_text_cluster_flags_t{});
    }
    glyphs_.clear();
    clusters_.clear();
    text_.clear();
  }

 private:
  // The cluster that started at byte `open_` ends where the next one starts (or the box ends).
  void close_cluster(const typeset::GlyphRun& run, const typeset::Box& box) {
    if (open_ < 0) return;
    int end = box.byte_end;
    for (int i = 0; i < run.glyphs()->num_glyphs; ++i) {
      const int c = run.glyphs()->log_clusters[i];
      if (c > open_ && c < end) end = c;
    }
    text_.append(run.text(), static_cast<std::size_t>(open_), static_cast<std::size_t>(end - open_));
    clusters_.back().num_bytes = end - open_;
    open_ = -1;
  }

  std::vector<cairo_glyph_t> glyphs_;
  std::vector<cairo_text_cluster_t> clusters_;
  std::string text_;
  int open_ = -1;
};

}  // namespace

void draw_box(cairo_t* cr, const typeset::NodeList& list, const typeset::Box& box, double x,
              double baseline) {
  if (!drawable(box)) return;
  const typeset::GlyphRun& run = list.runs[static_cast<std::size_t>(box.run)];
  const PangoGlyphString* all = run.glyphs();

  // The glyphs of the box's clusters, with clusters made relative to the box's text.
  graphics::GlyphStringPtr part(pango_glyph_string_new());
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
  graphics::ItemPtr item(pango_item_copy(const_cast<PangoItem*>(run.item())));
  item->offset = box.byte_begin;
  item->length = box.byte_end - box.byte_begin;
  item->num_chars = static_cast<int>(g_utf8_strlen(run.text().data() + box.byte_begin, item->length));
  PangoGlyphItem glyph_item{item.get(), part.get(), 0, 0, 0};

  cairo_move_to(cr, x, baseline);
  // The glyph item variant passes the text with the glyphs (cairo_show_text_glyphs), so
  // ligatures and reordered scripts extract as the right characters.
  pango_cairo_show_glyph_item(cr, run.text().c_str(), &glyph_item);
}

void draw_line(cairo_t* cr, const typeset::NodeList& list, const typeset::SetLine& line, double left,
               double baseline) {
  GlyphBatch batch;
  PangoFont* batch_font = nullptr;
  for (const auto& placed : line.boxes) {
    const typeset::Box& box = placed.box;
    if (!drawable(box)) continue;
    if (!plain_box(list, box)) {
      if (batch_font) batch.show(cr, batch_font);
      batch_font = nullptr;
      draw_box(cr, list, box, left + placed.x, baseline);
      continue;
    }
    PangoFont* font = font_of(list, box);
    if (batch_font && font != batch_font) batch.show(cr, batch_font);
    batch_font = font;
    batch.add(list, box, left + placed.x, baseline);
  }
  if (batch_font) batch.show(cr, batch_font);
}

}  // namespace quire::pdf

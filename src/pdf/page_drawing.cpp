#include "pdf/page_drawing.h"

#include <fmt/format.h>

#include "graphics/images.h"
#include "pdf/draw_lines.h"

namespace quire::pdf {

std::string quoted_attribute(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

namespace {

// "uri:https://..." -> "uri='https://...'", "dest:name" -> "dest='name'".
std::string link_attributes(const std::string& link) {
  if (link.rfind("uri:", 0) == 0) return "uri=" + quoted_attribute(link.substr(4));
  if (link.rfind("dest:", 0) == 0) return "dest=" + quoted_attribute(link.substr(5));
  return {};
}

}  // namespace

void PageDrawer::draw_text(cairo_t* cr, const layout::TextArt& text, double left, double baseline) {
  const double x0 = left + text.x;
  const double y = baseline + text.y;
  bool linked = false;
  for (const auto& placed : text.line.boxes) {
    const auto& box = placed.box;
    const std::string* link = nullptr;
    double ascent = 0, descent = 0;
    if (box.run >= 0) {
      const auto& run = text.list->runs[static_cast<std::size_t>(box.run)];
      const std::string& target = text.list->link_of(run);
      if (!target.empty()) link = &target;
      ascent = run.ascent();
      descent = run.descent();
    }
    const std::string attrs = link ? link_attributes(*link) : std::string();
    linked |= !attrs.empty();
    if (!attrs.empty()) {
      // The clickable area is the box's full line height, not just its ink.
      const std::string rect = fmt::format(" rect=[{:.2f} {:.2f} {:.2f} {:.2f}]", x0 + placed.x, y - ascent,
                                           box.width, ascent + descent);
      cairo_tag_begin(cr, CAIRO_TAG_LINK, (attrs + rect).c_str());
      cairo_tag_end(cr, CAIRO_TAG_LINK);
    }
  }
  // The whole line at once: one text operation per font rather than one per word.
  const typeset::Rgb& ink = style_.link_colour;
  if (!linked || (ink.red == 0 && ink.green == 0 && ink.blue == 0)) {
    draw_line(cr, *text.list, text.line, x0, y);
    return;
  }
  // Coloured links (the screen edition): the linked words drawn apart, in their colour.
  typeset::SetLine plain = text.line;
  typeset::SetLine links = text.line;
  plain.boxes.clear();
  links.boxes.clear();
  for (const auto& placed : text.line.boxes) {
    const bool is_link =
        placed.box.run >= 0 && text.list->runs[static_cast<std::size_t>(placed.box.run)].link >= 0;
    (is_link ? links : plain).boxes.push_back(placed);
  }
  draw_line(cr, *text.list, plain, x0, y);
  cairo_save(cr);
  cairo_set_source_rgb(cr, ink.red, ink.green, ink.blue);
  draw_line(cr, *text.list, links, x0, y);
  cairo_restore(cr);
}

void PageDrawer::draw_art(cairo_t* cr, const layout::Art& art, double left, double baseline) {
  if (const auto* text = std::get_if<layout::TextArt>(&art)) {
    draw_text(cr, *text, left, baseline);
  } else if (const auto* image = std::get_if<layout::ImageArt>(&art)) {
    graphics::draw_image(cr, image->path, left + image->x, baseline + image->y, image->width, image->height,
                         image_pixels_, graphics::LabelFont{placeholder_face_, style_.small.size});
  } else if (const auto* rule = std::get_if<layout::RuleArt>(&art)) {
    cairo_save(cr);
    cairo_set_line_width(cr, rule->thickness);
    if (rule->gray > 0) cairo_set_source_rgb(cr, rule->gray, rule->gray, rule->gray);
    cairo_move_to(cr, left + rule->x1, baseline + rule->y1);
    cairo_line_to(cr, left + rule->x2, baseline + rule->y2);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
}

layout::TextArt PageDrawer::small_line(const std::string& text, bool italic, double& width) {
  typeset::TextStyle s;
  s.size = style_.head_size;
  s.italic = italic;
  typeset::ParagraphText p;
  p.runs = {{text, s}};
  p.language = language_;
  return setter_.single_line(p, width);
}

void PageDrawer::draw_head(cairo_t* cr, const layout::PrintedPage& page) {
  const double left = text_left(page.recto);
  const double width = style_.text_width();
  if (!page.head.empty()) {
    const double y = style_.top - style_.body.leading * 1.5;
    double w = 0;
    layout::TextArt head = small_line(page.head, true, w);
    draw_text(cr, head, left + (width - w) / 2, y);
    if (!page.folio.empty() && !page.folio_at_foot) {
      double fw = 0;
      layout::TextArt folio = small_line(page.folio, false, fw);
      draw_text(cr, folio, page.recto ? left + width - fw : left, y);
    }
  }
  if (!page.folio.empty() && (page.folio_at_foot || page.head.empty())) {
    double fw = 0;
    layout::TextArt folio = small_line(page.folio, false, fw);
    const double y = style_.page_height - style_.bottom + style_.body.leading * 2;
    draw_text(cr, folio, left + (width - fw) / 2, y);
  }
}

void PageDrawer::draw(cairo_t* cr, const layout::PrintedPage& page) {
  if (!page.page || page.page->blank) return;
  const double left = text_left(page.recto);
  const double top = style_.top;
  for (const auto& pm : page.page->marks) {
    if (pm.mark.dest.empty()) continue;
    const std::string attrs = fmt::format("name={} x={:.2f} y={:.2f}", quoted_attribute(pm.mark.dest), left,
                                          std::max(0.0, top + pm.y - style_.body.leading));
    cairo_tag_begin(cr, CAIRO_TAG_DEST, attrs.c_str());
    cairo_tag_end(cr, CAIRO_TAG_DEST);
  }
  for (const auto& placed : page.page->boxes)
    for (const auto& art : placed.box->art) draw_art(cr, art, left, top + placed.baseline);
  if (!page.page->notes.empty()) {
    // A short rule, a third of the measure, a little above the notes.
    const double rule_y = page.page->notes_top - style_.small.leading * 0.45;
    draw_art(cr, layout::RuleArt{0, rule_y, style_.text_width() / 3, rule_y, 0.4}, left, top);
    for (const auto& placed : page.page->notes)
      for (const auto& art : placed.box->art) draw_art(cr, art, left, top + placed.baseline);
  }
  draw_head(cr, page);
}

}  // namespace quire::pdf

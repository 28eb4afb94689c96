#include "pdf/print_marks.h"

namespace quire::pdf {

Sheet sheet_for(const typeset::PrintStyle& style, bool marks) {
  Sheet s;
  s.bleed = marks ? style.bleed : 0;
  s.offset = marks ? s.bleed + kMarkRoom : 0;
  s.width = style.page_width + 2 * s.offset;
  s.height = style.page_height + 2 * s.offset;
  s.trim = {s.offset, s.offset, s.offset + style.page_width, s.offset + style.page_height};
  s.bleed_box = {s.trim.x0 - s.bleed, s.trim.y0 - s.bleed, s.trim.x1 + s.bleed, s.trim.y1 + s.bleed};
  return s;
}

void draw_crop_marks(cairo_t* cr, const Sheet& sheet) {
  if (sheet.offset <= 0) return;
  const double left = sheet.offset, right = sheet.width - sheet.offset;
  const double top = sheet.offset, bottom = sheet.height - sheet.offset;
  const double near = sheet.bleed + 2;  // a little clear of the bleed
  const double far = near + kCropMarkLength;
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.25);
  for (const double x : {left, right})
    for (const double y : {top, bottom}) {
      const double sx = x == left ? -1 : 1;  // outward
      const double sy = y == top ? -1 : 1;
      cairo_move_to(cr, x + sx * near, y);
      cairo_line_to(cr, x + sx * far, y);
      cairo_move_to(cr, x, y + sy * near);
      cairo_line_to(cr, x, y + sy * far);
    }
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace quire::pdf

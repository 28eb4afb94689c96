#pragma once
// Draws set lines onto a Cairo surface (a PDF page): each box's glyphs at its exact position,
// with their text attached so the PDF's text can be searched and copied.
#include <cairo.h>

#include <vector>

#include "typeset/line.h"
#include "typeset/nodes.h"

namespace quire::pdf {

// Draws `line` with its text block's left edge at `left` and its baseline at `baseline` (pt,
// Cairo's user space, y down). Glyphs are drawn in the current source colour.
void draw_line(cairo_t* cr, const typeset::NodeList& list, const typeset::SetLine& line, double left,
               double baseline);

// Draws the glyphs of one box with its left edge at (x, baseline).
void draw_box(cairo_t* cr, const typeset::NodeList& list, const typeset::Box& box, double x, double baseline);

}  // namespace quire::pdf

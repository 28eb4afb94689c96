#pragma once
// The sheet a page is printed on when the printer wants marks: the trim size plus a bleed on
// every side and room beyond it for crop marks, which show the printer where to cut.
#include <cairo.h>

#include "pdf/page_boxes.h"
#include "typeset/print_style.h"

namespace quire::pdf {

struct Sheet {
  double width = 0;   // the MediaBox
  double height = 0;
  double offset = 0;  // from the sheet's edges to the trim, on every side
  double bleed = 0;
  PdfBox trim;        // in PDF space (y up)
  PdfBox bleed_box;
};

// Beyond the bleed: the crop marks' length and a margin past their ends.
inline constexpr double kCropMarkLength = 14.17;  // 5 mm
inline constexpr double kMarkRoom = kCropMarkLength + 6;

// The page alone when `marks` is false (offset 0, trim = bleed = the page).
Sheet sheet_for(const typeset::PrintStyle& style, bool marks);

// Crop marks at the four corners of the trim, in line with its edges and outside the bleed,
// so no mark reaches into the printed area or the bleed.
void draw_crop_marks(cairo_t* cr, const Sheet& sheet);

}  // namespace quire::pdf

#pragma once
// A printer's preflight reads the trim size from each page's TrimBox and the bleed from its
// BleedBox; Cairo 1.16 writes only the MediaBox, so these are added to its finished bytes.
#include <string>

namespace quire::pdf {

// A rectangle in PDF user space (pt, y up): lower left and upper right corners.
struct PdfBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool operator==(const PdfBox&) const = default;
};

// `pdf` with /TrimBox `trim` and /BleedBox `bleed` in every page dictionary. The bytes come
// back unchanged when they are not laid out as Cairo writes them.
//
// The pages were drawn translated by `offset` (to their place on a larger sheet), which Cairo
// 1.16 does not apply to link rectangles and destinations given as numbers: those are moved by
// the same amount here, so links and bookmarks still land on what they point at.
std::string add_page_boxes(std::string pdf, const PdfBox& trim, const PdfBox& bleed, double offset = 0);

}  // namespace quire::pdf

#pragma once
// A stand-in for the page builder, for testing the paragraph engine and line drawing end to
// end: typesets paragraphs one after another into a one-column PDF, a new page when one is full.
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "typeset/font_config.h"
#include "typeset/hyphenator.h"
#include "typeset/line.h"
#include "typeset/line_breaker.h"
#include "typeset/shaper.h"
#include "typeset/styled_text.h"

namespace quire::pdf {

struct DemoPage {
  double width = 419.53;   // A5, pt
  double height = 595.28;
  double margin_left = 59.76;   // (A5 width - 300 pt measure) / 2
  double margin_right = 59.77;
  double margin_top = 56.69;    // 20 mm
  double margin_bottom = 70.87; // 25 mm
  double top_skip = 10;         // first baseline below the top margin (TeX's \topskip)
  double leading = 12.5;        // baseline to baseline
  double indent = 10;           // first-line indent of every paragraph but the first
  typeset::Alignment alignment = typeset::Alignment::Justified;
  typeset::BreakParams params;
  typeset::ShapeOptions shape;  // `indent` here is overridden per paragraph
  std::string title;            // PDF metadata
};

struct DemoStats {
  int pages = 0;
  int lines = 0;
  int hyphenated_lines = 0;
  int overfull_lines = 0;    // lines wider than their measure (should stay 0)
  int emergency_paragraphs = 0;  // paragraphs that needed emergency stretch or the last pass
};

// Writes the PDF to `path` atomically. False (with an error reported) when it cannot.
bool write_paragraphs_pdf(const typeset::FontConfig& fonts, typeset::HyphenatorSet& hyphenators,
                          const std::vector<typeset::ParagraphText>& paragraphs, const DemoPage& page,
                          const std::string& path, Diagnostics& diags, DemoStats* stats = nullptr);

}  // namespace quire::pdf

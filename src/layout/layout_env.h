#pragma once
// What every part of block layout shares: the print style, the paragraph setter, the book's
// language and folder, the destinations that exist, and the diagnostics sink.
#include <string>

#include "diag/diagnostics.h"
#include "layout/inline_runs.h"
#include "layout/paragraph_lines.h"
#include "model/book.h"
#include "typeset/print_style.h"
#include "typeset/styled_text.h"

namespace quire::layout {

struct LayoutEnv {
  const typeset::PrintStyle& style;
  ParagraphSetter& setter;
  std::string language = "en";
  std::string book_root;
  DestExists exists;
  Diagnostics& diags;
  std::string reference_prefix = "ref-";  // destinations of the bibliography in scope
  std::string note_prefix = "";           // destinations of the entry's notes: prefix + number
  long long image_pixels = model::Limits{}.image_pixels;  // the book's limit on a raster's pixels
};

// Where blocks are set: indents from the text block's edges, and the size of their text.
struct Frame {
  double left = 0;
  double right = 0;
  typeset::TypeSize text{10, 13};
  bool indent_paragraphs = true;  // first-line indent after a paragraph
  std::string source;             // the entry's file, for diagnostics
};

inline typeset::TextStyle text_style(const typeset::TypeSize& t, bool italic = false, bool bold = false,
                                     typeset::FontRole family = typeset::FontRole::Serif) {
  typeset::TextStyle s;
  s.size = t.size;
  s.italic = italic;
  s.bold = bold;
  s.family = family;
  return s;
}

inline typeset::ParagraphText paragraph(std::vector<typeset::StyledRun> runs, const LayoutEnv& env,
                                        const std::string& source = {}, SourcePos pos = {}) {
  typeset::ParagraphText p;
  p.runs = std::move(runs);
  p.language = env.language;
  p.loc = {source, pos};
  return p;
}

}  // namespace quire::layout

#pragma once
// The print style of the PDF edition (styles/print.yaml, optionally overridden by the book's
// `style:`): trim size, mirrored margins, type sizes and leading, running heads.
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::typeset {

// A size and the baseline-to-baseline distance that goes with it, pt.
struct TypeSize {
  double size = 10;
  double leading = 13;
};

struct Rgb {
  double red = 0, green = 0, blue = 0;  // 0..1
};

struct PrintStyle {
  std::string trim = "6x9in";  // the preset name, or "custom"
  double page_width = 432;
  double page_height = 648;
  double inner = 45;   // spine-side margin
  double outer = 57;
  double top = 54;
  double bottom = 63;

  TypeSize body{10, 13};
  double indent = 13;
  TypeSize chapter{20, 24};
  double chapter_sink = 96;
  TypeSize part{24, 30};
  double part_sink = 160;
  TypeSize entry{16, 20};
  TypeSize section{12, 15};
  TypeSize subsection{11, 14};
  TypeSize small{8.5, 11};
  TypeSize code{8.5, 11};

  double head_size = 8.5;
  std::string verso_head = "book";     // "book", "chapter" or "none"
  std::string recto_head = "chapter";
  std::string folio = "outer";         // "outer" or "none"

  // The edition: "print" (mirrored margins, chapters opening on rectos, black links) or
  // "screen" (single-sided: symmetric margins, no blank pages, coloured links).
  std::string edition = "print";
  bool two_sided = true;                 // false: recto breaks are plain page breaks
  Rgb link_colour{0, 0, 0};
  Rgb screen_link_colour{0.09, 0.25, 0.55};  // the screen edition's links: a dark blue
  double bleed = 8.5;                    // beyond the trim on each side, with print marks (3 mm)

  double text_width() const { return page_width - inner - outer; }
  double text_height() const { return page_height - top - bottom; }
};

// Page size of a preset ("6x9in", "a5", "royal", "a4", "letter"), false when unknown.
bool trim_preset(const std::string& name, double& width, double& height);

// Applies the keys of a print style YAML document to `style`; problems are reported against
// `path`. Keys left out keep their values; a trim without margins gets margins in proportion.
bool apply_print_style(const std::string& yaml_text, const std::string& path, PrintStyle& style,
                       Diagnostics& diags);

// styles_dir/print.yaml, then the book's `style:` (a preset name or a YAML file inside the
// book folder), then `edition` when it is not empty (the command line's choice wins over the
// style's `edition:`). nullopt (with an error) when a style cannot be read.
std::optional<PrintStyle> load_print_style(const std::string& styles_dir, const model::Book& book,
                                           Diagnostics& diags, const std::string& edition = {});

// Sets the edition and what follows from it: for "screen", one-sided pages with the inner and
// outer margins made equal (their mean) and links in the screen colour; for "print", two-sided
// pages and black links. False for any other name.
bool apply_edition(PrintStyle& style, const std::string& edition);

}  // namespace quire::typeset

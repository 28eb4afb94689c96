#pragma once
// Decides what the author's raw content means: well-formed `{=html}` stays for the EPUB, TeX
// that carries layout (`\newpage`, `\vspace{…}`, `\noindent`) becomes model blocks the print
// edition acts on, and every other raw TeX command is a warning that keeps its arguments' text.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

void read_raw_content(model::Book& book, Diagnostics& diags);

// True when `html` parses as a sequence of XML elements and text; `error` says why not.
bool well_formed_html(const std::string& html, std::string* error = nullptr);

}  // namespace quire::structure

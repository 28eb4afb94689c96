#pragma once
// The entry points of quire that the fuzz harnesses drive, as plain functions of the input
// bytes, so that a crash the fuzzer finds replays as an ordinary test (tests/fuzz_regressions).
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"

namespace quire::fuzz {

// Runs one entry point on `data` and returns what it reported. Inputs the real program
// turns away before that entry point (for example bytes that are not UTF-8 where quire
// checks for UTF-8 first) are turned away the same way, with the same diagnostic.
using TargetFn = Diagnostics (*)(std::string_view data);

struct Target {
  std::string_view name;  // the harness is fuzz/<name>_fuzzer, its seeds fuzz/seeds/<name>
  TargetFn run;
};

// Every target, in a fixed order.
const std::vector<Target>& all_targets();

// The target called `name`, or nullptr.
const Target* find_target(std::string_view name);

// A book folder in a `%%%% path` archive (see book_archive.h) loaded with load_book:
// book.yaml, front matter, entry files.
Diagnostics run_load(std::string_view data);
// One entry's Markdown body through the Markdown reader (with its citation syntax).
Diagnostics run_markdown(std::string_view data);
// Bibliographies: BibTeX and BibLaTeX, CSL-JSON, CSL-YAML; each then read as CSL items.
Diagnostics run_bibtex(std::string_view data);
Diagnostics run_csl_json(std::string_view data);
Diagnostics run_csl_yaml(std::string_view data);
// A CSL style (optionally with `%%%% refs.json` references) rendered as citations and a
// bibliography, in HTML and text.
Diagnostics run_csl_style(std::string_view data);
// A book folder archive through the whole pipeline to an EPUB and a PDF in memory.
Diagnostics run_pipeline(std::string_view data);

}  // namespace quire::fuzz

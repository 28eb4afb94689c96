#pragma once
// The pipeline in named steps: load, order, resolve, emit. The CLI and the tests drive it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "driver/book_stats.h"
#include "driver/build_observer.h"
#include "model/book.h"

namespace quire::driver {

struct BuildOptions {
  std::string book_dir = "book";
  std::string out_dir = "out";
  bool epub = true;
  bool pdf = true;
  bool write = true;                              // false: check everything, write nothing (`quire check`)
  bool strict = false;                            // warnings count as errors
  std::optional<std::int64_t> source_date_epoch;  // SOURCE_DATE_EPOCH, when set
  std::string styles_dir;                         // folder with epub.css and print styles
  // --version-tag: outputs are named <slug>-<tag>; nullopt = book.yaml's version, else
  // `git describe` of the book's work tree (see driver/version_tag.h).
  std::optional<std::string> version_tag;
  BuildObserver* observer = nullptr;  // told of stages and counts (progress, timings); may be null
  std::string edition;                // --edition print|screen of the PDF; "" = the print style's
  bool print_marks = false;           // --print-marks: bleed, crop marks, TrimBox and BleedBox
  unsigned jobs = 0;                  // --jobs: threads for loading and layout; 0 = one per core
};

struct BuildResult {
  bool ok = false;
  std::vector<std::string> written;  // output paths, in the order they were written
  BookStats stats;                   // filled as far as the build got
  std::string version;               // the edition's version, "" when none
};

// Loads the book and runs every pass that does not depend on an output format.
// nullopt when the book could not be loaded at all.
std::optional<model::Book> prepare_book(const BuildOptions& options, Diagnostics& diags);

// prepare_book, then the writers. Outputs are written only when no error was reported
// (and, with `strict`, no warning), each atomically: a failed build keeps the old files.
BuildResult build_book(const BuildOptions& options, Diagnostics& diags);

// The stages build_book will run for these options, in order (the names observers are told).
std::vector<std::string> planned_stages(const BuildOptions& options);

// Where quire's own styles live: next to the installed binary, else in the source tree.
std::string default_styles_dir(const std::string& argv0);

}  // namespace quire::driver

#pragma once
// Diagnostics are values: every pass reports problems into a sink and carries on where it
// can; the driver decides what is fatal (errors, or warnings under --strict).
#include <string>
#include <string_view>
#include <vector>

#include "model/source.h"

namespace quire {

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLoc loc;
  std::string message;  // lower case, no trailing period
  std::string code;     // short stable identifier, e.g. "unknown-key"
};

class Diagnostics {
 public:
  // A message is kept on one line (a library's text may end in or hold line breaks), so
  // that each diagnostic is one line of a CI log.
  void report(Diagnostic d);
  void error(SourceLoc loc, std::string message, std::string code = {});
  void warning(SourceLoc loc, std::string message, std::string code = {});
  void note(SourceLoc loc, std::string message, std::string code = {});

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t count(Severity s) const;
  bool has_errors() const { return count(Severity::Error) > 0; }
  // Appends another sink's diagnostics (used to merge work done in parallel, in order).
  void merge(const Diagnostics& other);

 private:
  std::vector<Diagnostic> items_;
};

// "path:line:col: severity: message [code]" — gcc's layout, which editors and CI parse.
// With `color`, the location is bold and the severity coloured as gcc colours them.
std::string format_diagnostic(const Diagnostic& d, bool color = false);
std::string_view severity_name(Severity s);

// "2 errors, 5 warnings" (notes are not counted); "" when there is neither.
std::string diagnostics_summary(const Diagnostics& diags);

}  // namespace quire

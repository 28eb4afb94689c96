#include "diag/diagnostics.h"

#include <algorithm>

namespace quire {

void Diagnostics::error(SourceLoc loc, std::string message, std::string code) {
  report({Severity::Error, std::move(loc), std::move(message), std::move(code)});
}
void Diagnostics::warning(SourceLoc loc, std::string message, std::string code) {
  report({Severity::Warning, std::move(loc), std::move(message), std::move(code)});
}
void Diagnostics::note(SourceLoc loc, std::string message, std::string code) {
  report({Severity::Note, std::move(loc), std::move(message), std::move(code)});
}

std::size_t Diagnostics::count(Severity s) const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void Diagnostics::merge(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  if (!d.loc.path.empty()) {
    out += d.loc.path;
    if (d.loc.pos.line > 0) {
      out += ':' + std::to_string(d.loc.pos.line);
      out += ':' + std::to_string(d.loc.pos.col > 0 ? d.loc.pos.col : 1);
    }
    out += ": ";
  } else {
    out += "quire: ";
  }
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  return out;
}

}  // namespace quire

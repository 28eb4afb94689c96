#include "diag/diagnostics.h"

#include <algorithm>

namespace quire {

void Diagnostics::report(Diagnostic d) {
  std::string& m = d.message;
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  if (m.find_first_of("\r\n") != std::string::npos) {
    std::string one;
    bool broke = false;  // inside a line break and the blanks around it
    for (char c : m) {
      if (c == '\r' || c == '\n') {
        while (!one.empty() && blank(one.back())) one.pop_back();
        broke = true;
        continue;
      }
      if (broke) {
        if (blank(c)) continue;
        if (!one.empty() && c != ';' && c != ',' && c != '.') one += ' ';
        broke = false;
      }
      one += c;
    }
    m = std::move(one);
  }
  while (!m.empty() && blank(m.back())) m.pop_back();
  items_.push_back(std::move(d));
}

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

namespace {

// SGR sequences in gcc's default palette (GCC_COLORS): bold locations, bold red errors,
// bold magenta warnings, bold cyan notes.
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[m";

std::string_view severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;35m";
    case Severity::Note: return "\x1b[1;36m";
  }
  return kBold;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, bool color) {
  std::string out;
  if (color) out += kBold;
  if (!d.loc.path.empty()) {
    out += d.loc.path;
    if (d.loc.pos.line > 0) {
      out += ':' + std::to_string(d.loc.pos.line);
      out += ':' + std::to_string(d.loc.pos.col > 0 ? d.loc.pos.col : 1);
    }
    out += ":";
  } else {
    out += "quire:";
  }
  if (color) out += kReset;
  out += ' ';
  if (color) out += severity_color(d.severity);
  out += severity_name(d.severity);
  out += ':';
  if (color) out += kReset;
  out += ' ';
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  return out;
}

std::string diagnostics_summary(const Diagnostics& diags) {
  const auto errors = diags.count(Severity::Error);
  const auto warnings = diags.count(Severity::Warning);
  if (errors + warnings == 0) return {};
  return std::to_string(errors) + (errors == 1 ? " error, " : " errors, ") + std::to_string(warnings) +
         (warnings == 1 ? " warning" : " warnings");
}

}  // namespace quire

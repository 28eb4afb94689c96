#include "cli/diagnostic_printer.h"

#include "diag/github_format.h"

namespace quire::cli {

void print_diagnostics(const Diagnostics& diags, const PrintStyle& style, std::ostream& out) {
  for (const auto& d : diags.all()) {
    if (style.quiet && d.severity == Severity::Note) continue;
    if (style.format == DiagnosticsFormat::Github)
      out << format_github(d, style.workspace) << '\n';
    else
      out << format_diagnostic(d, style.color) << '\n';
  }
  const std::string summary = diagnostics_summary(diags);
  if (!summary.empty()) out << summary << '\n';
  out.flush();
}

}  // namespace quire::cli

#pragma once
// Prints a build's diagnostics on standard error, in gcc's layout (optionally coloured) or as
// GitHub Actions workflow commands, followed by the one-line count of errors and warnings.
#include <ostream>
#include <string>

#include "diag/diagnostics.h"

namespace quire::cli {

enum class DiagnosticsFormat { Gcc, Github };

struct PrintStyle {
  DiagnosticsFormat format = DiagnosticsFormat::Gcc;
  bool color = false;
  bool quiet = false;     // notes are left out
  std::string workspace;  // $GITHUB_WORKSPACE: annotation paths are relative to it
};

void print_diagnostics(const Diagnostics& diags, const PrintStyle& style, std::ostream& out);

}  // namespace quire::cli

#pragma once
// quire's command line parsed into plain options: which command, the build's options, and how
// the build talks to the user (diagnostics format, colour, progress, report).
#include <optional>
#include <ostream>
#include <string>

#include "cite/cite_tool.h"
#include "cli/color_choice.h"
#include "cli/diagnostic_printer.h"
#include "driver/pipeline.h"
#include "driver/scaffold.h"

namespace quire::cli {

enum class Command { Build, Check, Cite, New };

struct UiOptions {
  bool quiet = false;    // only warnings and errors; no progress
  bool verbose = false;  // stage timings and the book's figures after the build
  ColorMode color = ColorMode::Auto;
  DiagnosticsFormat format = DiagnosticsFormat::Gcc;
  std::string report_path;  // --report FILE.json, "" = none
};

struct CommandLine {
  Command command = Command::Build;
  driver::BuildOptions build;
  UiOptions ui;
  cite::CiteToolOptions cite;
  driver::ScaffoldOptions scaffold;
};

// Fills `cl` from argv. Returns an exit code when parsing alone ends the run (--help,
// --version: 0; a usage error: 2, with the message on `err`), nullopt when a command is to run.
std::optional<int> parse_command_line(int argc, const char* const* argv, CommandLine& cl, std::ostream& out,
                                      std::ostream& err);

}  // namespace quire::cli

#pragma once
// `quire build` and `quire check`: runs the pipeline with a progress display on a terminal,
// writes the report, prints diagnostics and maps the outcome to an exit code.
#include <ostream>

#include "cli/command_line.h"

namespace quire::cli {

// What the command may know of its surroundings, passed in so it reads no globals.
struct Environment {
  const char* argv0 = "quire";
  const char* source_date_epoch = nullptr;  // $SOURCE_DATE_EPOCH
  const char* no_color = nullptr;           // $NO_COLOR
  const char* term = nullptr;               // $TERM
  const char* github_workspace = nullptr;   // $GITHUB_WORKSPACE
  bool stderr_is_terminal = false;
  std::size_t terminal_width = 80;
};

int run_build_command(CommandLine cl, const Environment& env, std::ostream& err);

}  // namespace quire::cli

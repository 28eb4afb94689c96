// quire's command line: parses the arguments and runs the command; the exit codes are in
// cli/exit_codes.h (0 ok, 1 the book has errors, 2 usage, 3 internal error).
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "cite/cite_tool.h"
#include "cli/build_command.h"
#include "cli/command_line.h"
#include "cli/exit_codes.h"
#include "cli/new_command.h"
#include "cli/progress_display.h"

namespace {

using namespace quire::cli;

int run_cite(const CommandLine& cl) {
  if (cl.cite.style.empty() && cl.cite.mode != "items") {
    std::cerr << "quire: error: cite --mode " << cl.cite.mode << " needs --style\n";
    return kUsage;
  }
  return quire::cite::run_cite_tool(cl.cite, std::cout, std::cerr);
}

Environment environment(const char* argv0) {
  Environment env;
  env.argv0 = argv0;
  env.source_date_epoch = std::getenv("SOURCE_DATE_EPOCH");
  env.no_color = std::getenv("NO_COLOR");
  env.term = std::getenv("TERM");
  env.github_workspace = std::getenv("GITHUB_WORKSPACE");
  env.stderr_is_terminal = ::isatty(STDERR_FILENO) == 1;
  if (env.stderr_is_terminal) env.terminal_width = terminal_width(STDERR_FILENO);
  return env;
}

int run(int argc, char** argv) {
  CommandLine cl;
  if (auto code = parse_command_line(argc, argv, cl, std::cout, std::cerr)) return *code;
  switch (cl.command) {
    case Command::Cite: return run_cite(cl);
    case Command::New: return run_new_command(cl, std::cerr);
    case Command::Build:
    case Command::Check: break;
  }
  return run_build_command(std::move(cl), environment(argv[0]), std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "quire: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "quire: internal error\n";
  }
  return kInternal;
}

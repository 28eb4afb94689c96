#pragma once
// `quire new DIR`: scaffolds a book and says what to do next.
#include <ostream>

#include "cli/command_line.h"

namespace quire::cli {

// 0 when the book was created; 2 (usage) when DIR is a file or a non-empty folder;
// 1 when a file could not be written.
int run_new_command(const CommandLine& cl, std::ostream& err);

}  // namespace quire::cli

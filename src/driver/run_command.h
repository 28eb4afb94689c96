#pragma once
// Runs a program (no shell, so paths need no quoting) and captures what it prints on
// standard output; used to ask git for the version of a book's work tree.
#include <optional>
#include <string>
#include <vector>

namespace quire::driver {

// The program's standard output when it ran and exited 0, else nullopt. Its standard error
// is discarded. `argv[0]` is looked up on PATH.
std::optional<std::string> capture_output(const std::vector<std::string>& argv);

}  // namespace quire::driver

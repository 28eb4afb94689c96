#pragma once
// Runs a shell command for a test (pdftotext, pdfinfo, qpdf...) and returns what it printed
// on stdout; `status`, when given, receives its exit code (-1 when it did not exit normally).
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace quire::testing_support {

inline std::string run_command(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    if (status != nullptr) *status = -1;
    return out;
  }
  char buf[4096];
  while (const std::size_t n = fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
  const int s = pclose(pipe);
  if (status != nullptr) *status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  return out;
}

}  // namespace quire::testing_support

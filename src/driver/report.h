#pragma once
// The build report (`--report FILE.json`): what was built, from what, with which problems, how
// long each stage took and the SHA-256 of every output. Not a build output: its timings vary.
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.h"
#include "driver/book_stats.h"

namespace quire::driver {

struct BuildReport {
  std::string command;  // "build" or "check"
  std::string book_dir;
  bool ok = false;
  bool strict = false;
  std::string version;  // the edition's version, "" when none
  BookStats stats;
  std::vector<std::pair<std::string, double>> stages;  // name, seconds; in the order they ran
  std::vector<std::string> outputs;                    // paths written
  const Diagnostics* diagnostics = nullptr;
};

// The report as pretty-printed JSON, ending in a newline. Each output's size and SHA-256 are
// read back from the file written.
std::string report_json(const BuildReport& report);

// Writes report_json atomically, creating the folder it goes in; false with `error` set.
bool write_report(const std::string& path, const BuildReport& report, std::string& error);

}  // namespace quire::driver

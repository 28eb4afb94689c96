#pragma once
// Where a piece of input came from, so any later pass can point a diagnostic at it.
#include <string>

namespace quire {

struct SourcePos {
  int line = 0;  // 1-based; 0 means "unknown"
  int col = 0;   // 1-based byte column
};

struct SourceLoc {
  std::string path;  // as the user would type it, relative to the working directory
  SourcePos pos;
};

}  // namespace quire

#include "util/invariant.h"

#include <cstdio>
#include <cstdlib>

namespace quire::util {

void invariant_failed(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, condition);
  std::abort();
}

void require_no_violations(const std::vector<std::string>& violations, const char* what, const char* file,
                           int line) {
  if (violations.empty()) return;
  for (const auto& v : violations) std::fprintf(stderr, "%s:%d: %s\n", file, line, v.c_str());
  invariant_failed(what, file, line);
}

}  // namespace quire::util

#include "load/display_path.h"

namespace quire::load {

std::string display_path(std::string_view dir, std::string_view rel) {
  if (dir.empty()) return std::string(rel);
  std::string out(dir);
  if (out.back() != '/') out += '/';
  out += rel;
  return out;
}

}  // namespace quire::load

#include "load/language_tag.h"

#include <cctype>

namespace quire::load {
namespace {

bool all_of(std::string_view s, int (*pred)(int)) {
  for (unsigned char c : s)
    if (!pred(c)) return false;
  return true;
}

}  // namespace

bool looks_like_language_tag(std::string_view tag) {
  bool first = true;
  while (true) {
    const std::size_t dash = tag.find('-');
    const std::string_view sub = tag.substr(0, dash);
    if (sub.empty() || sub.size() > 8) return false;
    if (first) {
      if (sub.size() < 2 || sub.size() > 3 || !all_of(sub, [](int c) { return std::isalpha(c); }))
        return false;
      first = false;
    } else if (!all_of(sub, [](int c) { return std::isalnum(c); })) {
      return false;
    }
    if (dash == std::string_view::npos) return true;
    tag.remove_prefix(dash + 1);
  }
}

}  // namespace quire::load

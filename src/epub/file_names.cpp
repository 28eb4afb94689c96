#include "epub/file_names.h"

#include <cctype>

namespace quire::epub {

std::string portable_name(std::string_view name, std::string_view fallback) {
  std::string out;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = std::isalnum(c) != 0 && c < 0x80;
    if (keep || c == '_' || (c == '.' && !out.empty())) {
      out += ch;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
  return out.empty() ? std::string(fallback) : out;
}

std::string NameAllocator::allocate(std::string_view stem, std::string_view extension) {
  const std::string suffix = extension.empty() ? std::string() : "." + std::string(extension);
  for (int n = 1;; ++n) {
    std::string candidate(stem);
    if (n > 1) candidate += "-" + std::to_string(n);
    candidate += suffix;
    std::string key = candidate;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (taken_.insert(key).second) return candidate;
  }
}

}  // namespace quire::epub

#include "load/includes.h"

#include <filesystem>
#include <optional>
#include <string_view>

#include "load/display_path.h"
#include "load/source_text.h"
#include "util/files.h"

namespace quire::load {
namespace {

namespace fs = std::filesystem;

// A chain this deep is a mistake rather than a book's structure.
constexpr std::size_t kMaxDepth = 16;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The path named by an include directive line, or nullopt when the line is not one.
std::optional<std::string> include_target(std::string_view line) {
  line = trim(line);
  std::string_view inner;
  if (line.size() > 4 && line.substr(0, 2) == "{{" && line.substr(line.size() - 2) == "}}") {
    inner = trim(line.substr(2, line.size() - 4));
  } else {
    return std::nullopt;
  }
  if (inner.size() > 2 && inner.front() == '<' && inner.back() == '>') {
    inner = trim(inner.substr(1, inner.size() - 2));  // Quarto's shortcode form
    if (inner.substr(0, 8) != "include ") return std::nullopt;
    inner = trim(inner.substr(8));
  } else if (inner.substr(0, 9) == "#include ") {
    inner = trim(inner.substr(9));
  } else {
    return std::nullopt;
  }
  if (inner.size() >= 2 && (inner.front() == '"' || inner.front() == '\'') && inner.back() == inner.front())
    inner = inner.substr(1, inner.size() - 2);
  if (inner.empty()) return std::nullopt;
  return std::string(inner);
}

struct Expander {
  const std::string& dir;
  std::size_t max_bytes;
  Diagnostics& diags;
  std::vector<std::string> chain;  // the files being expanded, outermost first

  std::string chain_text(const std::string& last) const {
    std::string out;
    for (const std::string& c : chain) out += c + " -> ";
    return out + last;
  }

  std::string expand(std::string_view text, const std::string& rel, int first_line) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    int line_no = first_line;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      const bool last = end == std::string::npos;
      if (last) end = text.size();
      const std::string_view line(text.data() + start, end - start);
      if (auto target = include_target(line)) {
        include(*target, rel, {display_path(dir, rel), {line_no, 1}}, out);
      } else {
        out.append(line);
        if (!last) out += '\n';
      }
      start = end + 1;
      ++line_no;
    }
    return out;
  }

  void include(const std::string& target, const std::string& from, const SourceLoc& at, std::string& out) {
    const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
    const std::string rel = (fs::path(from).parent_path() / target).lexically_normal().generic_string();
    if (fs::path(target).is_absolute() || rel.rfind("..", 0) == 0 ||
        !util::is_inside(root.string(), (root / rel).string())) {
      diags.error(at, "the include '" + target + "' names a file outside the book folder", "include-outside");
      return;
    }
    for (const std::string& c : chain)
      if (c == rel) {
        diags.error(at, "the include '" + target + "' makes a cycle: " + chain_text(rel), "include-cycle");
        return;
      }
    if (chain.size() >= kMaxDepth) {
      diags.error(at, "includes nest more than " + std::to_string(kMaxDepth) + " deep: " + chain_text(rel),
                  "include-depth");
      return;
    }
    std::error_code ec;
    if (!fs::is_regular_file(root / rel, ec)) {
      diags.error(at, "the included file '" + target + "' does not exist", "include-missing");
      return;
    }
    auto text = read_source_text(display_path(dir, rel), max_bytes, diags);
    if (!text) return;
    chain.push_back(rel);
    std::string expanded = expand(*text, rel, 1);
    chain.pop_back();
    out += expanded;
    if (!expanded.empty() && expanded.back() != '\n') out += '\n';
  }
};

}  // namespace

std::string expand_includes(std::string_view text, const std::string& dir, const std::string& rel,
                            int first_line, std::size_t max_bytes, Diagnostics& diags) {
  if (text.find("{{") == std::string_view::npos) return std::string(text);
  Expander e{dir, max_bytes, diags, {fs::path(rel).lexically_normal().generic_string()}};
  return e.expand(text, rel, first_line);
}

}  // namespace quire::load

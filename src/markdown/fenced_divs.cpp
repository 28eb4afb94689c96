#include "markdown/fenced_divs.h"

#include <charconv>
#include <cstddef>

#include "markdown/attributes.h"

namespace quire::markdown {
namespace {

constexpr std::string_view kOpen = "<!--quire:div:";
constexpr std::string_view kClose = "<!--quire:/div:";
constexpr std::string_view kEnd = "-->";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Up to three spaces of indentation, as for any CommonMark block start; nullopt-like npos
// when the line is indented further (code).
std::size_t indent_of(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i <= 3 ? i : std::string_view::npos;
}

std::size_t run_of(std::string_view s, char c) {
  std::size_t n = 0;
  while (n < s.size() && s[n] == c) ++n;
  return n;
}

// Tracks fenced code blocks so that `:::` inside them stays code.
class CodeFences {
 public:
  // Whether `line` (indentation removed) is inside, opens or closes a code block.
  bool code(std::string_view line) {
    const char c = line.empty() ? '\0' : line.front();
    const std::size_t n = (c == '`' || c == '~') ? run_of(line, c) : 0;
    if (fence_ != '\0') {
      if (c == fence_ && n >= length_ && trim(line.substr(n)).empty()) fence_ = '\0';
      return true;
    }
    if (n >= 3 && !(c == '`' && line.substr(n).find('`') != std::string_view::npos)) {
      fence_ = c;
      length_ = n;
      return true;
    }
    return false;
  }

 private:
  char fence_ = '\0';
  std::size_t length_ = 0;
};

// The attributes of an opening fence's rest (`{.a #b}`, `note`, `note :::`), or false.
bool opener(std::string_view rest, model::Attr& attr) {
  while (!rest.empty() && rest.back() == ':') rest.remove_suffix(1);
  rest = trim(rest);
  if (rest.empty()) return false;
  if (rest.front() == '{') {
    ParsedAttributes p = parse_attributes(rest);
    if (!p.ok || !p.raw_format.empty() || !trim(rest.substr(p.end)).empty()) return false;
    attr = std::move(p.attr);
    return true;
  }
  if (rest.find_first_of(" \t{}") != std::string_view::npos) return false;
  attr.classes.emplace_back(rest);
  return true;
}

std::string marker(std::string_view kind, std::size_t index) {
  return std::string(kind) + std::to_string(index) + std::string(kEnd);
}

}  // namespace

MarkedDivs mark_fenced_divs(std::string_view text) {
  MarkedDivs out;
  if (text.find(":::") == std::string_view::npos) return out;
  std::string marked;
  marked.reserve(text.size() + 64);
  std::vector<std::size_t> open;
  CodeFences code;
  int line_no = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    ++line_no;
    const std::size_t indent = indent_of(line);
    std::string replacement;
    bool replaced = false;
    if (indent != std::string_view::npos && !code.code(line.substr(indent))) {
      const std::string_view body = line.substr(indent);
      const std::size_t colons = run_of(body, ':');
      if (colons >= 3) {
        const std::string_view rest = body.substr(colons);
        model::Attr attr;
        if (trim(rest).find_first_not_of(':') == std::string_view::npos) {
          if (!open.empty()) {
            out.divs[open.back()].closed = true;
            replacement = marker(kClose, open.back());
            open.pop_back();
            replaced = true;
          }
        } else if (opener(rest, attr)) {
          attr.pos = {line_no, static_cast<int>(indent) + 1};
          open.push_back(out.divs.size());
          replacement = marker(kOpen, out.divs.size());
          out.divs.push_back({std::move(attr), line_no, false});
          replaced = true;
        }
      }
    }
    if (replaced) {
      marked += replacement;
      marked += text.substr(end, next - end);
    } else {
      marked += text.substr(start, next - start);
    }
    start = next;
  }
  if (!out.divs.empty()) out.text = std::move(marked);
  return out;
}

DivMarker read_div_marker(std::string_view html) {
  html = trim(html);
  while (!html.empty() && html.back() == '\n') html = trim(html.substr(0, html.size() - 1));
  const bool open = html.substr(0, kOpen.size()) == kOpen;
  const bool close = html.substr(0, kClose.size()) == kClose;
  if ((!open && !close) || html.size() < kEnd.size() || html.substr(html.size() - kEnd.size()) != kEnd) return {};
  const std::string_view digits =
      html.substr(open ? kOpen.size() : kClose.size(), html.size() - kEnd.size() - (open ? kOpen.size() : kClose.size()));
  int index = -1;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || index < 0) return {};
  return {index, open};
}

}  // namespace quire::markdown

#include "markdown/citation_syntax.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "util/text.h"
#include "util/utf8.h"

namespace quire::markdown {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Letters and digits, approximated without Unicode tables: ASCII alphanumerics plus every
// non-ASCII code point outside the common punctuation and symbol blocks.
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(static_cast<unsigned char>(cp));
  if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, math
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;  // fullwidth punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xFF3B && cp <= 0xFF40) return false;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
  return true;
}

bool is_key_punct(char c) { return std::string_view(":.#$%&-+?<>~/").find(c) != npos; }

struct KeyMatch {
  std::string key;
  std::size_t length = 0;  // bytes consumed after the `@`
};

// A key starts with a letter, digit or `_`; punctuation inside it must be followed by
// more key characters. `@{...}` takes anything up to the closing brace.
std::optional<KeyMatch> parse_key(std::string_view text, std::size_t at) {
  if (at >= text.size()) return std::nullopt;
  if (text[at] == '{') {
    const std::size_t close = text.find('}', at + 1);
    if (close == npos) return std::nullopt;
    const std::string_view inner = util::trim(text.substr(at + 1, close - at - 1));
    if (inner.empty() || inner.find('\n') != npos) return std::nullopt;
    return KeyMatch{std::string(inner), close - at + 1};
  }
  auto word_at = [&](std::size_t i) -> std::size_t {  // length of a key character at i, or 0
    if (i >= text.size()) return 0;
    if (text[i] == '_') return 1;
    std::size_t end = i;
    const char32_t cp = util::decode_utf8(text, end);
    return is_word_char(cp) ? end - i : 0;
  };
  std::size_t i = at;
  std::size_t len = word_at(i);
  if (len == 0) return std::nullopt;
  i += len;
  while (i < text.size()) {
    if ((len = word_at(i)) > 0) {
      i += len;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_key_punct(text[j])) ++j;
    if (j == i || word_at(j) == 0) break;
    i = j;
  }
  return KeyMatch{std::string(text.substr(at, i - at)), i - at};
}

bool is_literal_at(const std::vector<std::size_t>& literal_at, std::size_t i) {
  return std::binary_search(literal_at.begin(), literal_at.end(), i);
}

// An `@` may open a citation unless escaped or glued to a preceding word (e-mail addresses).
bool may_open_citation(std::string_view text, std::size_t i, const std::vector<std::size_t>& literal_at) {
  if (is_literal_at(literal_at, i)) return false;
  return i == 0 || !is_word_char(util::decode_utf8_before(text, i));
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

struct Label {
  std::string_view text;
  std::string_view term;
};

constexpr std::array kLabels{
    Label{"p.", "page"},
    Label{"pp.", "page"},
    Label{"page", "page"},
    Label{"pages", "page"},
    Label{"chap.", "chapter"},
    Label{"chaps.", "chapter"},
    Label{"chapter", "chapter"},
    Label{"chapters", "chapter"},
    Label{"sec.", "section"},
    Label{"secs.", "section"},
    Label{"\xC2\xA7", "section"},
    Label{"\xC2\xA7\xC2\xA7", "section"},
    Label{"section", "section"},
    Label{"sections", "section"},
    Label{"fig.", "figure"},
    Label{"figs.", "figure"},
    Label{"figure", "figure"},
    Label{"figures", "figure"},
    Label{"para.", "paragraph"},
    Label{"paras.", "paragraph"},
    Label{"\xC2\xB6", "paragraph"},
    Label{"\xC2\xB6\xC2\xB6", "paragraph"},
    Label{"paragraph", "paragraph"},
    Label{"paragraphs", "paragraph"},
    Label{"vol.", "volume"},
    Label{"vols.", "volume"},
    Label{"volume", "volume"},
    Label{"volumes", "volume"},
    Label{"col.", "column"},
    Label{"cols.", "column"},
    Label{"column", "column"},
    Label{"columns", "column"},
    Label{"l.", "line"},
    Label{"ll.", "line"},
    Label{"line", "line"},
    Label{"lines", "line"},
    Label{"n.", "note"},
    Label{"nn.", "note"},
    Label{"note", "note"},
    Label{"notes", "note"},
    Label{"no.", "issue"},
    Label{"nos.", "issue"},
    Label{"issue", "issue"},
    Label{"issues", "issue"},
    Label{"pt.", "part"},
    Label{"pts.", "part"},
    Label{"part", "part"},
    Label{"parts", "part"},
    Label{"v.", "verse"},
    Label{"vv.", "verse"},
    Label{"verse", "verse"},
    Label{"verses", "verse"},
    Label{"bk.", "book"},
    Label{"bks.", "book"},
    Label{"book", "book"},
    Label{"books", "book"},
    Label{"fol.", "folio"},
    Label{"fols.", "folio"},
    Label{"folio", "folio"},
    Label{"folios", "folio"},
    Label{"op.", "opus"},
    Label{"opp.", "opus"},
    Label{"opus", "opus"},
    Label{"opera", "opus"},
    Label{"sv.", "sub-verbo"},
    Label{"s.v.", "sub-verbo"},
    Label{"sub verbo", "sub-verbo"},
};

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The longest locator label at the start of `s`. Words need a boundary after them
// ("page 3", not "pages" read as "page"); abbreviations and symbols do not ("p.3", "§3").
std::optional<Label> match_label(std::string_view s) {
  std::optional<Label> best;
  for (const Label& label : kLabels) {
    if (s.size() < label.text.size() || !iequals_ascii(s.substr(0, label.text.size()), label.text)) continue;
    const char last = label.text.back();
    const bool is_word = is_ascii_alnum(static_cast<unsigned char>(last));
    if (is_word && s.size() > label.text.size()) {
      const auto next = static_cast<unsigned char>(s[label.text.size()]);
      if (is_ascii_alnum(next) || next >= 0x80) continue;
    }
    if (!best || label.text.size() > best->text.size()) best = label;
  }
  return best;
}

// A locator word runs to the next space, comma or closing bracket.
std::string_view token_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && !is_space(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != ']') ++j;
  return s.substr(i, j - i);
}

bool is_roman(std::string_view t) {
  bool letter = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (std::string_view("ivxlcdmIVXLCDM").find(c) != npos) {
      letter = true;
    } else if (c == '-') {
    } else if (t.substr(i, 3) == "\xE2\x80\x93") {  // en dash of a range
      i += 2;
    } else {
      return false;
    }
  }
  return letter;
}

bool is_numberish(std::string_view t) { return std::any_of(t.begin(), t.end(), is_digit) || is_roman(t); }

struct LocatorSuffix {
  std::string label;
  std::string locator;
  std::string suffix;
};

// Splits what follows a key into locator and suffix. In brackets the locator must come
// after a comma (`[@a, p. 12]`); after an in-text citation the brackets hold it directly
// (`@a [p. 12]`).
LocatorSuffix parse_locator_suffix(std::string_view rest, bool comma_required) {
  LocatorSuffix out;
  const std::string_view whole = util::trim(rest);
  std::size_t p = skip_spaces(rest, 0);
  const bool comma = p < rest.size() && rest[p] == ',';
  if (comma_required && !comma) {
    out.suffix = whole;
    return out;
  }
  p = comma ? skip_spaces(rest, p + 1) : p;

  std::optional<Label> label = match_label(rest.substr(p));
  std::size_t r = label ? skip_spaces(rest, p + label->text.size()) : p;
  std::size_t after = 0;
  if (r < rest.size() && rest[r] == '{') {
    const std::size_t close = rest.find('}', r + 1);
    if (close == npos) {
      out.suffix = whole;
      return out;
    }
    out.locator = rest.substr(r + 1, close - r - 1);
    after = close + 1;
  } else {
    const std::string_view first = token_at(rest, r);
    const bool accepted = first.empty()                ? false
                          : !label                     ? is_digit(first.front())
                          : label->term == "sub-verbo" ? true
                                                       : is_numberish(first);
    if (!accepted) {
      out.suffix = whole;
      return out;
    }
    std::size_t end = r + first.size();
    // A list of locators continues after a comma: "pp. 33, 35-37".
    while (end < rest.size() && rest[end] == ',') {
      const std::size_t next = skip_spaces(rest, end + 1);
      const std::string_view more = token_at(rest, next);
      if (more.empty() || !is_numberish(more)) break;
      end = next + more.size();
    }
    out.locator = rest.substr(r, end - r);
    after = end;
  }
  out.label = label ? label->term : "page";
  out.suffix = util::trim(rest.substr(after));
  return out;
}

// For every '[' the offset of its matching ']', or npos, and whether an `@` that may open
// a citation sits directly inside it (not in nested brackets). Computed once, so that deep
// or unmatched brackets cost linear time: only brackets with such an `@` are parsed.
struct Brackets {
  std::vector<std::size_t> match;
  std::vector<bool> has_key;
};

Brackets scan_brackets(std::string_view text, const std::vector<std::size_t>& literal_at) {
  Brackets b{std::vector<std::size_t>(text.size(), npos), std::vector<bool>(text.size(), false)};
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      open.push_back(i);
    } else if (text[i] == ']' && !open.empty()) {
      b.match[open.back()] = i;
      open.pop_back();
    } else if (text[i] == '@' && !open.empty() && may_open_citation(text, i, literal_at)) {
      b.has_key[open.back()] = true;
    }
  }
  return b;
}

// `[prefix @key, locator suffix; ...]` between text[open] and text[close]. Every item must
// carry a key, otherwise the brackets are plain text.
std::optional<CitationSpan> parse_bracketed(std::string_view text, std::size_t open, std::size_t close,
                                            const std::vector<std::size_t>& literal_at) {
  if (open + 1 < text.size() && text[open + 1] == '^') return std::nullopt;  // footnote marker
  CitationSpan span;
  span.begin = open;
  span.end = close + 1;
  std::size_t start = open + 1;
  while (start <= close) {
    // The item ends at the next ';' outside nested brackets or braces.
    std::size_t end = start;
    int depth = 0;
    while (end < close && !(depth == 0 && text[end] == ';')) {
      if (text[end] == '[' || text[end] == '{') ++depth;
      if ((text[end] == ']' || text[end] == '}') && depth > 0) --depth;
      ++end;
    }
    std::optional<KeyMatch> key;
    std::size_t at = start;
    int nested = 0;  // keys inside nested brackets belong to an inner citation
    for (; at < end; ++at) {
      if (text[at] == '[') ++nested;
      if (text[at] == ']' && nested > 0) --nested;
      if (text[at] != '@' || nested > 0) continue;
      const bool dash = at > start && text[at - 1] == '-';
      const bool opens = dash ? (at - 1 == start || is_space(text[at - 2])) && !is_literal_at(literal_at, at)
                              : may_open_citation(text, at, literal_at);
      if (!opens) continue;
      key = parse_key(text.substr(0, end), at + 1);
      if (key) break;
    }
    if (!key) return std::nullopt;
    model::CiteItem item;
    item.key = key->key;
    item.suppress_author = at > start && text[at - 1] == '-';
    const std::size_t prefix_end = item.suppress_author ? at - 1 : at;
    item.prefix = util::trim(text.substr(start, prefix_end - start));
    const std::size_t key_end = at + 1 + key->length;
    LocatorSuffix rest = parse_locator_suffix(text.substr(key_end, end - key_end), true);
    item.label = std::move(rest.label);
    item.locator = std::move(rest.locator);
    item.suffix = std::move(rest.suffix);
    span.citation.items.push_back(std::move(item));
    span.key_offsets.push_back(at);
    start = end + 1;
  }
  span.citation.source = std::string(text.substr(span.begin, span.end - span.begin));
  return span;
}

}  // namespace

std::string_view locator_term(std::string_view label) {
  for (const Label& l : kLabels)
    if (iequals_ascii(l.text, label)) return l.term;
  return {};
}

std::vector<CitationSpan> find_citations(std::string_view text, const std::vector<std::size_t>& literal_at) {
  std::vector<CitationSpan> found;
  if (text.find('@') == npos) return found;
  const Brackets brackets = scan_brackets(text, literal_at);
  const std::vector<std::size_t>& match = brackets.match;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '[' && match[i] != npos && brackets.has_key[i]) {
      if (auto span = parse_bracketed(text, i, match[i], literal_at)) {
        i = span->end;
        found.push_back(std::move(*span));
        continue;
      }
    } else if (text[i] == '@' && may_open_citation(text, i, literal_at)) {
      if (auto key = parse_key(text, i + 1)) {
        CitationSpan span;
        span.begin = i;
        span.end = i + 1 + key->length;
        model::CiteItem item;
        item.key = std::move(key->key);
        // `@key [p. 12]`: brackets right after the key hold its locator and suffix,
        // unless they are a citation of their own or a footnote marker.
        std::size_t b = span.end;
        while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
        if (b < text.size() && text[b] == '[' && match[b] != npos &&
            (b + 1 >= text.size() || text[b + 1] != '^') &&
            !(brackets.has_key[b] && parse_bracketed(text, b, match[b], literal_at))) {
          LocatorSuffix rest = parse_locator_suffix(text.substr(b + 1, match[b] - b - 1), false);
          item.label = std::move(rest.label);
          item.locator = std::move(rest.locator);
          item.suffix = std::move(rest.suffix);
          span.end = match[b] + 1;
        }
        span.citation.in_text = true;
        span.citation.items.push_back(std::move(item));
        span.citation.source = std::string(text.substr(span.begin, span.end - span.begin));
        span.key_offsets.push_back(i);
        i = span.end;
        found.push_back(std::move(span));
        continue;
      }
    }
    ++i;
  }
  return found;
}

}  // namespace quire::markdown

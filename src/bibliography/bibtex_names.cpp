#include "bibliography/bibtex_names.h"

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {
namespace {

using Word = BibInlines;

bool is_str(const BibInline& x, std::string_view s) {
  return x.kind == InlineKind::Str && x.text == s;
}

// Splits every top-level word so that characters matching `pred` stand alone; empty
// words vanish.
template <typename Pred>
BibInlines split_str_when(const BibInlines& xs, Pred pred) {
  BibInlines out;
  for (const auto& x : xs) {
    if (x.kind != InlineKind::Str) {
      out.push_back(x);
      continue;
    }
    std::string cur;
    for (std::size_t i = 0; i < x.text.size();) {
      const std::size_t start = i;
      const char32_t c = decode_utf8(x.text, i);
      if (pred(c)) {
        if (!cur.empty()) out.push_back(BibInline::str(cur));
        cur.clear();
        out.push_back(BibInline::str(x.text.substr(start, i - start)));
      } else {
        cur += x.text.substr(start, i - start);
      }
    }
    if (!cur.empty()) out.push_back(BibInline::str(cur));
  }
  return out;
}

bool single_char(const BibInline& x, char32_t* c) {
  if (x.kind != InlineKind::Str || x.text.empty()) return false;
  std::size_t i = 0;
  *c = decode_utf8(x.text, i);
  return i == x.text.size();
}

// "J.G. Smith" reads like "J. G. Smith".
BibInlines add_space_after_period(const BibInlines& xs) {
  const BibInlines s = split_str_when(xs, [](char32_t c) { return c == '.'; });
  BibInlines out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = 0, d = 0;
    if (i + 2 < s.size() && single_char(s[i], &c) && is_str(s[i + 1], ".") &&
        single_char(s[i + 2], &d) && is_letter(c) && is_letter(d) && is_upper(c) && is_upper(d)) {
      out.push_back(s[i]);
      out.push_back(s[i + 1]);
      out.push_back(BibInline::leaf(InlineKind::Space));
      ++i;  // s[i + 2] is looked at again as the start of the next initial
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

std::vector<BibInlines> split_by_and(const BibInlines& xs) {
  std::vector<BibInlines> parts(1);
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (i + 2 < xs.size() && xs[i].kind == InlineKind::Space && is_str(xs[i + 1], "and") &&
        xs[i + 2].kind == InlineKind::Space) {
      parts.emplace_back();
      i += 2;
      continue;
    }
    parts.back().push_back(xs[i]);
  }
  return parts;
}

std::vector<BibInlines> split_when(const BibInlines& xs, std::string_view sep) {
  std::vector<BibInlines> parts(1);
  for (const auto& x : xs) {
    if (is_str(x, sep))
      parts.emplace_back();
    else
      parts.back().push_back(x);
  }
  return parts;
}

std::vector<Word> words_of(const BibInlines& xs) {
  std::vector<Word> out;
  Word cur;
  for (const auto& x : xs) {
    if (x.kind == InlineKind::Space || is_str(x, "\u00A0")) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(x);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// A word counts as capitalized if its first letter is upper case; digits are skipped,
// and so are groups and commands, so "{de} la" starts capitalized.
bool is_capitalized(const Word& w, std::size_t from = 0, std::size_t skip_bytes = 0) {
  for (std::size_t k = from; k < w.size(); ++k) {
    const BibInline& x = w[k];
    const std::size_t offset = k == from ? skip_bytes : 0;
    if (x.kind != InlineKind::Str || offset >= x.text.size()) continue;
    std::size_t i = offset;
    const char32_t c = decode_utf8(x.text, i);
    if (is_upper(c)) return true;
    if (is_ascii_digit(c)) return is_capitalized(w, k, i);
    return false;
  }
  return true;
}

std::string unwords(const std::vector<Word>& ws) {
  std::string out;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (i) out += ' ';
    out += stringify(ws[i]);
  }
  return out;
}

std::optional<std::string> non_empty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

CslName extended_name(const BibInlines& ils) {
  const BibInlines split = split_str_when(
      ils, [](char32_t c) { return c == ',' || c == '=' || c == 0xA0; });
  CslName name;
  for (const auto& part : split_when(split, ",")) {
    std::size_t k = 0;
    while (k < part.size() && part[k].kind == InlineKind::Space) ++k;
    if (k + 1 >= part.size() || !is_str(part[k + 1], "=") || part[k].kind != InlineKind::Str)
      continue;
    const std::string key = part[k].text;
    const BibInlines rest(part.begin() + static_cast<long>(k + 2), part.end());
    const std::string value = stringify(rest);
    if (key == "given") {
      name.given = name.given ? *name.given + " " + value : value;
    } else if (key == "family") {
      name.family = value;
    } else if (key == "prefix") {
      name.dropping_particle = value;
    } else if (key == "useprefix") {
      if (!rest.empty() && is_str(rest[0], "true")) {
        name.non_dropping_particle = name.dropping_particle;
        name.dropping_particle.reset();
      }
    } else if (key == "suffix") {
      name.suffix = value;
    }
  }
  return name;
}

CslName to_name(const BibInlines& ils, const NameOptions& opts) {
  CslName name;
  if (ils.size() == 1 && is_str(ils[0], "others")) {
    name.literal = "others";
    return name;
  }
  if (ils.size() == 1 && ils[0].is_plain_span()) {
    name.literal = stringify(ils[0].children);
    return name;
  }
  if (!ils.empty() && ils[0].kind == InlineKind::Str && ils[0].text.find('=') != std::string::npos)
    return extended_name(ils);

  std::vector<std::vector<Word>> comma_parts;
  for (const auto& part :
       split_when(split_str_when(ils, [](char32_t c) { return c == ',' || c == 0xA0; }), ","))
    comma_parts.push_back(words_of(part));

  std::vector<Word> first, vonlast, jr;
  if (comma_parts.size() == 1) {
    const auto& fvl = comma_parts[0];
    std::size_t caps = 0;
    while (caps < fvl.size() && is_capitalized(fvl[caps])) ++caps;
    if (caps == fvl.size() && caps > 0) {
      first.assign(fvl.begin(), fvl.end() - 1);
      vonlast.push_back(fvl.back());
    } else {
      first.assign(fvl.begin(), fvl.begin() + static_cast<long>(caps));
      vonlast.assign(fvl.begin() + static_cast<long>(caps), fvl.end());
    }
  } else if (comma_parts.size() == 2) {
    first = comma_parts[1];
    vonlast = comma_parts[0];
  } else {
    first = comma_parts[2];
    vonlast = comma_parts[0];
    jr = comma_parts[1];
  }

  std::vector<Word> von, last;
  if (opts.bibtex) {
    // The last name is the longest capitalized tail, but at least one word.
    std::size_t tail = 0;
    while (tail < vonlast.size() && is_capitalized(vonlast[vonlast.size() - 1 - tail])) ++tail;
    if (tail == 0 && !vonlast.empty()) tail = 1;
    von.assign(vonlast.begin(), vonlast.end() - static_cast<long>(tail));
    last.assign(vonlast.end() - static_cast<long>(tail), vonlast.end());
  } else {
    // The von part runs up to the first capitalized word, leaving at least one word.
    std::size_t lower = 0;
    while (lower < vonlast.size() && !is_capitalized(vonlast[lower])) ++lower;
    if (lower == vonlast.size() && lower > 0) lower = vonlast.size() - 1;
    von.assign(vonlast.begin(), vonlast.begin() + static_cast<long>(lower));
    last.assign(vonlast.begin() + static_cast<long>(lower), vonlast.end());
  }

  const std::string prefix = unwords(von);
  name.family = non_empty(unwords(last));
  name.given = non_empty(unwords(first));
  if (!prefix.empty()) {
    if (opts.useprefix)
      name.non_dropping_particle = prefix;
    else
      name.dropping_particle = prefix;
  }
  name.suffix = non_empty(unwords(jr));
  name.comma_suffix = opts.juniorcomma;
  return name;
}

bool is_particle_punct(char32_t c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2013 || c == '.';
}

bool is_particle_char(char32_t c) { return is_lower(c) || is_particle_punct(c); }

bool all_particle_chars(const std::string& s) {
  for (std::size_t i = 0; i < s.size();)
    if (!is_particle_char(decode_utf8(s, i))) return false;
  return true;
}

std::vector<std::string> text_words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(s, i);
    if (is_space(c)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += s.substr(start, i - start);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string join(const std::vector<std::string>& ws, std::size_t a, std::size_t b) {
  std::string out;
  for (std::size_t i = a; i < b; ++i) {
    if (i > a) out += ' ';
    out += ws[i];
  }
  return out;
}

bool quoted_text(const std::string& t) {
  return !t.empty() && t.front() == '"' && t.back() == '"';
}

std::string strip_ascii(std::string_view s) {
  std::u32string u = to_u32(s);
  std::size_t b = 0, e = u.size();
  while (b < e && is_space(u[b])) ++b;
  while (e > b && is_space(u[e - 1])) --e;
  return to_utf8(std::u32string_view(u).substr(b, e - b));
}

}  // namespace

std::optional<std::vector<CslName>> parse_names(const LatexField& field,
                                                const NameOptions& opts) {
  if (!field.single_paragraph) return std::nullopt;
  std::vector<CslName> names;
  for (const auto& part : split_by_and(field.inlines)) {
    CslName n = to_name(add_space_after_period(part), opts);
    if (n != CslName{}) names.push_back(std::move(n));
  }
  return names;
}

CslName extract_particles(CslName name) {
  // "Given, Suffix" in the given name.
  if (!name.suffix && name.given) {
    const std::string& t = *name.given;
    if (quoted_text(t)) {
      name.given = t.size() >= 2 ? t.substr(1, t.size() - 2) : std::string();
    } else if (const std::size_t comma = t.find(','); comma != std::string::npos && comma > 0 &&
                                                    comma + 1 <= t.size()) {
      const std::string a = t.substr(0, comma);
      const std::string b = t.substr(comma);
      if (b.rfind(",!", 0) == 0) {
        name.given = a;
        name.suffix = strip_ascii(b.substr(2));
        name.comma_suffix = true;
      } else {
        name.given = a;
        name.suffix = strip_ascii(b.substr(1));
      }
    }
  }
  // Lowercase words ending the given name: a dropping particle.
  if (!name.dropping_particle && name.given) {
    const auto ws = text_words(*name.given);
    std::size_t k = 0;
    while (k < ws.size() && !all_particle_chars(ws[k])) ++k;
    if (k > 0 && k < ws.size()) {
      bool rest_particles = true;
      for (std::size_t j = k; j < ws.size(); ++j) rest_particles = rest_particles && all_particle_chars(ws[j]);
      if (rest_particles) {
        name.given = join(ws, 0, k);
        name.dropping_particle = join(ws, k, ws.size());
      }
    }
  }
  // Lowercase words (or "d'") starting the family name: a non-dropping particle.
  if (!name.non_dropping_particle && name.family) {
    const std::string t = *name.family;
    if (quoted_text(t)) {
      name.family = t.size() >= 2 ? t.substr(1, t.size() - 2) : std::string();
    } else {
      const auto ws = text_words(t);
      std::size_t k = 0;
      while (k < ws.size() && all_particle_chars(ws[k])) ++k;
      if (k == 0) {
        // Split on particle punctuation: exactly two pieces, the first all particle.
        std::vector<std::string> pieces(1);
        std::string punct;
        for (std::size_t i = 0; i < t.size();) {
          const std::size_t start = i;
          const char32_t c = decode_utf8(t, i);
          if (is_particle_punct(c)) {
            if (punct.empty()) punct = t.substr(start, i - start);
            pieces.emplace_back();
          } else {
            pieces.back() += t.substr(start, i - start);
          }
        }
        if (pieces.size() == 2 && all_particle_chars(pieces[0])) {
          name.family = pieces[1];
          name.non_dropping_particle = pieces[0] + punct;
        }
      } else if (k < ws.size()) {
        name.family = join(ws, k, ws.size());
        name.non_dropping_particle = join(ws, 0, k);
      }
    }
  }
  return name;
}

nlohmann::json name_to_json(const CslName& n) {
  nlohmann::json j = nlohmann::json::object();
  if (n.family) j["family"] = *n.family;
  if (n.given) j["given"] = *n.given;
  if (n.dropping_particle) j["dropping-particle"] = *n.dropping_particle;
  if (n.non_dropping_particle) j["non-dropping-particle"] = *n.non_dropping_particle;
  if (n.suffix) j["suffix"] = *n.suffix;
  if (n.comma_suffix) j["comma-suffix"] = true;
  if (n.static_ordering) j["static-ordering"] = true;
  if (n.literal) j["literal"] = *n.literal;
  return j;
}

}  // namespace quire::bibliography::bibtex

#include "structure/order_entries.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/did_you_mean.h"
#include "util/text.h"

namespace quire::structure {
namespace {

// ---- sort keys --------------------------------------------------------------

// How a chapter's sort values compare: the most specific reading that fits them all.
enum class KeyKind { Date, Number, Text };

// "2020", "2020-05", "2020-05-17" as one comparable number (a missing part sorts first).
std::optional<long> parse_date(std::string_view s) {
  auto digits = [](std::string_view d, std::size_t n) -> std::optional<int> {
    if (d.size() != n) return std::nullopt;
    int v = 0;
    for (char c : d) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  const auto year = digits(s.substr(0, 4), 4);
  if (!year) return std::nullopt;
  int month = 0, day = 0;
  if (s.size() > 4) {
    if (s.size() < 7 || s[4] != '-') return std::nullopt;
    const auto m = digits(s.substr(5, 2), 2);
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    month = *m;
    if (s.size() > 7) {
      if (s[7] != '-') return std::nullopt;
      const auto d = digits(s.substr(8), 2);
      if (!d || *d < 1 || *d > 31) return std::nullopt;
      day = *d;
    }
  }
  return static_cast<long>(*year) * 10000 + month * 100 + day;
}

std::optional<double> parse_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  // from_chars also takes "inf" and "nan", which are no one's idea of a number to sort by.
  const char c = s.front();
  if (!(c == '-' || c == '.' || (c >= '0' && c <= '9'))) return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The entry's value for `field`: a text, or the first item of a list; nullopt if absent.
std::optional<std::string> sort_value(const model::Entry& e, const std::string& field) {
  const auto it = e.fields.find(field);
  if (it == e.fields.end()) return std::nullopt;
  const model::Field& f = it->second;
  std::string_view v = f.is_list ? (f.list.empty() ? std::string_view{} : f.list.front())
                                 : std::string_view(f.scalar);
  v = util::trim(v);
  if (v.empty()) return std::nullopt;
  return std::string(v);
}

struct Keyed {
  std::size_t entry = 0;
  std::string value;
  long date = 0;
  double number = 0;
  std::string text;  // case-folded value
};

KeyKind classify(std::vector<Keyed>& items) {
  const bool dates = std::all_of(items.begin(), items.end(), [](Keyed& k) {
    auto d = parse_date(k.value);
    if (d) k.date = *d;
    return d.has_value();
  });
  if (dates) return KeyKind::Date;
  const bool numbers = std::all_of(items.begin(), items.end(), [](Keyed& k) {
    auto n = parse_number(k.value);
    if (n) k.number = *n;
    return n.has_value();
  });
  if (numbers) return KeyKind::Number;
  for (auto& k : items) k.text = fold_case(k.value);
  return KeyKind::Text;
}

// Title without regard to case, then exactly, then slug: a total order, so reading order
// never depends on the order files were listed in.
bool by_title(const model::Entry& a, const model::Entry& b) {
  const std::string fa = fold_case(a.title), fb = fold_case(b.title);
  if (fa != fb) return fa < fb;
  if (a.title != b.title) return a.title < b.title;
  return a.slug < b.slug;
}

// ---- chapter filling ---------------------------------------------------------

// An entry a chapter takes, with where book.yaml makes it do so (for "taken twice").
struct Taken {
  std::size_t entry;
  SourceLoc where;
};

std::string entry_name(const std::string& path) {
  std::string p = std::filesystem::path(path).lexically_normal().generic_string();
  if (p.starts_with("entries/")) p.erase(0, 8);
  return p;
}

std::vector<Taken> take_listed(const model::Book& book, const model::Chapter& ch,
                               Diagnostics& diags) {
  std::map<std::string, std::size_t> by_name;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < book.entries.size(); ++i) {
    names.push_back(entry_name(book.entries[i].path));
    by_name.emplace(names.back(), i);
  }
  std::vector<Taken> out;
  for (std::size_t k = 0; k < ch.rule.entries.size(); ++k) {
    const std::string& written = ch.rule.entries[k];
    const SourcePos pos = k < ch.rule.entry_pos.size() ? ch.rule.entry_pos[k] : ch.loc.pos;
    const SourceLoc where{ch.loc.path, pos};
    const std::string name = entry_name(written);
    const auto it = by_name.find(name);
    if (it == by_name.end()) {
      diags.error(where,
                  "chapter '" + ch.title + "' lists '" + written + "', but there is no 'entries/" +
                      name + "'" + did_you_mean_suffix(name, names),
                  "missing-entry");
      continue;
    }
    out.push_back({it->second, where});
  }
  return out;
}

// A map or nested list in the front matter is the author's own business until a chapter
// asks for it by name: then it is reported, once per entry and field.
void report_unsupported(const model::Book& book, const model::ChapterRule& rule, Diagnostics& diags) {
  std::vector<std::string> named;
  for (const auto& [field, value] : rule.match) named.push_back(field);
  if (!rule.sort.empty()) named.push_back(rule.sort);
  for (const auto& e : book.entries)
    for (const auto& field : named)
      if (const auto it = e.fields.find(field); it != e.fields.end() && it->second.unsupported)
        diags.warning({e.loc.path, it->second.pos},
                      "'" + field + "' holds a map or nested lists; quire reads only texts and lists of texts "
                      "to match and sort by, and ignores it",
                      "nested-field");
}

std::vector<Taken> take_matching(const model::Book& book, const model::Chapter& ch,
                                 Diagnostics& diags) {
  const model::ChapterRule& rule = ch.rule;
  report_unsupported(book, rule, diags);
  auto matches = [&](const model::Entry& e) {
    for (const auto& [field, value] : rule.match) {
      const auto it = e.fields.find(field);
      if (it == e.fields.end()) return false;
      const model::Field& f = it->second;
      if (f.is_list ? std::find(f.list.begin(), f.list.end(), value) == f.list.end()
                    : f.scalar != value)
        return false;
    }
    return true;
  };

  std::vector<std::size_t> unkeyed;
  std::vector<Keyed> keyed;
  for (std::size_t i = 0; i < book.entries.size(); ++i) {
    if (!matches(book.entries[i])) continue;
    if (rule.sort.empty()) {
      unkeyed.push_back(i);
    } else if (auto v = sort_value(book.entries[i], rule.sort)) {
      Keyed k;
      k.entry = i;
      k.value = std::move(*v);
      keyed.push_back(std::move(k));
    } else {
      const model::Entry& e = book.entries[i];
      diags.warning(e.loc,
                    "entry '" + e.path + "' has no '" + rule.sort + "' to sort chapter '" +
                        ch.title + "' by, so it goes last",
                    "missing-sort-field");
      unkeyed.push_back(i);
    }
  }

  const KeyKind kind = classify(keyed);
  auto primary = [kind](const Keyed& a, const Keyed& b) -> int {
    switch (kind) {
      case KeyKind::Date: return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
      case KeyKind::Number: return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
      case KeyKind::Text: return a.text.compare(b.text) < 0 ? -1 : a.text == b.text ? 0 : 1;
    }
    return 0;
  };
  std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
    int c = primary(a, b);
    if (rule.descending) c = -c;
    if (c != 0) return c < 0;
    return by_title(book.entries[a.entry], book.entries[b.entry]);
  });
  std::sort(unkeyed.begin(), unkeyed.end(), [&](std::size_t a, std::size_t b) {
    return by_title(book.entries[a], book.entries[b]);
  });

  std::vector<Taken> out;
  for (const auto& k : keyed) out.push_back({k.entry, ch.loc});
  for (std::size_t i : unkeyed) out.push_back({i, ch.loc});
  return out;
}

std::string config_path(const std::string& root) {
  if (root.empty()) return "book.yaml";
  return root.back() == '/' ? root + "book.yaml" : root + "/book.yaml";
}

// A minimal book (no chapters in book.yaml) still builds: one chapter, every entry.
void fill_single_chapter(model::Book& book) {
  model::Chapter ch;
  ch.title = book.meta.title.empty() ? "Entries" : book.meta.title;
  const std::string slug = util::slugify(ch.title);
  ch.id = "ch-" + (slug.empty() ? std::string("1") : slug);
  ch.loc = {config_path(book.root), {}};
  for (std::size_t i = 0; i < book.entries.size(); ++i) ch.entries.push_back(i);
  std::sort(ch.entries.begin(), ch.entries.end(), [&](std::size_t a, std::size_t b) {
    return by_title(book.entries[a], book.entries[b]);
  });
  book.chapters.push_back(std::move(ch));
}

}  // namespace

void order_entries(model::Book& book, Diagnostics& diags) {
  if (book.chapters.empty()) {
    fill_single_chapter(book);
    return;
  }
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> owner(book.entries.size(), kNone);
  for (std::size_t c = 0; c < book.chapters.size(); ++c) {
    model::Chapter& ch = book.chapters[c];
    ch.entries.clear();
    const std::vector<Taken> taken =
        ch.rule.is_match ? take_matching(book, ch, diags) : take_listed(book, ch, diags);
    for (const Taken& t : taken) {
      const model::Entry& e = book.entries[t.entry];
      if (owner[t.entry] == c) {
        diags.warning(t.where, "chapter '" + ch.title + "' lists '" + e.path + "' twice",
                      "duplicate-entry");
        continue;
      }
      if (owner[t.entry] != kNone) {
        diags.error(t.where,
                    "entry '" + e.path + "' is in two chapters: '" +
                        book.chapters[owner[t.entry]].title + "' and '" + ch.title + "'",
                    "entry-in-two-chapters");
        continue;
      }
      owner[t.entry] = c;
      ch.entries.push_back(t.entry);
    }
    if (ch.rule.is_match && taken.empty())
      diags.warning(ch.loc, "chapter '" + ch.title + "' matches no entry", "empty-chapter");
    else if (!ch.rule.is_match && ch.rule.entries.empty())
      diags.warning(ch.loc, "chapter '" + ch.title + "' lists no entries", "empty-chapter");
  }
  for (std::size_t i = 0; i < book.entries.size(); ++i) {
    if (owner[i] != kNone) continue;
    const model::Entry& e = book.entries[i];
    diags.warning(e.loc, "entry '" + e.path + "' is in no chapter", "unplaced-entry");
  }
}

}  // namespace quire::structure

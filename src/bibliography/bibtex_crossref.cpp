#include "bibliography/bibtex_crossref.h"

#include <algorithm>
#include <set>
#include <utility>

namespace quire::bibliography::bibtex {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Chains longer than this are surely cycles or generated nonsense.
constexpr int kMaxChain = 16;
// Inheriting from several xdata entries at once multiplies the candidates; cap them.
constexpr std::size_t kMaxPairs = 100000;

std::vector<std::string> split_keys(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool one_of(const std::string& s, std::initializer_list<const char*> xs) {
  for (const char* x : xs)
    if (s == x) return true;
  return false;
}

std::vector<std::string> retitle(const std::string& key, const char* title, const char* subtitle,
                                 const char* addon) {
  if (key == "title") return {title};
  if (key == "subtitle") return {subtitle};
  if (key == "titleaddon") return {addon};
  if (one_of(key, {"shorttitle", "sorttitle", "indextitle", "indexsorttitle"})) return {};
  return {key};
}

// BibLaTeX's inheritance table (its manual, appendix B): which field of the child a
// parent's field becomes.
std::vector<std::string> transform_key(const std::string& source, const std::string& target,
                                       const std::string& key) {
  if (one_of(key, {"ids", "crossref", "xref", "entryset", "entrysubtype", "execute", "label",
                   "options", "presort", "related", "relatedoptions", "relatedstring",
                   "relatedtype", "shorthand", "shorthandintro", "sortkey"}))
    return {};
  if (key == "author" && one_of(source, {"mvbook", "book"}) &&
      one_of(target, {"inbook", "bookinbook", "suppbook"}))
    return {"bookauthor", "author"};
  if (key == "author" && source == "mvbook" && target == "book") return {"bookauthor", "author"};
  auto standard = [&] { return retitle(key, "maintitle", "mainsubtitle", "maintitleaddon"); };
  auto book = [&] { return retitle(key, "booktitle", "booksubtitle", "booktitleaddon"); };
  if (source == "mvbook" && one_of(target, {"book", "inbook", "bookinbook", "suppbook"}))
    return standard();
  if (one_of(source, {"mvcollection", "mvreference"}) &&
      one_of(target, {"collection", "reference", "incollection", "inreference", "suppcollection"}))
    return standard();
  if (source == "mvproceedings" && one_of(target, {"proceedings", "inproceedings"}))
    return standard();
  if (source == "book" && one_of(target, {"inbook", "bookinbook", "suppbook"})) return book();
  if (one_of(source, {"collection", "reference"}) &&
      one_of(target, {"incollection", "inreference", "suppcollection"}))
    return book();
  if (source == "proceedings" && target == "inproceedings") return book();
  if (source == "periodical" && one_of(target, {"article", "suppperiodical"})) {
    if (key == "title") return {"journaltitle"};
    if (key == "subtitle") return {"journalsubtitle"};
    if (one_of(key, {"shorttitle", "sorttitle", "indextitle", "indexsorttitle"})) return {};
    return {key};
  }
  return {key};
}

class Resolver {
 public:
  Resolver(const std::vector<BibEntry>& entries, BibVariant variant, const std::string& path,
           Diagnostics& diags)
      : variant_(variant), path_(path), diags_(diags) {
    for (const auto& e : entries) {
      Item item;
      item.entry = &e;
      for (const auto& f : e.fields) item.fields[f.name] = f.value;
      items_.push_back(std::move(item));
    }
  }

  std::vector<ResolvedEntry> run() {
    std::vector<ResolvedEntry> out;
    for (const auto& item : items_) {
      ResolvedEntry r;
      r.type = item.entry->type;
      r.key = item.entry->key;
      r.pos = item.entry->pos;
      r.fields = item.fields;
      for (const auto& f : item.entry->fields) r.field_pos[f.name] = f.pos;
      // pandoc folds over the fields from the last name to the first, so xdata is
      // inherited before crossref and wins where both give a field.
      for (const char* link : {"xdata", "crossref"}) {
        auto it = item.fields.find(link);
        if (it == item.fields.end()) continue;
        report_missing(item, link, it->second);
        std::vector<std::string> chain{item.entry->key};
        std::map<std::string, std::string> inherited;
        for (auto& [k, v] : xref_fields(item, it->second, chain, 0)) inherited[k] = v;
        for (auto& [k, v] : inherited) r.fields.emplace(k, v);
      }
      out.push_back(std::move(r));
    }
    return out;
  }

 private:
  struct Item {
    const BibEntry* entry = nullptr;
    std::map<std::string, std::string> fields;
  };

  BibVariant variant_;
  const std::string& path_;
  Diagnostics& diags_;
  std::vector<Item> items_;
  std::set<std::string> reported_cycles_;

  void report_missing(const Item& item, const char* link, const std::string& keys) {
    for (const auto& k : split_keys(keys)) {
      const bool found = std::any_of(items_.begin(), items_.end(),
                                     [&](const Item& i) { return i.entry->key == k; });
      if (found) continue;
      SourcePos p = item.entry->pos;
      if (const BibField* f = item.entry->find(link)) p = f->pos;
      diags_.warning({path_, p},
                     std::string(link) + " '" + k + "' of entry '" + item.entry->key +
                         "' names no entry",
                     "bibtex-crossref");
    }
  }

  Pairs xref_fields(const Item& base, const std::string& keys, std::vector<std::string>& chain,
                    int depth) {
    Pairs out;
    if (depth >= kMaxChain) return out;
    const auto wanted = split_keys(keys);
    for (const auto& xe : items_) {
      if (std::find(wanted.begin(), wanted.end(), xe.entry->key) == wanted.end()) continue;
      if (std::find(chain.begin(), chain.end(), xe.entry->key) != chain.end()) {
        if (reported_cycles_.insert(xe.entry->key).second)
          diags_.warning({path_, xe.entry->pos},
                         "crossref/xdata cycle through entry '" + xe.entry->key + "'",
                         "bibtex-crossref");
        continue;
      }
      chain.push_back(xe.entry->key);
      for (const auto& [k, v] : xe.fields) {
        if (k == "crossref" || k == "xdata") {
          // Every combination of the linked entries' fields, as pandoc's list monad
          // produces them; only the order matters to the caller.
          std::vector<Pairs> lists;
          for (const auto& nk : split_keys(v)) lists.push_back(xref_fields(base, nk, chain, depth + 1));
          append_product(lists, xe, out);
        } else {
          const std::vector<std::string> targets =
              variant_ == BibVariant::BibTeX ? std::vector<std::string>{k}
                                             : transform_key(xe.entry->type, base.entry->type, k);
          for (const auto& t : targets)
            if (!base.fields.count(t)) out.emplace_back(t, v);
        }
        if (out.size() > kMaxPairs) break;
      }
      chain.pop_back();
    }
    return out;
  }

  void append_product(const std::vector<Pairs>& lists, const Item& xe, Pairs& out) {
    if (lists.empty()) return;
    for (const auto& l : lists)
      if (l.empty()) return;
    std::vector<std::size_t> idx(lists.size(), 0);
    while (true) {
      for (std::size_t i = 0; i < lists.size(); ++i) {
        const auto& [k, v] = lists[i][idx[i]];
        if (!xe.fields.count(k)) out.emplace_back(k, v);
      }
      if (out.size() > kMaxPairs) return;
      std::size_t d = lists.size();
      while (d > 0) {
        --d;
        if (++idx[d] < lists[d].size()) break;
        idx[d] = 0;
        if (d == 0) return;
      }
    }
  }
};

}  // namespace

std::vector<ResolvedEntry> resolve_crossrefs(const std::vector<BibEntry>& entries,
                                             BibVariant variant, const std::string& path,
                                             Diagnostics& diags) {
  return Resolver(entries, variant, path, diags).run();
}

}  // namespace quire::bibliography::bibtex
